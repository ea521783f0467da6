package io.newsroom.extraction.engine.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day: "10 a.m. Tuesday", "12:02", "noon". */
final class ClockTimeReader {

    private static final Pattern ON_DAY = Pattern.compile(",?\\s+on\\s+(" + TemporalLexicon.WEEKDAY_RE + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private ClockTimeReader() {
    }

    static Timex clockTime(TimexMatch match) {
        Matcher m = match.m;
        int hour;
        int minute = 0;
        if (match.has("noon")) {
            String noon = match.group("noon");
            hour = noon.equals("midnight") ? 24 : 12;
            if (match.previousWord().equals("high")) {
                return null;
            }
        } else if (match.has("hour24")) {
            hour = Integer.parseInt(m.group("hour24"));
            minute = Integer.parseInt(m.group("minute24"));
            if (match.previousWord().isEmpty() || Character.isDigit(match.text.charAt(Math.max(0, m.start() - 2)))) {
                return null;
            }
        } else {
            hour = hour(m.group("hour"), match.group("ampm"));
            minute = match.has("minute") ? Integer.parseInt(m.group("minute")) : 0;
            if (match.group("ampm").equals("am") && !Character.isDigit(match.text.charAt(m.start("ampm") - 1))
                    && match.text.charAt(m.start("ampm") - 1) != ' ') {
                return null;
            }
        }
        String date;
        if (match.has("wd")) {
            date = match.resolver.weekday(TemporalLexicon.weekday(match.group("wd")), match.tense());
        } else if (match.has("rd")) {
            String rd = match.group("rd");
            date = match.resolver.relativeDay(rd.equals("yesterday") ? -1 : rd.equals("tomorrow") ? 1 : 0);
        } else if (match.has("month")) {
            int month = TemporalLexicon.month(match.group("month"));
            int day = Integer.parseInt(m.group("day"));
            int year = match.has("year") ? Integer.parseInt(m.group("year"))
                    : match.resolver.yearOf(month, day, match.calendarTense());
            date = year < 0 ? String.format("XXXX-%02d-%02d", month, day) : RelativeDateResolver.calendarDay(year, month, day);
            if (date == null) {
                return null;
            }
        } else {
            date = dayNamedAfter(match);
        }
        return match.timex(RelativeDateResolver.time(date, hour, minute), "TIME");
    }

    /** "At 3 p.m. on Thursday": the day named right after the time, else the day the text is telling of. */
    private static String dayNamedAfter(TimexMatch match) {
        Matcher after = ON_DAY.matcher(match.text).region(match.m.end(), Math.min(match.text.length(), match.m.end() + 30));
        if (after.lookingAt()) {
            return match.resolver.weekday(TemporalLexicon.weekday(after.group(1).toLowerCase(Locale.ROOT)), match.tense());
        }
        return match.dayInView();
    }

    static int hour(String hour, String ampm) {
        int h = Integer.parseInt(hour);
        if (ampm != null) {
            boolean pm = ampm.startsWith("p");
            if (pm && h < 12) {
                h += 12;
            } else if (!pm && h == 12) {
                h = 0;
            }
        }
        return h;
    }
}
