package io.newsroom.extraction.engine.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word phrases keyed by their words' keys joined with single spaces. Every proper prefix is indexed too, so the
 * longest phrase starting at a word is found in one left-to-right walk that stops as soon as no phrase continues.
 */
final class PhraseIndex<V> {

    private final Map<String, V> phrases = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    void putIfAbsent(String key, V value) {
        phrases.putIfAbsent(key, value);
        for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
            prefixes.add(key.substring(0, space));
        }
    }

    V get(String key) {
        return phrases.get(key);
    }

    /** The number of words of the longest phrase that starts at {@code from} and ends before {@code to}, or 0. */
    int longestAt(Word[] words, int from, int to) {
        int longest = 0;
        String key = words[from].key();
        StringBuilder joined = null;
        for (int end = from + 1; ; end++) {
            if (phrases.containsKey(key)) {
                longest = end - from;
            }
            if (end >= to || !prefixes.contains(key)) {
                return longest;
            }
            if (joined == null) {
                joined = new StringBuilder(key);
            }
            joined.append(' ').append(words[end].key());
            key = joined.toString();
        }
    }
}
