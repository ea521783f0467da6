package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.List;

/** Finds people, organisations and places, one entity per real-world thing with every alias merged. */
public final class EntityRecognizer {

    private final EntityLexicon lexicon = EntityLexicon.standard();

    /** The entities named in the text, with ids {@code e1}, {@code e2}, ... in order of first mention. */
    public List<Entity> recognize(TokenizedText text) {
        MentionFinder finder = new MentionFinder(lexicon, text.tokens());
        List<NameSpan> spans = finder.find();
        return new EntityMerger(text.text(), finder.words(), lexicon).merge(spans);
    }
}
