package io.newsroom.extraction.engine.dates;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One pattern match with what its reading may ask about the surrounding text. */
final class TimexMatch {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> END_POINTS = Set.of("to", "until", "till", "through", "by");
    /** An ordinal quarter, with what would make it another year's: "1988", "year-ago", "last year's", "of 1990". */
    private static final Pattern REPORTED_QUARTER = Pattern.compile(
            "(?i)(?<qualifier>\\b(?:\\d{4}|year-ago|year-earlier|prior-year|year['\u2019]s)[-\\s]+)?(?:fiscal[-\\s]+)?"
                    + "\\b(?<ord>first|second|third|fourth)[-\\s]+(?:fiscal[-\\s]+)?quarter\\b(?<of>\\s+of\\s+(?:fiscal\\s+)?\\d{4})?");

    final String text;
    final Matcher m;
    final RelativeDateResolver resolver;
    final Discourse discourse;
    private Tense tense;

    /** What the text has dated so far, for phrases that point back to it ("that year", "the following month"). */
    static final class Discourse {
        String lastDate;
    }

    TimexMatch(String text, Matcher m, RelativeDateResolver resolver, Discourse discourse) {
        this.text = text;
        this.m = m;
        this.resolver = resolver;
        this.discourse = discourse;
    }

    String group(String name) {
        String value = m.group(name);
        return value == null ? null : foldSpace(value.toLowerCase(Locale.ROOT));
    }

    boolean has(String name) {
        return m.group(name) != null;
    }

    Tense tense() {
        if (tense == null) {
            tense = Tense.around(text, m.start(), m.end());
        }
        return tense;
    }

    /** The tense for a calendar date: an end point ("extended to Nov. 6") may lie ahead of a past verb. */
    Tense calendarTense() {
        Tense t = tense();
        return t == Tense.PAST && END_POINTS.contains(previousWord()) ? Tense.UNKNOWN : t;
    }

    Timex timex(String value, String type) {
        return new Timex(value, type, m.start(), m.end());
    }

    String previousWord() {
        return wordBefore(text, m.start());
    }

    String nextWord() {
        return wordAfter(text, m.end());
    }

    /** The day the text is telling of: the last day it dated, else the day of publication. */
    String dayInView() {
        String last = discourse.lastDate;
        return last != null && last.length() >= 10 && last.charAt(7) == '-' ? last.substring(0, 10)
                : resolver.relativeDay(0);
    }

    /**
     * The date the text is telling of when it is not the time of publication: the last date it named, if that lies in
     * another year ("In 2019 ... a year later"); null when the text tells of the present.
     */
    String toldOtherYear() {
        String last = discourse.lastDate;
        if (last == null || last.length() < 4 || !resolver.anchored()
                || last.startsWith(String.format("%04d", resolver.anchor().getYear()))) {
            return null;
        }
        return last;
    }

    /** Whether the text around the match speaks of a quarter: the mark of an earnings report. */
    boolean mentionsQuarterNearby() {
        int from = Math.max(0, m.start() - 400);
        int to = Math.min(text.length(), m.end() + 100);
        return text.substring(from, to).toLowerCase(Locale.ROOT).contains("quarter");
    }

    /**
     * The quarter an earnings report is telling of: the last quarter the paragraph named by its ordinal ("the fourth
     * quarter ended Sept. 30", "fiscal first-quarter") before this match, else the first the report named, when no year
     * or "year-ago" qualifies it; else the last quarter before publication. A report on a fiscal quarter names that quarter, so its comparisons ("a year
     * earlier", "the latest period") point to it rather than to the calendar.
     */
    String reportedQuarter() {
        int paragraph = text.lastIndexOf("\n\n", m.start());
        Matcher named = REPORTED_QUARTER.matcher(text).region(0, m.start());
        String first = null;
        String inParagraph = null;
        while (named.find()) {
            if (named.group("qualifier") == null && named.group("of") == null) {
                first = first == null ? named.group("ord") : first;
                inParagraph = named.start() > paragraph ? named.group("ord") : inParagraph;
            }
        }
        String ordinal = inParagraph != null ? inParagraph : first;
        return ordinal == null ? resolver.relativeQuarter(-1)
                : resolver.quarterOf(TemporalLexicon.ordinal(ordinal.toLowerCase(Locale.ROOT)), Tense.UNKNOWN);
    }

    /** The reported quarter one year before ("a year earlier" in an earnings report). */
    String reportedQuarterAYearBefore() {
        String quarter = reportedQuarter();
        return Character.isDigit(quarter.charAt(0))
                ? String.format("%04d", Integer.parseInt(quarter.substring(0, 4)) - 1) + quarter.substring(4) : quarter;
    }

    static boolean capitalized(String text, int start) {
        return Character.isUpperCase(text.charAt(start));
    }

    static String wordBefore(String text, int position) {
        int end = position;
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            if (text.charAt(end - 1) == '\n' || position - end > 3) {
                return "";
            }
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    static String wordAfter(String text, int position) {
        int start = position;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static String foldSpace(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < value.length()
                    && Character.isWhitespace(value.charAt(i + 1)))) {
                return WHITESPACE.matcher(value).replaceAll(" ");
            }
        }
        return value;
    }
}
