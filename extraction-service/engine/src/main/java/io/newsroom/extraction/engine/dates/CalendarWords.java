package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.text.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The calendar words of one language other than English, by kind ({@code calendar-words.txt} says which kinds). */
final class CalendarWords {

    private static final String RESOURCE = "calendar-words.txt";
    private static final Map<String, CalendarWords> BY_LANGUAGE = load();

    final String language;
    private final Map<String, Map<String, String>> byKind = new HashMap<>();

    private CalendarWords(String language) {
        this.language = language;
    }

    private static Map<String, CalendarWords> load() {
        Map<String, CalendarWords> languages = new HashMap<>();
        for (String entry : Lexicon.lines(CalendarWords.class, RESOURCE)) {
            String[] fields = entry.split("\\s+");
            if (fields.length != 4) {
                throw new IllegalStateException(RESOURCE + ": not \"language kind word value\": " + entry);
            }
            languages.computeIfAbsent(fields[0], CalendarWords::new).byKind
                    .computeIfAbsent(fields[1], k -> new HashMap<>())
                    .put(fields[2].replace('_', ' ').toLowerCase(Locale.ROOT), fields[3]);
        }
        return Map.copyOf(languages);
    }

    /** The words of a language, or null when the lexicon has none for it. */
    static CalendarWords of(String language) {
        return BY_LANGUAGE.get(language);
    }

    static Set<String> languages() {
        return BY_LANGUAGE.keySet();
    }

    /** The value of a word (lower case, single spaces) of the kind, or null when it is not one. */
    String value(String kind, String word) {
        return word == null ? null : byKind.getOrDefault(kind, Map.of()).get(word);
    }

    int number(String kind, String word) {
        return Integer.parseInt(value(kind, word));
    }

    boolean has(String kind, String word) {
        return value(kind, word) != null;
    }

    /** A regular-expression alternation of the kind's words, longest first, spaces matching any white space. */
    String alternation(String kind) {
        List<String> words = new ArrayList<>(byKind.getOrDefault(kind, Map.of()).keySet());
        if (words.isEmpty()) {
            return "(?!)";
        }
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            List<String> parts = new ArrayList<>();
            for (String part : word.split(" ")) {
                parts.add(Pattern.quote(part));
            }
            quoted.add(String.join("\\s+", parts));
        }
        return String.join("|", quoted);
    }

    /** The first words of the kinds' entries, space-separated: where a rule made of them can start. */
    String starters(String... kinds) {
        Set<String> starters = new LinkedHashSet<>();
        for (String kind : kinds) {
            for (String word : byKind.getOrDefault(kind, Map.of()).keySet()) {
                int end = 0;
                while (end < word.length() && Character.isLetterOrDigit(word.charAt(end))) {
                    end++;
                }
                if (end > 0) {
                    starters.add(word.substring(0, end));
                }
            }
        }
        return String.join(" ", starters);
    }
}
