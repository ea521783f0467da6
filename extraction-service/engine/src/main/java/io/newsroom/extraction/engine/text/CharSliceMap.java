package io.newsroom.extraction.engine.text;

import java.util.Arrays;
import java.util.Map;

/**
 * A fixed map from words to values that is read with a slice of a text, so that a look-up builds no string: an
 * open hash table keyed by a hash of the characters. {@link #getLowerCase} reads the slice as if lower-cased, for
 * maps whose keys are lower case.
 */
public final class CharSliceMap<V> {

    private final String[] keys;
    private final Object[] values;
    private final int mask;
    /** Bit n set when some key is n chars long (n < 64), bit 63 for all longer keys: most words are ruled out here. */
    private long lengths;
    /** Bit c set when some key starts with the ASCII char c; the first chars beyond ASCII in {@link #otherFirst}. */
    private final long[] asciiFirst = new long[2];
    /** The first chars of keys beyond ASCII, sorted ("Č" of "ČTK"). */
    private final char[] otherFirst;
    private boolean emptyKey;

    public CharSliceMap(Map<String, V> map) {
        int size = Integer.highestOneBit(Math.max(4, map.size() * 2 - 1)) << 1;
        keys = new String[size];
        values = new Object[size];
        mask = size - 1;
        StringBuilder others = new StringBuilder();
        for (Map.Entry<String, V> entry : map.entrySet()) {
            String key = entry.getKey();
            int slot = hash(key, 0, key.length(), false) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = entry.getValue();
            lengths |= 1L << Math.min(key.length(), 63);
            if (key.isEmpty()) {
                emptyKey = true;
            } else if (key.charAt(0) >= 0x80) {
                others.append(key.charAt(0));
            } else {
                asciiFirst[key.charAt(0) >> 6] |= 1L << key.charAt(0);
            }
        }
        otherFirst = others.toString().toCharArray();
        Arrays.sort(otherFirst);
    }

    /** Whether some key starts with {@code c}: false rules out every word that does, before its end is looked for. */
    public boolean mayStartWith(char c) {
        return emptyKey || startsSomeKey(c);
    }

    private boolean startsSomeKey(char c) {
        return c < 0x80 ? (asciiFirst[c >> 6] & 1L << c) != 0 : otherFirst.length > 0 && Arrays.binarySearch(otherFirst, c) >= 0;
    }

    /** The value of the word {@code text[start, end)}, or null. */
    public V get(CharSequence text, int start, int end) {
        return find(text, start, end, false);
    }

    /** The value of the word {@code text[start, end)} in lower case, or null. */
    public V getLowerCase(CharSequence text, int start, int end) {
        return find(text, start, end, true);
    }

    @SuppressWarnings("unchecked")
    private V find(CharSequence text, int start, int end, boolean lower) {
        int length = end - start;
        if ((lengths & 1L << Math.min(length, 63)) == 0) {
            return null;
        }
        if (length > 0 && !startsSomeKey(lower ? lowerCase(text.charAt(start)) : text.charAt(start))) {
            return null;
        }
        for (int slot = hash(text, start, end, lower) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key.length() == length && regionEquals(key, text, start, lower)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    private static boolean regionEquals(String key, CharSequence text, int start, boolean lower) {
        for (int i = 0; i < key.length(); i++) {
            char c = text.charAt(start + i);
            if (key.charAt(i) != (lower ? lowerCase(c) : c)) {
                return false;
            }
        }
        return true;
    }

    private static char lowerCase(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static int hash(CharSequence text, int start, int end, boolean lower) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            h = 31 * h + (lower ? lowerCase(c) : c);
        }
        return h ^ (h >>> 16);
    }
}
