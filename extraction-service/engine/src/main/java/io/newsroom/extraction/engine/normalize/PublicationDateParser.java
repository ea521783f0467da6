package io.newsroom.extraction.engine.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date a page states (meta tag value, JSON-LD, {@code <time datetime>}, a visible dateline
 * such as "May 20, 2025 12:02 AM") and writes it as ISO 8601: {@code 2025-05-20}, {@code 2025-05-20T00:02}, or with
 * the offset the page gives ({@code 2019-11-18T10:30-05:00}). Every pattern has bounded repetition: linear time.
 * A value no article can have been published on (a CMS placeholder, a date before 1800 or ahead of now) is refused.
 */
public final class PublicationDateParser {

    /** "jan" to "dec": every English spelling of a month ("Sept.", "September") starts with its three letters. */
    private static final List<String> MONTHS = Arrays.stream(Month.values())
            .map(month -> month.name().substring(0, 3).toLowerCase(Locale.ROOT)).toList();
    private static final String MONTH = "(" + String.join("|", MONTHS) + ")[a-z]{0,6}\\.?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "\\s?(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final Pattern SLASHED_YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)(?<![a-z])" + MONTH + "\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{0,3}(\\d{4})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s{0,3}(?:of\\s)?" + MONTH + ",?\\s{0,3}(\\d{4})(?!\\d)");
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)(?<!\\d)(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s{0,2}(?:([ap])\\.?\\s?m\\b\\.?)?");
    private static final int EARLIEST_YEAR = 1800;
    /** What a CMS writes for a missing timestamp: the Unix epoch. */
    private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);

    private PublicationDateParser() {
    }

    /** The ISO form of the first date in {@code value}, with its time of day when one accompanies it. */
    public static Optional<String> parse(String value) {
        return parse(value, LocalDate.now(ZoneOffset.UTC));
    }

    /** As {@link #parse(String)}, with {@code today} the day the request is read (dates after tomorrow are refused). */
    static Optional<String> parse(String value, LocalDate today) {
        return firstDate(value).filter(iso -> trustworthy(LocalDate.parse(iso.substring(0, 10)), today));
    }

    /** Placeholders (year 1, the Unix epoch), dates before 1800 and dates more than a day ahead are not publication dates. */
    static boolean trustworthy(LocalDate date, LocalDate today) {
        return date.getYear() >= EARLIEST_YEAR && !date.equals(EPOCH) && !date.isAfter(today.plusDays(1));
    }

    private static Optional<String> firstDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String stripped = value.strip();
        String text = stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3)).map(d -> d + clock(iso, text));
        }
        Matcher slashed = SLASHED_YEAR_FIRST.matcher(text);
        if (slashed.find()) {
            return date(slashed.group(1), slashed.group(2), slashed.group(3)).map(d -> d + spokenClock(text));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        if (monthFirst.find()) {
            return date(monthFirst.group(3), month(monthFirst.group(1)), monthFirst.group(2))
                    .map(d -> d + spokenClock(text));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.find()) {
            return date(dayFirst.group(3), month(dayFirst.group(2)), dayFirst.group(1)).map(d -> d + spokenClock(text));
        }
        return Optional.empty();
    }

    private static String clock(Matcher iso, String text) {
        if (iso.group(4) == null) {
            return "";
        }
        int hour = Integer.parseInt(iso.group(4));
        int minute = Integer.parseInt(iso.group(5));
        if (hour > 23 || minute > 59) {
            return "";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "T%02d:%02d", hour, minute));
        if (iso.group(6) != null && !iso.group(6).equals("00")) {
            out.append(':').append(iso.group(6));
        }
        String zone = iso.group(7);
        if (zone != null) {
            if (zone.equals("Z")) {
                out.append('Z');
            } else {
                String digits = zone.substring(1).replace(":", "");
                out.append(zone.charAt(0)).append(digits, 0, 2).append(':')
                        .append(digits.length() >= 4 ? digits.substring(2, 4) : "00");
            }
        }
        return out.toString();
    }

    /** A clock time written out next to a date ("12:02 AM", "3:04 p.m."), as {@code Thh:mm}, or nothing. */
    private static String spokenClock(String text) {
        Matcher clock = CLOCK.matcher(text);
        while (clock.find()) {
            int hour = Integer.parseInt(clock.group(1));
            int minute = Integer.parseInt(clock.group(2));
            String half = clock.group(4);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    continue;
                }
                hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
            } else if (!text.contains(":") || hour > 23) {
                continue;
            }
            if (minute > 59) {
                continue;
            }
            return String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
        }
        return "";
    }

    private static String month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        int index = MONTHS.indexOf(key);
        return Integer.toString(index + 1);
    }

    private static Optional<String> date(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return Optional.of(date.toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
