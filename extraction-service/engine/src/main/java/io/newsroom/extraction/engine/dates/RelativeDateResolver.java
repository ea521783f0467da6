package io.newsroom.extraction.engine.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic against the publication date: turns "Monday", "last week", "two years ago" or "the third
 * quarter" into TimeML values. Without an anchor, relative values keep their unknown parts as X.
 */
final class RelativeDateResolver {

    static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

    private final LocalDate anchor;

    RelativeDateResolver(LocalDate anchor) {
        this.anchor = anchor;
    }

    /** The date part of an ISO 8601 date or date-time ("2025-05-20T00:02+08:00"), or null. */
    static LocalDate parseAnchor(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    boolean anchored() {
        return anchor != null;
    }

    LocalDate anchor() {
        return anchor;
    }

    /** The ISO day, or null when there is no such day (February 30). */
    static String calendarDay(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String day(LocalDate date) {
        return date.toString();
    }

    static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    static String week(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static int quarter(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    String year(int offset) {
        return anchor == null ? "XXXX" : String.format("%04d", anchor.getYear() + offset);
    }

    String relativeDay(int offset) {
        return anchor == null ? "XXXX-XX-XX" : day(anchor.plusDays(offset));
    }

    String relativeMonth(int offset) {
        if (anchor == null) {
            return "XXXX-XX";
        }
        LocalDate date = anchor.plusMonths(offset);
        return month(date.getYear(), date.getMonthValue());
    }

    String relativeWeek(int offset) {
        return anchor == null ? "XXXX-WXX" : week(anchor.plusWeeks(offset));
    }

    String relativeQuarter(int offset) {
        if (anchor == null) {
            return "XXXX-QX";
        }
        LocalDate date = anchor.plusMonths(3L * offset);
        return String.format("%04d-Q%d", date.getYear(), quarter(date));
    }

    String relativeDecade(int offset) {
        return anchor == null ? "XXX" : String.valueOf(Math.floorDiv(anchor.getYear(), 10) + offset);
    }

    String relativeCentury(int offset) {
        return anchor == null ? "XX" : String.valueOf(Math.floorDiv(anchor.getYear(), 100) + offset);
    }

    /** A weekend: the one ending the anchor's ISO week, shifted by whole weeks. */
    String weekend(int offset) {
        return anchor == null ? "XXXX-WXX-WE" : week(anchor.plusWeeks(offset)) + "-WE";
    }

    /** "The weekend" told in the past is the last one that has begun; told in the future, the next one. */
    String weekend(Tense tense) {
        if (anchor == null) {
            return "XXXX-WXX-WE";
        }
        boolean inWeekend = anchor.getDayOfWeek().getValue() >= 6;
        if (tense == Tense.FUTURE) {
            return weekend(anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 0);
        }
        return weekend(inWeekend ? 0 : -1);
    }

    /**
     * A weekday named without a date. News in the past tense means the latest such day on or before publication;
     * the future tense means the next one on or after it.
     */
    String weekday(int dayOfWeek, Tense tense) {
        if (anchor == null) {
            return "XXXX-WXX-" + dayOfWeek;
        }
        DayOfWeek day = DayOfWeek.of(dayOfWeek);
        LocalDate date = tense == Tense.FUTURE ? anchor.with(TemporalAdjusters.nextOrSame(day))
                : anchor.with(TemporalAdjusters.previousOrSame(day));
        return day(date);
    }

    /** "last Friday" is strictly before publication, "next Friday" strictly after. */
    String weekdayStrict(int dayOfWeek, boolean next) {
        if (anchor == null) {
            return "XXXX-WXX-" + dayOfWeek;
        }
        DayOfWeek day = DayOfWeek.of(dayOfWeek);
        return day(anchor.with(next ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day)));
    }

    /** "The previous Friday": the weekday strictly before (or after) a day the text told of, as ISO; kept when not a day. */
    static String weekdayFrom(String told, int dayOfWeek, boolean next) {
        LocalDate base = parseAnchor(told);
        if (base == null) {
            return "XXXX-WXX-" + dayOfWeek;
        }
        DayOfWeek day = DayOfWeek.of(dayOfWeek);
        return day(base.with(next ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day)));
    }

    /** The year of a day or month named without one ("March 18"): the anchor's year, moved by the tense. */
    int yearOf(int month, int dayOfMonth, Tense tense) {
        if (anchor == null) {
            return -1;
        }
        int year = anchor.getYear();
        int candidate = month * 100 + Math.max(dayOfMonth, 0);
        int now = anchor.getMonthValue() * 100 + (dayOfMonth > 0 ? anchor.getDayOfMonth() : 0);
        if (tense == Tense.PAST && candidate > now && month - anchor.getMonthValue() >= 1) {
            return year - 1;
        }
        if (tense == Tense.FUTURE && candidate < now && anchor.getMonthValue() - month >= 1) {
            return year + 1;
        }
        // told without a tense, news looks back more often than ahead: half a year either way is the past
        if (tense == Tense.UNKNOWN && month - anchor.getMonthValue() >= 6) {
            return year - 1;
        }
        if (tense == Tense.UNKNOWN && anchor.getMonthValue() - month > 7) {
            return year + 1;
        }
        return year;
    }

    /** "last May": the latest May before the anchor's month; "next May": the first after it. */
    String monthRelative(int month, int direction) {
        if (anchor == null) {
            return "XXXX-" + String.format("%02d", month);
        }
        int year = anchor.getYear();
        if (direction < 0 && month >= anchor.getMonthValue()) {
            year--;
        } else if (direction > 0 && month <= anchor.getMonthValue()) {
            year++;
        }
        return month(year, month);
    }

    /** A quarter named without a year ("the third quarter"): the latest one that has begun, unless told in the future. */
    String quarterOf(int quarter, Tense tense) {
        if (anchor == null) {
            return "XXXX-Q" + quarter;
        }
        int year = anchor.getYear();
        if (quarter > quarter(anchor) && tense != Tense.FUTURE) {
            year--;
        }
        return String.format("%04d-Q%d", year, quarter);
    }

    /** A season as (year, index) ordinal; January and February belong to the winter of the previous year. */
    private int seasonOrdinal(LocalDate date) {
        int m = date.getMonthValue();
        int index = m >= 3 && m <= 5 ? 0 : m >= 6 && m <= 8 ? 1 : m >= 9 && m <= 11 ? 2 : 3;
        int year = m <= 2 ? date.getYear() - 1 : date.getYear();
        return year * 4 + index;
    }

    /** direction -1: the latest such season before the current one; +1 the next; 0 this year's, moved by tense. */
    String season(int index, int direction, Tense tense) {
        if (anchor == null) {
            return "XXXX-" + SEASONS[index];
        }
        int now = seasonOrdinal(anchor);
        int ordinal;
        if (direction < 0 || direction == 0 && tense == Tense.PAST && index != now % 4) {
            ordinal = now - 1;
            while (Math.floorMod(ordinal, 4) != index) {
                ordinal--;
            }
        } else if (direction > 0 || direction == 0 && tense == Tense.FUTURE && index != now % 4) {
            ordinal = now + 1;
            while (Math.floorMod(ordinal, 4) != index) {
                ordinal++;
            }
        } else {
            ordinal = anchor.getYear() * 4 + index;
            if (index == now % 4) {
                ordinal = now;
            }
        }
        return String.format("%04d-%s", Math.floorDiv(ordinal, 4), SEASONS[index]);
    }

    /** The date n units before (negative) or after publication, as precise as the unit. */
    String shifted(char unit, int amount) {
        if (anchor == null) {
            return "XXXX";
        }
        return switch (unit) {
            case 'Y' -> String.format("%04d", anchor.getYear() + amount);
            case 'E' -> String.format("%04d", anchor.getYear() + 10 * amount);
            case 'C' -> String.format("%04d", anchor.getYear() + 100 * amount);
            case 'Q' -> relativeQuarter(amount);
            case 'M' -> relativeMonth(amount);
            case 'W' -> relativeWeek(amount);
            default -> relativeDay(unit == 'D' ? amount : 0);
        };
    }

    /**
     * The date n units after (or before, negative) a date the text told of ("2019", "2019-06", "2019-Q3", "2019-06-03"),
     * as precise as the unit; null when that date is not precise enough for the unit.
     */
    static String shiftedFrom(String told, char unit, int amount) {
        if (told == null || told.length() < 4 || !isDigits(told, 0, 4)) {
            return null;
        }
        int year = Integer.parseInt(told.substring(0, 4));
        return switch (unit) {
            // a year before or after a quarter, half, month or season is that period in the other year
            case 'Y' -> String.format("%04d", year + amount) + (told.length() == 7 && told.charAt(4) == '-'
                    ? told.substring(4) : "");
            case 'E' -> String.format("%04d", year + 10 * amount);
            case 'C' -> String.format("%04d", year + 100 * amount);
            case 'M' -> {
                if (told.length() < 7 || told.charAt(4) != '-' || !isDigits(told, 5, 7)) {
                    yield null;
                }
                LocalDate first = LocalDate.of(year, Integer.parseInt(told.substring(5, 7)), 1).plusMonths(amount);
                yield month(first.getYear(), first.getMonthValue());
            }
            default -> null;
        };
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A fixed-date holiday of the year the tense points to (direction -1 past, +1 future, 0 this year's). */
    String holiday(int month, int dayOfMonth, int direction) {
        if (anchor == null) {
            return String.format("XXXX-%02d-%02d", month, dayOfMonth);
        }
        LocalDate date = LocalDate.of(anchor.getYear(), month, dayOfMonth);
        if (direction < 0 && !date.isBefore(anchor)) {
            date = date.minusYears(1);
        } else if (direction > 0 && !date.isAfter(anchor)) {
            date = date.plusYears(1);
        }
        return day(date);
    }

    static String time(String date, int hour, int minute) {
        return String.format("%sT%02d:%02d", date, hour, minute);
    }
}
