package io.newsroom.extraction.engine.dates;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/** Lengths of time ("three years", "the past six months") and the dates counted from now by one ("two years ago"). */
final class DurationReader {

    private static final Set<String> BARE_PLURAL_PREPOSITIONS = DateWords.of("date-context-words.txt", "bare-plural-preposition");

    private static final Set<String> SPAN_PREPOSITIONS = Set.of("over", "through", "across", "throughout");
    private static final Set<String> WHILE_PREPOSITIONS = Set.of("for", "after", "in");
    private static final Set<String> AMOUNT_WORDS = Set.of("hundred", "thousand", "million", "billion", "trillion",
            "percent", "cents", "dollars", "euros", "pounds");
    private static final Set<String> SET_CUES = Set.of("once", "twice", "times", "per");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "can", "should",
            "must", "ll");
    private DurationReader() {
    }

    static Timex duration(TimexMatch match) {
        Matcher m = match.m;
        String unitWord = match.group("unit");
        boolean plural = unitWord.endsWith("s") && !unitWord.equals("centuries") || unitWord.equals("centuries");
        String numWord = match.group("num");
        String rel = match.group("rel");
        // "expected to last six months": the verb "last", not the last six months
        boolean verbLast = "last".equals(rel) && !match.has("the") && !match.has("approx")
                && (MODALS.contains(match.previousWord()) || match.previousWord().equals("to"));
        if (verbLast) {
            rel = null;
        }
        if (match.has("old") && match.group("old").contains("old")) {
            return null;
        }
        if (match.text.startsWith("-earlier", m.end()) || match.text.startsWith("-ago", m.end())
                || match.text.startsWith("-before", m.end())) {
            return null;
        }
        // "three quarters of the vote" is a share; "several quarters of losses" is time
        if (numWord != null && unitWord.startsWith("quarter") && (numWord.length() == 4
                && Character.isDigit(numWord.charAt(0)) || match.nextWord().equalsIgnoreCase("of")
                && TemporalLexicon.number(numWord) > 0)) {
            return null;
        }
        int amount = numWord == null ? -1 : TemporalLexicon.number(numWord);
        if (numWord == null) {
            if (rel == null && match.has("the")) {
                return plural && !match.has("approx") && !match.has("tail") ? spanOfThePlural(match, unitWord) : null;
            }
            if (!plural) {
                return null;
            }
            if (rel == null && !match.has("approx")
                    && !BARE_PLURAL_PREPOSITIONS.contains(match.previousWord())) {
                return null;
            }
        } else {
            String first = numWord.split("[ -]")[0];
            if ((first.equals("a") || first.equals("an")) && (unitWord.equals("second") || unitWord.equals("quarter"))) {
                return null;
            }
            if (amount > 10000 || amount == 0) {
                return null;
            }
            if (amount == 1 && plural && Character.isDigit(numWord.charAt(0))) {
                return null;
            }
            if (match.group("hyph").contains("-") && plural && match.has("tail")) {
                return null;
            }
        }
        char unit = unitLetter(unitWord);
        if (amount == 1 && unit == 'D' && "one".equals(numWord) && !match.has("tail") && !match.has("the")
                && MODALS.contains(match.previousWord())) {
            // "the city will one day host the games": some time to come, not a day long
            return match.timex("FUTURE_REF", "DATE");
        }
        boolean time = unit == 'S' || unit == 'm' || unit == 'H';
        int end = m.end();
        String tail = match.has("tail") ? match.group("tail").trim() : null;
        if (tail != null && !tail.equals("before") && !tail.equals("after")) {
            // "three days later" counts from the event just told, not from publication: it stays a length of time
            boolean narrativeSpan = (time || unit == 'D' || unit == 'W') && (tail.equals("later") || tail.equals("earlier"));
            if (narrativeSpan || rel != null || match.has("approx") && !match.group("approx").startsWith("more")
                    && !match.group("approx").startsWith("about") && !match.group("approx").startsWith("nearly")
                    && !match.group("approx").startsWith("almost")) {
                end = m.start("tail");
            } else {
                int direction = tail.equals("ago") || tail.equals("earlier") || tail.equals("back") ? -1 : 1;
                String fromTold = amount > 0 && (tail.equals("later") || tail.equals("earlier")) ? fromToldDate(match, unit,
                        direction * amount) : null;
                if (fromTold != null) {
                    return match.timex(fromTold, "DATE");
                }
                if (amount < 0) {
                    return match.timex(direction < 0 ? "PAST_REF" : "FUTURE_REF", "DATE");
                }
                if (amount == 1 && unit == 'Y' && direction < 0 && match.mentionsQuarterNearby()) {
                    return match.timex(match.reportedQuarterAYearBefore(), "DATE");
                }
                return match.timex(match.resolver.shifted(unit, direction * amount), time ? "TIME" : "DATE");
            }
        } else if (tail != null) {
            end = m.start("tail");
        }
        boolean adjective = numWord != null && match.group("hyph").contains("-") && rel == null;
        int start = match.has("approx") && match.has("the") ? m.start("the")
                : adjective && match.has("the") ? m.start("num")
                : verbLast ? (numWord != null ? m.start("num") : m.start("unit")) : m.start();
        String previous = match.previousWord();
        if (numWord != null && (numWord.equals("a") || numWord.equals("an"))
                && (SET_CUES.contains(previous) || rateAfterAnAmount(previous))) {
            return new Timex("P" + (time ? "T" : "") + "1" + unitSuffix(unit), "SET", m.start(), end);
        }
        String quantity;
        if (amount == -2) {
            quantity = null;
        } else if (amount < 0 || Character.isDigit(numWord == null ? 'x' : numWord.charAt(0)) && numWord.contains(".")) {
            quantity = amount < 0 && numWord != null && numWord.contains(".") ? numWord : amount < 0 ? "X" : null;
        } else {
            quantity = String.valueOf(amount);
        }
        if (quantity == null && amount == -2) {
            String halfValue = switch (unit) {
                case 'Y' -> "P6M";
                case 'D' -> "PT12H";
                case 'H' -> "PT30M";
                case 'm' -> "PT30S";
                case 'W' -> "P3.5D";
                case 'M' -> "P2W";
                default -> "P0.5" + unitSuffix(unit);
            };
            return new Timex(halfValue, "DURATION", start, end);
        }
        if (quantity == null) {
            quantity = numWord;
        }
        if ((match.has("half") || match.has("halfafter") || match.has("frac")) && !quantity.equals("X")) {
            quantity = quantity + ".5";
        }
        return new Timex(durationValue(quantity, unit, time), "DURATION", start, end);
    }

    /** "$2 million a year", "358,000 a month", "5% a year": a rate, each year, not a year long; "in 2019 a year" is a year. */
    private static boolean rateAfterAnAmount(String previous) {
        if (AMOUNT_WORDS.contains(previous)) {
            return true;
        }
        boolean digits = !previous.isEmpty() && previous.chars().allMatch(Character::isDigit);
        return digits && !(previous.length() == 4 && (previous.startsWith("19") || previous.startsWith("20")));
    }

    /**
     * "Over the years", "in the weeks ahead": a stretch of time of no stated length; "in the years of the war" or "the
     * days when" name no such stretch.
     */
    private static Timex spanOfThePlural(TimexMatch match, String unitWord) {
        Matcher m = match.m;
        char unit = unitLetter(unitWord);
        String value = durationValue("X", unit, unit == 'S' || unit == 'm' || unit == 'H');
        if (match.nextWord().equalsIgnoreCase("ahead")) {
            int ahead = m.end();
            while (match.text.charAt(ahead) == ' ') {
                ahead++;
            }
            return new Timex(value, "DURATION", m.start(), ahead + "ahead".length());
        }
        return SPAN_PREPOSITIONS.contains(match.previousWord()) ? match.timex(value, "DURATION") : null;
    }

    /**
     * "Two months earlier", "a year later" count from the time the text is telling of: the month it last named, or (going
     * forward) the year it last named when that is not the year of publication. Null when the text tells of the present.
     */
    private static String fromToldDate(TimexMatch match, char unit, int amount) {
        if (unit == 'M') {
            return RelativeDateResolver.shiftedFrom(match.discourse.lastDate, unit, amount);
        }
        // "a year earlier" compares with the period under report, not with the last period compared: only "later"
        return amount > 0 && (unit == 'Y' || unit == 'E' || unit == 'C')
                ? RelativeDateResolver.shiftedFrom(match.toldOtherYear(), unit, amount) : null;
    }

    /** "For a while": a length of time of no stated size; "a while ago" a time past. */
    static Timex aWhile(TimexMatch match) {
        if (match.has("ago")) {
            return match.timex("PAST_REF", "DATE");
        }
        return WHILE_PREPOSITIONS.contains(match.previousWord()) ? match.timex("PXX", "DURATION") : null;
    }

    static String durationValue(String quantity, char unit, boolean time) {
        if (quantity.endsWith(".5") && quantity.indexOf('.') == quantity.length() - 2) {
            String whole = quantity.substring(0, quantity.length() - 2);
            String mixed = switch (unit) {
                case 'Y' -> "P" + whole + "Y6M";
                case 'D' -> "P" + whole + "DT12H";
                case 'H' -> "PT" + whole + "H30M";
                case 'm' -> "PT" + whole + "M30S";
                default -> null;
            };
            if (mixed != null) {
                return mixed;
            }
        }
        if (!quantity.equals("X")) {
            if (unit == 'E' || unit == 'C') {
                double years = Double.parseDouble(quantity) * (unit == 'E' ? 10 : 100);
                return "P" + number(years) + "Y";
            }
            if (unit == 'F') {
                return "P" + number(Double.parseDouble(quantity) * 2) + "W";
            }
        }
        return "P" + (time ? "T" : "") + quantity + unitSuffix(unit);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    static char unitLetter(String unitWord) {
        String u = unitWord.toLowerCase(Locale.ROOT);
        if (u.startsWith("second")) {
            return 'S';
        }
        if (u.startsWith("minute")) {
            return 'm';
        }
        if (u.startsWith("hour")) {
            return 'H';
        }
        if (u.startsWith("day")) {
            return 'D';
        }
        if (u.startsWith("week")) {
            return 'W';
        }
        if (u.startsWith("fortnight")) {
            return 'F';
        }
        if (u.startsWith("month")) {
            return 'M';
        }
        if (u.startsWith("quarter")) {
            return 'Q';
        }
        if (u.startsWith("decade")) {
            return 'E';
        }
        if (u.startsWith("centur")) {
            return 'C';
        }
        return 'Y';
    }

    private static String unitSuffix(char unit) {
        return switch (unit) {
            case 'm' -> "M";
            case 'E' -> "E";
            case 'C' -> "C";
            case 'F' -> "W";
            default -> String.valueOf(unit);
        };
    }
}
