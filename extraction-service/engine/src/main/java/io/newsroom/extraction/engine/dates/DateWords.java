package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.text.Lexicon;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The English word lists of the dates stage, read by kind from lexicon files of "kind | words" lines beside this class. */
final class DateWords {

    private static final Map<String, Map<String, List<String>>> FILES = new HashMap<>();

    private DateWords() {
    }

    /** The words of one kind in a lexicon file ({@code tense-cues.txt}); a kind the file lacks is an error. */
    static Set<String> of(String file, String kind) {
        // a HashSet compares cached hash codes before contents, which the immutable sets' probing does not
        return Collections.unmodifiableSet(new HashSet<>(list(file, kind)));
    }

    /** The words of one kind in the order of the file, where the order is their value (months, numbers). */
    static synchronized List<String> list(String file, String kind) {
        List<String> words = FILES.computeIfAbsent(file, DateWords::load).get(kind);
        if (words == null) {
            throw new IllegalStateException(file + ": no words of kind " + kind);
        }
        return words;
    }

    private static Map<String, List<String>> load(String file) {
        Map<String, Set<String>> kinds = new LinkedHashMap<>();
        for (List<String> record : Lexicon.records(DateWords.class, file)) {
            if (record.size() != 2) {
                throw new IllegalStateException(file + ": not \"kind | words\": " + record);
            }
            Set<String> words = kinds.computeIfAbsent(record.get(0), k -> new LinkedHashSet<>());
            for (String word : record.get(1).split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        kinds.forEach((kind, words) -> lists.put(kind, List.copyOf(words)));
        return lists;
    }
}
