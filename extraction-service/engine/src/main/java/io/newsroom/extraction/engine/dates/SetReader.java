package io.newsroom.extraction.engine.dates;

/** Repeated times: "every week", "weekly", "each Monday". */
final class SetReader {

    private SetReader() {
    }

    static Timex set(TimexMatch match) {
        if (match.has("adv")) {
            String value = switch (match.group("adv")) {
                case "daily" -> "P1D";
                case "weekly" -> "P1W";
                case "monthly" -> "P1M";
                case "hourly" -> "PT1H";
                case "nightly" -> "XXXX-XX-XXTNI";
                case "biweekly" -> "P2W";
                default -> "P1Y";
            };
            return match.timex(value, "SET");
        }
        if (match.has("wd")) {
            return match.timex("XXXX-WXX-" + TemporalLexicon.weekday(match.group("wd")), "SET");
        }
        if (match.has("month")) {
            return match.timex(String.format("XXXX-%02d", TemporalLexicon.month(match.group("month"))), "SET");
        }
        if (match.has("part")) {
            return match.timex("XXXX-XX-XX" + TemporalLexicon.partOfDay(match.group("part")), "SET");
        }
        if (match.has("season")) {
            String season = match.group("season");
            int index = season.equals("spring") ? 0 : season.equals("summer") ? 1 : season.equals("winter") ? 3 : 2;
            return match.timex("XXXX-" + RelativeDateResolver.SEASONS[index], "SET");
        }
        String unitWord = match.group("unit");
        if (unitWord.equals("weekend")) {
            return match.timex("XXXX-WXX-WE", "SET");
        }
        int amount = match.has("num") ? TemporalLexicon.number(match.group("num")) : 1;
        if (match.has("other")) {
            amount *= 2;
        }
        char unit = DurationReader.unitLetter(unitWord);
        boolean time = unit == 'S' || unit == 'm' || unit == 'H';
        return match.timex(DurationReader.durationValue(amount < 0 ? "X" : String.valueOf(amount), unit, time), "SET");
    }
}
