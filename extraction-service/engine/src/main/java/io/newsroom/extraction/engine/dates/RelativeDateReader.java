package io.newsroom.extraction.engine.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates that point from the publication date or the text: "Monday", "yesterday", "last week", "now", "that year", "Christmas". */
final class RelativeDateReader {

    /** "the year ended June 30": twelve months to a day, not a calendar year. */
    private static final Set<String> YEAR_TO_A_DAY = Set.of("ended", "ending", "to");
    private static final Set<String> AFTER_THE_PAST = DateWords.of("date-context-words.txt", "after-the-past");
    private static final Pattern QUARTER_ENDED = Pattern.compile("\\s+(?:ended|ending)\\s+(" + TemporalLexicon.MONTH_RE
            + ")\\s*([0-3]?\\d)(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_AFTER_CURRENT = DateWords.of("date-context-words.txt", "not-after-current");
    private static final Set<String> SPAN_PREPOSITIONS = Set.of("for", "over", "within", "during", "throughout", "in");

    private RelativeDateReader() {
    }

    static Timex weekday(TimexMatch match) {
        Matcher m = match.m;
        if (!TimexMatch.capitalized(match.text, m.start("wd"))) {
            return null;
        }
        int day = TemporalLexicon.weekday(match.group("wd"));
        String part = match.has("part") ? TemporalLexicon.partOfDay(match.group("part")) : "";
        if (match.has("plural") || match.has("parts")) {
            return match.timex("XXXX-WXX-" + day + part, "SET");
        }
        String rel = match.has("rel") ? match.group("rel") : "";
        String value = switch (rel) {
            case "last" -> match.resolver.weekdayStrict(day, false);
            case "next" -> match.resolver.weekdayStrict(day, true);
            case "this past", "past" -> match.resolver.weekday(day, Tense.PAST);
            case "this coming", "coming" -> match.resolver.weekday(day, Tense.FUTURE);
            case "the previous", "the preceding" -> RelativeDateResolver.weekdayFrom(match.dayInView(), day, false);
            case "the following", "the next" -> RelativeDateResolver.weekdayFrom(match.dayInView(), day, true);
            default -> match.resolver.weekday(day, soonest(match) ? Tense.FUTURE : match.tense());
        };
        return match.timex(value + part, part.isEmpty() ? "DATE" : "TIME");
    }

    static Timex relativeDay(TimexMatch match) {
        RelativeDateResolver r = match.resolver;
        if (match.has("part3")) {
            String rd = match.group("rd3");
            String day = rd == null ? match.dayInView() : r.relativeDay(rd.equals("yesterday") ? -1 : rd.equals("tomorrow") ? 1 : 0);
            return match.timex(day + TemporalLexicon.partOfDay(match.group("part3")), "TIME");
        }
        if (match.has("overnight")) {
            // the night that ended on the morning the text tells of: in TimeML a night belongs to the day it began
            LocalDate day = RelativeDateResolver.parseAnchor(match.dayInView());
            return match.timex(day == null ? "XXXX-XX-XXTNI" : RelativeDateResolver.day(day.minusDays(1)) + "TNI", "TIME");
        }
        if (match.has("around")) {
            return match.timex(r.relativeDay(match.group("around").startsWith("before") ? -2 : 2), "DATE");
        }
        if (match.has("this")) {
            String part = match.group("part2");
            boolean last = match.group("this").equals("last");
            if (last && !part.equals("night")) {
                return null;
            }
            return match.timex(r.relativeDay(last ? -1 : 0) + TemporalLexicon.partOfDay(part), "TIME");
        }
        String rd = match.group("rd");
        int offset = switch (rd) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        if (rd.equals("tonight")) {
            return match.timex(r.relativeDay(0) + "TNI", "TIME");
        }
        if (match.has("part")) {
            return match.timex(r.relativeDay(offset) + TemporalLexicon.partOfDay(match.group("part")), "TIME");
        }
        return match.timex(r.relativeDay(offset), "DATE");
    }

    static Timex reference(TimexMatch match) {
        String ref = match.group("ref");
        if (ref.endsWith("current")) {
            return currentOf(match, ref);
        }
        String value = switch (ref) {
            case "recently", "recent", "lately" -> "PAST_REF";
            default -> ref.endsWith("future") ? "FUTURE_REF" : "PRESENT_REF";
        };
        if (ref.equals("now") && match.nextWord().equalsIgnoreCase("that")) {
            return null;
        }
        String next = match.nextWord();
        if (ref.equals("the past") && !next.isEmpty() && Character.isLetter(next.charAt(0))
                && !AFTER_THE_PAST.contains(next.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (ref.equals("the past")) {
            value = "PAST_REF";
        }
        if (ref.endsWith(" term")) {
            // "in the short term" is time to come; "the short term rates" is an adjective of the rates
            if (!next.isEmpty() && Character.isLetter(next.charAt(0)) && !AFTER_THE_PAST.contains(next.toLowerCase(Locale.ROOT))) {
                return null;
            }
            value = "FUTURE_REF";
        }
        return match.timex(value, "DATE");
    }

    /**
     * "The current crisis", "its current chairman": the present, as an adjective before its noun; not "the current
     * account" nor the current of a river. "The then current price" is the past the text tells of.
     */
    private static Timex currentOf(TimexMatch match, String ref) {
        String next = match.nextWord();
        if (next.isEmpty() || !Character.isLetter(next.charAt(0)) || match.text.startsWith("-", match.m.end())
                || NOT_AFTER_CURRENT.contains(next.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return match.timex(ref.startsWith("then") ? "PAST_REF" : "PRESENT_REF", "DATE");
    }

    static Timex unitRelative(TimexMatch match) {
        if (quotedTitle(match)) {
            return null;
        }
        RelativeDateResolver r = match.resolver;
        String rel = match.group("rel");
        String unit = match.group("unit");
        if (unit.startsWith("fiscal")) {
            unit = "year";
        }
        int offset = switch (rel) {
            case "this", "the current", "the full", "the" -> 0;
            case "last", "past", "the past", "the last", "the previous", "this past", "the latest",
                 "the most recent" -> -1;
            default -> 1;
        };
        boolean bare = rel.equals("the");
        String previous = match.previousWord();
        boolean spanOfTime = !match.has("pre") && (rel.startsWith("the ") || bare)
                && (previous.equals("for") && !bare && !rel.equals("the full") || previous.equals("over") || previous.equals("throughout")
                || previous.equals("within") || previous.equals("during") && !bare)
                || bare && unit.equals("year") && YEAR_TO_A_DAY.contains(match.nextWord().toLowerCase(Locale.ROOT));
        if (spanOfTime && !unit.equals("weekend") && !unit.equals("quarter")) {
            String letter = switch (unit) {
                case "month" -> "1M";
                case "week" -> "1W";
                case "quarter" -> "3M";
                case "decade" -> "10Y";
                case "century" -> "100Y";
                default -> "1Y";
            };
            return match.timex("P" + letter, "DURATION");
        }
        String value = switch (unit) {
            case "year" -> r.year(offset);
            case "month" -> r.relativeMonth(offset);
            case "week" -> r.relativeWeek(offset);
            case "quarter" -> bare ? quarterEnded(match) : r.relativeQuarter(offset);
            case "decade" -> r.relativeDecade(offset);
            case "century" -> r.relativeCentury(offset);
            default -> bare || rel.equals("this") ? r.weekend(match.tense())
                    : offset < 0 ? r.weekend(-1) : r.weekend(Tense.FUTURE);
        };
        return match.timex(value, "DATE");
    }

    /**
     * "The quarter ended July 31": the three months up to that day, named by the calendar quarter holding most of them
     * (the one of their middle month); else the quarter the earnings report is telling of.
     */
    private static String quarterEnded(TimexMatch match) {
        Matcher ended = QUARTER_ENDED.matcher(match.text).region(match.m.end(), Math.min(match.text.length(), match.m.end() + 30));
        int month = ended.lookingAt() ? TemporalLexicon.month(ended.group(1)) : 0;
        if (month == 0 || !match.resolver.anchored()) {
            return match.reportedQuarter();
        }
        int year = match.resolver.yearOf(month, Integer.parseInt(ended.group(2)), Tense.PAST);
        LocalDate middle = LocalDate.of(year, month, 1).minusMonths(1);
        return String.format("%04d-Q%d", middle.getYear(), RelativeDateResolver.quarter(middle));
    }

    /** "Speaking on the program \"This Week\"": words capitalised after an opening quotation mark are a title, no date. */
    private static boolean quotedTitle(TimexMatch match) {
        int start = match.m.start();
        return start > 0 && "\"\u201c'`".indexOf(match.text.charAt(start - 1)) >= 0
                && TimexMatch.capitalized(match.text, match.m.start("unit"));
    }

    static Timex anaphoric(TimexMatch match) {
        String last = match.discourse.lastDate;
        if (last == null && match.has("side")) {
            last = match.resolver.relativeDay(0);
        }
        if (last == null || last.startsWith("X")) {
            return null;
        }
        if (match.has("side")) {
            return beforeOrAfter(match, last);
        }
        String ref = match.group("ref");
        if (ref.endsWith("next") && !nextOfANarrative(match)) {
            return null;
        }
        int offset = ref.endsWith("following") || ref.endsWith("next") ? 1
                : ref.endsWith("previous") || ref.endsWith("preceding") ? -1 : 0;
        LocalDate date = RelativeDateResolver.parseAnchor(last);
        String value;
        switch (match.group("unit")) {
            case "year" -> value = String.format("%04d", Integer.parseInt(last.substring(0, 4)) + offset);
            case "quarter" -> {
                if (last.length() < 7 || last.charAt(5) != 'Q' || offset != 0) {
                    return null;
                }
                value = last.substring(0, 7);
            }
            case "month" -> {
                if (last.length() < 7 || last.charAt(4) != '-' || !Character.isDigit(last.charAt(5))) {
                    return null;
                }
                LocalDate first = LocalDate.of(Integer.parseInt(last.substring(0, 4)),
                        Integer.parseInt(last.substring(5, 7)), 1).plusMonths(offset);
                value = RelativeDateResolver.month(first.getYear(), first.getMonthValue());
            }
            case "week" -> {
                if (date == null) {
                    return null;
                }
                value = RelativeDateResolver.week(date.plusWeeks(offset));
            }
            default -> {
                if (date == null) {
                    return null;
                }
                value = RelativeDateResolver.day(date.plusDays(offset));
            }
        }
        return match.timex(value, "DATE");
    }

    /** "The year before", "the day after": one unit from the date just told (or publication), as precise as the unit. */
    private static Timex beforeOrAfter(TimexMatch match, String last) {
        int offset = match.group("side").equals("before") ? -1 : 1;
        LocalDate date = RelativeDateResolver.parseAnchor(last);
        String value = switch (match.group("unit2")) {
            case "year" -> RelativeDateResolver.shiftedFrom(last.substring(0, 4), 'Y', offset);
            case "month" -> RelativeDateResolver.shiftedFrom(last, 'M', offset);
            case "week" -> date == null ? null : RelativeDateResolver.week(date.plusWeeks(offset));
            default -> date == null ? null : RelativeDateResolver.day(date.plusDays(offset));
        };
        return value == null ? null : match.timex(value, "DATE");
    }

    /**
     * "The next day" always counts from the day just told; "the next year" (month, week) does so only in a story told in
     * the past ("was elected in 2019; the next year he resigned"), not as a span ahead ("over the next year").
     */
    private static boolean nextOfANarrative(TimexMatch match) {
        if (match.group("unit").equals("day")) {
            return true;
        }
        return match.tense() == Tense.PAST && !SPAN_PREPOSITIONS.contains(match.previousWord());
    }

    static Timex holiday(TimexMatch match) {
        Matcher m = match.m;
        int start = match.has("rel") ? m.end("rel") : m.start();
        while (start < m.end() && !Character.isLetter(match.text.charAt(start))) {
            start++;
        }
        if (!TimexMatch.capitalized(match.text, start)) {
            return null;
        }
        int direction = !match.has("rel") ? 0 : match.group("rel").equals("last") ? -1
                : match.group("rel").equals("next") ? 1 : 0;
        if (direction == 0) {
            Tense tense = match.tense();
            direction = tense == Tense.PAST ? -1 : tense == Tense.FUTURE || match.has("rel") ? 1 : 0;
        }
        RelativeDateResolver r = match.resolver;
        String value;
        if (match.has("xmas")) {
            value = r.holiday(12, "eve".equals(match.group("xpart")) ? 24 : 25, direction);
        } else if (match.has("ny")) {
            value = "eve".equals(match.group("nypart")) ? r.holiday(12, 31, direction) : r.holiday(1, 1, direction);
        } else if (match.has("hw")) {
            value = r.holiday(10, 31, direction);
        } else if (match.has("id")) {
            value = r.holiday(7, 4, direction);
        } else {
            value = r.holiday(11, 1, direction);
            if (!value.startsWith("X")) {
                LocalDate first = LocalDate.parse(value);
                value = first.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).toString();
            }
        }
        return match.timex(value, "DATE");
    }

    /** "Today is the third day of the strike", "it's the second day of talks": the day of publication; else unknown. */
    static Timex dayOfAnEvent(TimexMatch match) {
        String previous = match.previousWord();
        boolean present = previous.equals("is") || previous.equals("marks") || previous.equals("s") && match.has("the");
        return present ? match.timex(match.resolver.relativeDay(0), "DATE") : null;
    }

    static Timex yearEnd(TimexMatch match) {
        boolean since = match.previousWord().equals("since");
        return match.timex(match.resolver.year(since ? -1 : 0), "DATE");
    }

    /** "as early as Tuesday", "as soon as Friday": the earliest day something may yet happen. */
    private static boolean soonest(TimexMatch match) {
        int start = match.m.start();
        String before = match.text.substring(Math.max(0, start - 13), start).toLowerCase(Locale.ROOT);
        return before.endsWith("as early as ") || before.endsWith("as soon as ");
    }
}
