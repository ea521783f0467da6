package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.EntityType;

/**
 * A run of words recognised as a name, with the evidence behind its type: 4 = what the document itself settles
 * (a team in a results table, the surname of a full name), 3 = a known name or an unambiguous pattern,
 * 2 = a contextual cue, 1 = a guess, 0 = not typed yet. Mutable while the document is read.
 */
final class NameSpan {

    static final int DECISIVE = 4;
    static final int KNOWN = 3;
    static final int CUED = 2;
    static final int GUESSED = 1;

    final int from;
    final int to;
    final String key;
    EntityType type;
    int strength;
    String canonical;

    NameSpan(int from, int to, String key, EntityType type, int strength, String canonical) {
        this.from = from;
        this.to = to;
        this.key = key;
        this.type = type;
        this.strength = strength;
        this.canonical = canonical;
    }

    int length() {
        return to - from;
    }
}
