package io.newsroom.extraction.engine.text;

import java.util.Set;

/**
 * A fixed set of words that answers whether a slice of a text is one of them without building a string: an open
 * hash table of the words keyed by a hash of their characters.
 */
public final class CharSliceSet {

    private final String[] table;
    private final int mask;
    private final Set<String> words;

    public CharSliceSet(Set<String> words) {
        this.words = Set.copyOf(words);
        int size = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
        table = new String[size];
        mask = size - 1;
        for (String word : this.words) {
            int slot = hash(word, 0, word.length()) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = word;
        }
    }

    public boolean contains(CharSequence text, int start, int end) {
        int length = end - start;
        for (int slot = hash(text, start, end) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String word = table[slot];
            if (word.length() == length && regionEquals(word, text, start)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> words() {
        return words;
    }

    private static boolean regionEquals(String word, CharSequence text, int start) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
