package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;
import io.newsroom.extraction.engine.text.Token;

import java.util.List;

/** Finds people, organisations and places, one entity per real-world thing with every alias merged. */
public final class EntityRecognizer implements Stage {

    private final EntityLexicon lexicon = EntityLexicon.standard();

    @Override
    public void apply(ArticleAnalysis analysis) {
        List<Token> words = analysis.tokens;
        MentionFinder finder = new MentionFinder(lexicon, words);
        List<NameSpan> spans = finder.find();
        new EntityMerger(analysis.text, finder.words(), lexicon).merge(spans, analysis);
    }
}
