package io.newsroom.article.service;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a resolved date value covers, as a half-open range [start, end): a day ({@code 2025-05-19}) is one day,
 * a month ({@code 2025-05}), an ISO week ({@code 2025-W21}), a quarter ({@code 2025-Q2}) or a year ({@code 2025}) all
 * of its days, a date-time ({@code 2025-05-20T00:02}, {@code 2025-05-19TMO}) the day it is written on. Anything else
 * (no value, {@code XXXX-05-19}, {@code PRESENT_REF}, an impossible day) covers no day. V6__date_mentions.sql applies
 * the same rules to the extractions stored before.
 */
public final class MentionedDays {

    /** The longest range a value covers (a leap year): a mention overlapping [from, to) starts after from minus this. */
    public static final int LONGEST_RANGE_DAYS = 366;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");

    /** [start, end) in days; start is before end. */
    public record Range(LocalDate start, LocalDate end) {
    }

    private MentionedDays() {
    }

    /** The days {@code value} covers, or empty when it is no calendar value of those forms. */
    public static Optional<Range> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                LocalDate start = LocalDate.of(year(m), 1, 1);
                return range(start, start.plusYears(1));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                LocalDate start = LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1);
                return range(start, start.plusMonths(1));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                LocalDate start = LocalDate.of(year(m), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
                return range(start, start.plusMonths(3));
            }
            if ((m = WEEK.matcher(text)).matches()) {
                int year = year(m);
                int week = Integer.parseInt(m.group(2));
                LocalDate inYear = LocalDate.of(year, 1, 4);
                if (week < 1 || week > inYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    return Optional.empty();
                }
                LocalDate start = inYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                return range(start, start.plusWeeks(1));
            }
            if ((m = DAY.matcher(text)).matches()) {
                LocalDate start = LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return range(start, start.plusDays(1));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int year(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (year < 1) {
            throw new DateTimeException("year 0000 is no calendar year");
        }
        return year;
    }

    private static Optional<Range> range(LocalDate start, LocalDate end) {
        return Optional.of(new Range(start, end));
    }
}
