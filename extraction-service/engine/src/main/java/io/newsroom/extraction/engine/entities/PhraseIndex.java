package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.text.Token;
import java.util.HashMap;
import java.util.Map;

/**
 * Multi-word phrases keyed by their words' keys joined with single spaces. Every proper prefix is indexed too, so the
 * longest phrase starting at a word is found in one left-to-right walk that stops as soon as no phrase continues.
 */
final class PhraseIndex<V> {

    /** A phrase's value (null for a prefix only) and whether a longer phrase continues it. */
    private static final class Node<V> {
        V value;
        boolean prefix;
    }

    private final Map<String, Node<V>> nodes = new HashMap<>();

    void putIfAbsent(String key, V value) {
        Node<V> node = nodes.computeIfAbsent(key, k -> new Node<>());
        if (node.value == null) {
            node.value = value;
        }
        for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
            nodes.computeIfAbsent(key.substring(0, space), k -> new Node<>()).prefix = true;
        }
    }

    V get(String key) {
        Node<V> node = nodes.get(key);
        return node == null ? null : node.value;
    }

    /** The number of words of the longest phrase that starts at {@code from} and ends before {@code to}, or 0. */
    int longestAt(Token[] words, int from, int to) {
        int longest = 0;
        String key = words[from].key();
        StringBuilder joined = null;
        for (int end = from + 1; ; end++) {
            Node<V> node = nodes.get(key);
            if (node == null) {
                return longest;
            }
            if (node.value != null) {
                longest = end - from;
            }
            if (end >= to || !node.prefix) {
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
