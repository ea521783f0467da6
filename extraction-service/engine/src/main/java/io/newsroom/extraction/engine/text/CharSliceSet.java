package io.newsroom.extraction.engine.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A fixed set of words that answers whether a slice of a text is one of them without building a string. */
public final class CharSliceSet {

    private final CharSliceMap<Boolean> words;

    public CharSliceSet(Set<String> words) {
        Map<String, Boolean> map = new HashMap<>();
        for (String word : words) {
            map.put(word, Boolean.TRUE);
        }
        this.words = new CharSliceMap<>(map);
    }

    public boolean contains(CharSequence text, int start, int end) {
        return words.get(text, start, end) != null;
    }
}
