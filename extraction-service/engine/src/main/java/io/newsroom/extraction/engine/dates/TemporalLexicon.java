package io.newsroom.extraction.engine.dates;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Month, weekday, number and unit words of English news, with the regular-expression fragments built from them. */
final class TemporalLexicon {

    private static final String WORDS = "english-calendar-words.txt";

    static final List<String> MONTHS = DateWords.list(WORDS, "month");
    static final List<String> WEEKDAYS = DateWords.list(WORDS, "weekday");
    private static final List<String> UNITS_1_19 = DateWords.list(WORDS, "number");
    private static final List<String> TENS = DateWords.list(WORDS, "tens");
    static final List<String> MONTH_ABBREVIATIONS = DateWords.list(WORDS, "month-abbreviation");
    static final List<String> UNITS = DateWords.list(WORDS, "unit");
    static final List<String> ORDINALS = DateWords.list(WORDS, "ordinal");
    static final List<String> DECADE_WORDS = DateWords.list(WORDS, "decade");
    /** Quantities that stand for an unspecified number: their durations get an X ({@code PXY}). */
    static final List<String> VAGUE_NUMBERS = List.of("a few", "several", "few", "many",
            "some", "a number of");

    /** Lower-case number words to their value; "a"/"an" mean one. */
    static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();
    static final String MONTH_RE;
    static final String WEEKDAY_RE = String.join("|", WEEKDAYS);
    static final String NUMBER_RE;
    static final String UNIT_RE = "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?"
            + "|decades?|century|centuries";

    static {
        for (int i = 0; i < UNITS_1_19.size(); i++) {
            NUMBER_WORDS.put(UNITS_1_19.get(i), i + 1);
        }
        for (int t = 0; t < TENS.size(); t++) {
            int tens = (t + 2) * 10;
            NUMBER_WORDS.put(TENS.get(t), tens);
            for (int u = 0; u < 9; u++) {
                NUMBER_WORDS.put(TENS.get(t) + "-" + UNITS_1_19.get(u), tens + u + 1);
                NUMBER_WORDS.put(TENS.get(t) + " " + UNITS_1_19.get(u), tens + u + 1);
            }
        }
        NUMBER_WORDS.put("a", 1);
        NUMBER_WORDS.put("an", 1);
        NUMBER_WORDS.put("a hundred", 100);
        NUMBER_WORDS.put("a number of", -1);
        NUMBER_WORDS.put("one hundred", 100);
        NUMBER_WORDS.put("hundreds of", -1);
        NUMBER_WORDS.put("dozens of", -1);
        NUMBER_WORDS.put("a dozen", 12);
        NUMBER_WORDS.put("a couple of", 2);
        NUMBER_WORDS.put("couple of", 2);
        NUMBER_WORDS.put("half a", -2);
        NUMBER_WORDS.put("half an", -2);
        StringBuilder months = new StringBuilder();
        for (String month : MONTHS) {
            months.append(month).append('|');
        }
        months.append("jan\\.?|feb\\.?|mar\\.|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept\\.?|sep\\.|oct\\.?|nov\\.?|dec\\.?");
        MONTH_RE = months.toString();
        String units = String.join("|", UNITS_1_19.subList(0, 9));
        NUMBER_RE = "\\d+(?:\\.\\d+)?|(?:" + String.join("|", TENS) + ")(?:[-\\s](?:" + units + "))?"
                + "|(?:" + String.join("|", UNITS_1_19.reversed()) + ")(?:\\s+hundred)?"
                + "|a\\s+(?:few|couple\\s+of|dozen|hundred|number\\s+of)|an?|couple\\s+of|several|few|many|some"
                + "|half\\s+an?|hundreds\\s+of|dozens\\s+of";
    }

    private TemporalLexicon() {
    }

    /** 1-12 for a month name or abbreviation ("Sept."), else 0. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(w) && w.length() >= 3) {
                return i + 1;
            }
        }
        return 0;
    }

    /** 1 (Monday) to 7 (Sunday), else 0. */
    static int weekday(String word) {
        int index = WEEKDAYS.indexOf(word.toLowerCase(Locale.ROOT));
        return index + 1;
    }

    /** The number a quantity stands for, or -1 when it is vague ("several", "a few"). */
    static int number(String quantity) {
        String q = quantity.toLowerCase(Locale.ROOT);
        if (!q.isEmpty() && Character.isDigit(q.charAt(0))) {
            int dot = q.indexOf('.');
            return dot >= 0 ? -1 : Integer.parseInt(q.length() > 6 ? "-1" : q);
        }
        Integer value = NUMBER_WORDS.get(q);
        return value == null ? -1 : value;
    }

    static int ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int index = ORDINALS.indexOf(w);
        if (index >= 0) {
            return index + 1;
        }
        return switch (w) {
            case "1st" -> 1;
            case "2nd" -> 2;
            case "3rd" -> 3;
            case "4th" -> 4;
            default -> 0;
        };
    }

    /** The TimeML part of a day ({@code TMO}, {@code TAF}, {@code TEV}, {@code TNI}) for "morning" ... "night". */
    static String partOfDay(String part) {
        return switch (part) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    /** The year of a spelled "nineteen ninety-seven". */
    static int spelledYear(String words) {
        String[] parts = words.toLowerCase(Locale.ROOT).split("[-\\s]+");
        return 1900 + number(parts[1]) + (parts.length > 2 ? number(parts[2]) : 0);
    }
}
