package io.newsroom.extraction.engine.dates;

import java.util.Locale;
import java.util.Set;

/**
 * Dates of German, French and Spanish news, read with the language's calendar words: "3. März 2025", "le 3 mars",
 * "3 de marzo de 2025", "am vergangenen Dienstag", "le mois dernier", "hace tres años", "03.03.2025".
 */
final class LocalizedDateReader {

    /** How far back a future cue ("wird", "va", "será") may stand in the clause of a date. */
    private static final int CUE_REACH = 80;
    /** Before these, "mañana" is the morning, not tomorrow ("esta mañana", "por la mañana"). */
    private static final Set<String> BEFORE_MORNING = Set.of("la", "esta", "una", "cada", "por", "de", "toda");

    private final CalendarWords words;
    /** Whether "last" and "next" may follow their noun, as in French and Spanish ("mardi dernier", "el mes pasado"). */
    private final boolean shiftAfterNoun;

    LocalizedDateReader(CalendarWords words) {
        this.words = words;
        this.shiftAfterNoun = !words.language.equals("de");
    }

    private boolean capitalizedNouns() {
        return words.language.equals("de");
    }

    Timex dayMonth(TimexMatch match) {
        int month = words.number("month", match.group("month"));
        int day = Integer.parseInt(match.m.group("day"));
        if (day < 1 || day > 31 || capitalizedNouns() && !TimexMatch.capitalized(match.text, match.m.start("month"))) {
            return null;
        }
        int year = match.has("year") ? Integer.parseInt(match.m.group("year"))
                : match.resolver.yearOf(month, day, tense(match));
        String value = year < 0 ? String.format("XXXX-%02d-%02d", month, day)
                : RelativeDateResolver.calendarDay(year, month, day);
        return value == null ? null : match.timex(value, "DATE");
    }

    /** "März 2025", "mars 2025", "marzo de 2025"; a month alone only after a word that introduces one ("im März"). */
    Timex month(TimexMatch match) {
        int month = words.number("month", match.group("month"));
        if (capitalizedNouns() && !TimexMatch.capitalized(match.text, match.m.start("month"))) {
            return null;
        }
        if (match.has("year")) {
            return match.timex(RelativeDateResolver.month(Integer.parseInt(match.m.group("year")), month), "DATE");
        }
        if (!words.has("monthcue", match.previousWord()) || match.group("month").length() < 4) {
            return null;
        }
        int year = match.resolver.yearOf(month, 0, tense(match));
        return match.timex(year < 0 ? String.format("XXXX-%02d", month) : RelativeDateResolver.month(year, month), "DATE");
    }

    /** "Dienstag", "am vergangenen Dienstag", "mardi dernier", "el próximo martes". */
    Timex weekday(TimexMatch match) {
        if (capitalizedNouns() && !TimexMatch.capitalized(match.text, match.m.start("wd"))) {
            return null;
        }
        Integer shift = shift(match);
        if (shift == null) {
            return null;
        }
        int day = words.number("weekday", match.group("wd"));
        RelativeDateResolver r = match.resolver;
        String value = shift < 0 ? r.weekdayStrict(day, false) : shift > 0 ? r.weekdayStrict(day, true)
                : r.weekday(day, tense(match));
        int start = match.has("art") && !match.has("rel") && !match.has("rel2") ? match.m.start("wd") : match.m.start();
        if (match.has("part")) {
            return new Timex(value + "T" + words.value("part", match.group("part")), "TIME", start, match.m.end());
        }
        return new Timex(value, "DATE", start, match.m.end());
    }

    /** "gestern", "demain", "ayer por la tarde", "heute Abend". */
    Timex day(TimexMatch match) {
        String word = match.group("rd");
        if (words.has("part", word) && (Character.isUpperCase(match.text.charAt(match.m.start()))
                && capitalizedNouns() || BEFORE_MORNING.contains(match.previousWord()))) {
            return null;
        }
        String value = match.resolver.relativeDay(words.number("day", word));
        if (match.has("part")) {
            return match.timex(value + "T" + words.value("part", match.group("part")), "TIME");
        }
        return match.timex(value, "DATE");
    }

    /** "ce matin", "cette nuit", "esta noche": a part of today. */
    Timex partOfToday(TimexMatch match) {
        if (!"0".equals(words.value("shift", match.group("rel")))) {
            return null;
        }
        return match.timex(match.resolver.relativeDay(0) + "T" + words.value("part", match.group("part")), "TIME");
    }

    /** "letzte Woche", "im vergangenen Jahr", "le mois dernier", "cette année", "la semana pasada". */
    Timex unit(TimexMatch match) {
        Integer shift = shift(match);
        if (shift == null || !match.has("rel") && !match.has("rel2")) {
            return null;
        }
        RelativeDateResolver r = match.resolver;
        String value = switch (words.value("unit", match.group("unit"))) {
            case "Y" -> r.year(shift);
            case "M" -> r.relativeMonth(shift);
            case "W" -> r.relativeWeek(shift);
            case "E" -> shift < 0 ? r.weekend(-1) : shift > 0 ? r.weekend(Tense.FUTURE) : r.weekend(tense(match));
            default -> null;
        };
        return value == null ? null : match.timex(value, "DATE");
    }

    /** "vor drei Jahren", "il y a deux semaines", "hace un mes": that many units before publication. */
    Timex ago(TimexMatch match) {
        int amount = amount(match);
        String unit = words.value("unit", match.group("unit"));
        if (amount <= 0 || unit.equals("E") || unit.equals("H")) {
            return null;
        }
        return match.timex(match.resolver.shifted(unit.charAt(0), -amount), "DATE");
    }

    /** "drei Jahre", "deux semaines", "tres horas": a length of time. */
    Timex duration(TimexMatch match) {
        int amount = amount(match);
        String unit = words.value("unit", match.group("unit"));
        if (amount <= 0 || unit.equals("E")) {
            return null;
        }
        return match.timex("P" + (unit.equals("H") ? "T" : "") + amount + unit, "DURATION");
    }

    /** "03.03.2025" and "3/3/2025": day first, as German, French and Spanish write them. */
    Timex numericDate(TimexMatch match) {
        String value = RelativeDateResolver.calendarDay(Integer.parseInt(match.m.group("year")),
                Integer.parseInt(match.m.group("month")), Integer.parseInt(match.m.group("day")));
        return value == null ? null : match.timex(value, "DATE");
    }

    /** "seit 2020", "en 2025", "desde 2019": a four-digit year after a word that introduces one. */
    Timex year(TimexMatch match) {
        return words.has("yearcue", match.previousWord()) ? match.timex(match.m.group("year"), "DATE") : null;
    }

    /** The shift words of the match as -1, 0 or 1 (0 without any), or null when two contradict each other. */
    private Integer shift(TimexMatch match) {
        String before = match.has("rel") ? words.value("shift", match.group("rel")) : null;
        String after = match.has("rel2") ? words.value("shift", match.group("rel2")) : null;
        if (after != null && !shiftAfterNoun || before != null && after != null && !before.equals(after)) {
            return null;
        }
        String shift = before != null ? before : after;
        return shift == null ? 0 : Integer.parseInt(shift);
    }

    private int amount(TimexMatch match) {
        String number = match.group("num");
        if (Character.isDigit(number.charAt(0))) {
            return number.length() > 4 ? -1 : Integer.parseInt(number);
        }
        return words.number("number", number);
    }

    /** The future when a future cue stands earlier in the clause; else unknown, and news mostly looks back. */
    private Tense tense(TimexMatch match) {
        int start = match.m.start();
        int from = Math.max(0, start - CUE_REACH);
        for (int i = start - 1; i >= from; i--) {
            char c = match.text.charAt(i);
            if (c == '.' || c == '\n' || c == ';' || c == '!' || c == '?') {
                from = i + 1;
                break;
            }
        }
        for (String word : match.text.substring(from, start).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.has("future", word)) {
                return Tense.FUTURE;
            }
        }
        return Tense.UNKNOWN;
    }
}
