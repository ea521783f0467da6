package io.newsroom.extraction.engine.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates named on the calendar: "May 20, 2025", "20 May", "1998", "the 1990s", "the third quarter", "last summer". */
final class CalendarDateReader {

    private static final Set<String> YEAR_PREPOSITIONS = DateWords.of("date-context-words.txt", "year-preposition");

    private static final Set<String> NOT_BEFORE_YEAR = DateWords.of("date-context-words.txt", "not-before-year");

    private static final Set<String> WORDS_AFTER_YEAR = DateWords.of("date-context-words.txt", "after-year");

    private static final Set<String> MONTH_PREPOSITIONS = DateWords.of("date-context-words.txt", "month-preposition");

    private static final Set<String> SEASON_PREPOSITIONS = DateWords.of("date-context-words.txt", "season-preposition");
    private static final Pattern RANGE_OPENED = Pattern.compile("(?:" + TemporalLexicon.MONTH_RE
            + ")\\s*[0-3]?\\d(?:st|nd|rd|th)?\\s*(?:to|through|till|until|and|-|\u2013)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private CalendarDateReader() {
    }

    static Timex monthDate(TimexMatch match) {
        Matcher m = match.m;
        int monthStart = m.start("month");
        if (!TimexMatch.capitalized(match.text, monthStart)) {
            return null;
        }
        int month = TemporalLexicon.month(match.group("month"));
        String word = match.group("month");
        boolean hasDay = match.has("day");
        boolean hasYear = match.has("year") || match.has("spelled");
        if (word.equals("may") && !hasDay && !hasYear && !match.has("rel") && !match.has("mod")
                && !MONTH_PREPOSITIONS.contains(match.previousWord())) {
            return null;
        }
        boolean alone = !hasDay && !hasYear && !match.has("rel") && !match.has("mod") && !match.has("relyear");
        if (alone && (match.previousWord().equals("the") || !match.nextWord().isEmpty()
                && Character.isUpperCase(match.nextWord().charAt(0)))) {
            return null;
        }
        String value;
        int year = match.has("year") ? Integer.parseInt(m.group("year"))
                : match.has("spelled") ? TemporalLexicon.spelledYear(match.group("spelled")) : -1;
        if (match.has("relyear") && match.resolver.anchored()) {
            hasYear = true;
            String relYear = match.group("relyear");
            year = Integer.parseInt(match.resolver.year(relYear.equals("last") ? -1 : relYear.equals("next") ? 1 : 0));
        }
        if (hasDay) {
            int day = Integer.parseInt(m.group("day"));
            if (day < 1 || day > 31) {
                return null;
            }
            if (!hasYear) {
                year = match.resolver.yearOf(month, day, match.calendarTense());
            }
            value = year < 0 ? String.format("XXXX-%02d-%02d", month, day) : RelativeDateResolver.calendarDay(year, month, day);
            if (value == null) {
                return null;
            }
        } else if (hasYear) {
            value = RelativeDateResolver.month(year, month);
        } else if (match.has("rel")) {
            String rel = match.group("rel");
            value = rel.equals("this") ? monthOfTense(match, month)
                    : match.resolver.monthRelative(month, rel.equals("last") ? -1 : 1);
        } else {
            value = monthOfTense(match, month);
        }
        int start = match.has("wd") && !hasDay ? monthStart : m.start();
        if (match.has("hour")) {
            int minute = match.has("minute") ? Integer.parseInt(m.group("minute")) : 0;
            return new Timex(RelativeDateResolver.time(value, ClockTimeReader.hour(m.group("hour"), match.group("ampm")), minute),
                    "TIME", start, m.end());
        }
        return new Timex(value, "DATE", start, m.end());
    }

    private static String monthOfTense(TimexMatch match, int month) {
        int year = match.resolver.yearOf(month, 0, match.calendarTense());
        return year < 0 ? String.format("XXXX-%02d", month) : RelativeDateResolver.month(year, month);
    }

    static Timex dayMonth(TimexMatch match) {
        Matcher m = match.m;
        if (!TimexMatch.capitalized(match.text, m.start("month"))) {
            return null;
        }
        int month = TemporalLexicon.month(match.group("month"));
        int day = Integer.parseInt(m.group("day"));
        int year = match.has("year") ? Integer.parseInt(m.group("year"))
                : match.resolver.yearOf(month, day, match.calendarTense());
        String value = year < 0 ? String.format("XXXX-%02d-%02d", month, day) : RelativeDateResolver.calendarDay(year, month, day);
        return value == null ? null : match.timex(value, "DATE");
    }

    /** "From March 15 to 17", "May 3-5": the day that ends a range opened by a full date, in that date's month. */
    static Timex rangeEndDay(TimexMatch match) {
        String last = match.discourse.lastDate;
        int start = match.m.start();
        if (last == null || last.length() != 10 || !mayCloseRange(match.text, start) || !RANGE_OPENED.matcher(match.text)
                .region(Math.max(0, start - 30), start).find()) {
            return null;
        }
        int day = Integer.parseInt(match.m.group("endday"));
        if (day <= Integer.parseInt(last.substring(8, 10))) {
            return null;
        }
        String value = RelativeDateResolver.calendarDay(Integer.parseInt(last.substring(0, 4)),
                Integer.parseInt(last.substring(5, 7)), day);
        return value == null ? null : match.timex(value, "DATE");
    }

    /** Whether the word before {@code start} can be the "to", "through", "till", "until", "and" or dash of a range. */
    private static boolean mayCloseRange(String text, int start) {
        int i = start - 1;
        while (i >= 0 && WordShape.isSpace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = Character.toLowerCase(text.charAt(i));
        return c == 'o' || c == 'h' || c == 'l' || c == 'd' || c == '-' || c == '\u2013';
    }

    static Timex isoDate(TimexMatch match) {
        Matcher m = match.m;
        String value = RelativeDateResolver.calendarDay(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                Integer.parseInt(m.group("day")));
        if (value == null) {
            return null;
        }
        if (m.pattern().pattern().contains("<hour>") && match.has("hour")) {
            return match.timex(RelativeDateResolver.time(value, Integer.parseInt(m.group("hour")),
                    Integer.parseInt(m.group("minute"))), "TIME");
        }
        return match.timex(value, "DATE");
    }

    static Timex year(TimexMatch match) {
        Matcher m = match.m;
        int year = Integer.parseInt(m.group("year"));
        if (year < 1000 || year > 2099) {
            return null;
        }
        if (!match.has("pre")) {
            String previous = match.previousWord();
            int start = m.start();
            if (start > 0 && "$#\u20AC\u00A3".indexOf(match.text.charAt(start - 1)) >= 0) {
                return null;
            }
            if (start > 1 && "$#\u20AC\u00A3".indexOf(match.text.charAt(start - 2)) >= 0
                    && match.text.charAt(start - 1) == ' ') {
                return null;
            }
            boolean preposition = YEAR_PREPOSITIONS.contains(previous);
            if (year < 1900 && !preposition) {
                return null;
            }
            if (NOT_BEFORE_YEAR.contains(previous) && !preposition) {
                return null;
            }
            String next = match.nextWord();
            boolean nextLower = !next.isEmpty() && Character.isLowerCase(next.charAt(0));
            if (nextLower && !preposition && !WORDS_AFTER_YEAR.contains(next.toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (!next.isEmpty() && Character.isDigit(next.charAt(0))) {
                return null;
            }
        }
        return match.timex(String.format("%04d", year), "DATE");
    }

    static Timex decade(TimexMatch match) {
        Matcher m = match.m;
        String value;
        if (match.has("dec")) {
            value = m.group("dec").substring(0, 3);
        } else if (match.has("d2")) {
            value = "19" + m.group("d2");
        } else {
            String word = match.group("dw");
            int index = TemporalLexicon.DECADE_WORDS.indexOf(word);
            if (!match.text.regionMatches(true, m.start(), "the", 0, 3)) {
                return null;
            }
            value = "19" + (index + 2);
        }
        return match.timex(value, "DATE");
    }

    static Timex century(TimexMatch match) {
        Matcher m = match.m;
        int n;
        if (match.has("n")) {
            n = Integer.parseInt(m.group("n"));
        } else {
            n = switch (match.group("nw")) {
                case "nineteenth" -> 19;
                case "twentieth" -> 20;
                default -> 21;
            };
        }
        return match.timex(String.format("%02d", n - 1), "DATE");
    }

    static Timex spelledYear(TimexMatch match) {
        int year;
        if (match.has("tens")) {
            year = 1900 + TemporalLexicon.number(match.group("tens"))
                    + (match.has("unit") ? TemporalLexicon.number(match.group("unit")) : 0);
        } else {
            year = 2000 + (match.has("unit2") ? TemporalLexicon.number(match.group("unit2")) : 0);
            String next = match.nextWord();
            boolean nounFollows = !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                    && !WORDS_AFTER_YEAR.contains(next);
            if (!match.has("the") && (!YEAR_PREPOSITIONS.contains(match.previousWord()) || nounFollows)) {
                return null;
            }
        }
        return match.timex(String.valueOf(year), "DATE");
    }

    static Timex quarter(TimexMatch match) {
        Matcher m = match.m;
        RelativeDateResolver r = match.resolver;
        boolean half = match.group("q").equals("half");
        String ord = match.group("ord");
        int n = ord.equals("final") || ord.equals("latter") || ord.equals("last") ? (half ? 2 : 4) : TemporalLexicon.ordinal(ord);
        if (half && n > 2) {
            return null;
        }
        String year = match.has("year") ? m.group("year") : match.has("year2") ? m.group("year2") : null;
        String relYear = match.has("relyear") ? match.group("relyear") : match.group("relyear2");
        if (year == null && relYear != null) {
            year = r.year(relYear.equals("last") ? -1 : relYear.equals("next") ? 1 : 0);
        }
        if (year == null && match.has("theyear") && r.anchored()) {
            String told = match.toldOtherYear();
            year = told != null ? told.substring(0, 4) : r.year(0);
        }
        String value;
        if (year != null) {
            value = year + (half ? "-H" : "-Q") + n;
        } else if (half) {
            value = r.quarterOf(n == 1 ? 1 : 3, match.tense()).replace("-Q" + (n == 1 ? 1 : 3), "-H" + n);
        } else {
            value = r.quarterOf(n, match.tense());
        }
        if (match.has("ago") && year == null && Character.isDigit(value.charAt(0))) {
            // "the year-ago third quarter": that quarter one year before
            value = String.format("%04d", Integer.parseInt(value.substring(0, 4)) - 1) + value.substring(4);
        }
        int start = m.start();
        boolean adjective = m.group("hyph").contains("-") && !match.has("year2") && !match.has("relyear2");
        if (adjective && match.has("the") && !match.has("year") && !match.has("relyear")) {
            start = m.start("ord");
        }
        return new Timex(value, "DATE", start, m.end());
    }

    /** "FY2026", "FY 26": a fiscal year, named by the calendar year it ends in. */
    static Timex fiscalYearCode(TimexMatch match) {
        String digits = match.m.group("fy");
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            year += year >= 50 ? 1900 : 2000;
        }
        return year < 1900 || year > 2099 ? null : match.timex(String.format("%04d", year), "DATE");
    }

    static Timex quarterCode(TimexMatch match) {
        Matcher m = match.m;
        int n = Integer.parseInt(m.group("n"));
        String value = match.has("year") ? m.group("year") + "-Q" + n : match.resolver.quarterOf(n, match.tense());
        return match.timex(value, "DATE");
    }

    /** "the 1988 quarter" of an earnings report: the reported quarter, in that year. */
    static Timex yearsQuarter(TimexMatch match) {
        if (!match.mentionsQuarterNearby() || !match.resolver.anchored()) {
            return null;
        }
        String reported = match.reportedQuarter();
        return match.timex(match.m.group("year") + reported.substring(4), "DATE");
    }

    static Timex yearAgoQuarter(TimexMatch match) {
        return match.timex(match.reportedQuarterAYearBefore(), "DATE");
    }

    /**
     * "The same period last year" ("of 2023"): the period the text just named (a quarter, half or month), one year
     * before (in that year); in an earnings report that names no such period, the reported quarter a year before; else
     * last year.
     */
    static Timex samePeriodAYearBefore(TimexMatch match) {
        RelativeDateResolver r = match.resolver;
        String last = match.discourse.lastDate;
        boolean period = last != null && last.length() == 7 && last.charAt(4) == '-' && Character.isDigit(last.charAt(0));
        if (match.has("year")) {
            // "the same period of 2023": the period just named, in that year
            return match.timex(match.m.group("year") + (period ? last.substring(4) : ""), "DATE");
        }
        if (period) {
            return match.timex(RelativeDateResolver.shiftedFrom(last, 'Y', -1), "DATE");
        }
        return match.timex(match.mentionsQuarterNearby() ? match.reportedQuarterAYearBefore() : r.year(-1), "DATE");
    }

    /** In an earnings report "the latest period" is the quarter just reported: the one before publication. */
    static Timex latestPeriod(TimexMatch match) {
        if (!match.mentionsQuarterNearby()) {
            return null;
        }
        return match.timex(match.reportedQuarter(), "DATE");
    }

    static Timex season(TimexMatch match) {
        Matcher m = match.m;
        String season = match.group("season");
        int index = switch (season) {
            case "spring" -> 0;
            case "summer" -> 1;
            case "fall", "autumn" -> 2;
            default -> 3;
        };
        String rel = match.has("rel") ? match.group("rel") : "";
        boolean ambiguousWord = season.equals("fall") || season.equals("spring");
        String year = match.has("year") ? m.group("year")
                : match.has("spelled") ? String.valueOf(TemporalLexicon.spelledYear(match.group("spelled"))) : null;
        if (year == null) {
            if ((rel.isEmpty() || rel.equals("the")) && !match.has("mod")
                    && !SEASON_PREPOSITIONS.contains(match.previousWord())) {
                return null;
            }
            if (rel.isEmpty() && ambiguousWord && !match.has("mod")) {
                return null;
            }
            if (match.nextWord().equalsIgnoreCase("of")) {
                return null;
            }
        }
        if (year == null && match.has("relyear") && match.resolver.anchored()) {
            String relYear = match.group("relyear");
            year = match.resolver.year(relYear.equals("last") ? -1 : relYear.equals("next") ? 1 : 0);
        }
        if (year != null) {
            return match.timex(year + "-" + RelativeDateResolver.SEASONS[index], "DATE");
        }
        String value = switch (rel) {
            case "last", "past", "this past" -> match.resolver.season(index, -1, Tense.PAST);
            case "next", "coming", "this coming" -> match.resolver.season(index, 1, Tense.FUTURE);
            case "this" -> match.resolver.season(index, 0, Tense.UNKNOWN);
            default -> match.resolver.season(index, 0, match.tense());
        };
        return match.timex(value, "DATE");
    }
}
