package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;

import java.time.LocalDate;

/** Finds dates, times, durations and sets and gives each its TimeML value, relative ones resolved against the publication date. */
public final class TemporalExpressionTagger implements Stage {

    /** How far into the text a dateline may stand when no publication date was given. */
    private static final int DATELINE_REACH = 600;

    private final TimexMatcher recognizer = new TimexMatcher(TimexRules.english());

    @Override
    public void apply(ArticleAnalysis analysis) {
        LocalDate anchor = RelativeDateResolver.parseAnchor(analysis.metadata.published());
        if (anchor == null) {
            anchor = RelativeDateResolver.parseAnchor(analysis.request().published());
        }
        if (anchor == null) {
            anchor = datelineOf(analysis.text);
        }
        analysis.dates.addAll(recognizer.mentions(analysis.text, new RelativeDateResolver(anchor)));
    }

    /** The first full calendar date near the top of the text, taken as the article's own dateline. */
    private LocalDate datelineOf(String text) {
        String head = text.substring(0, Math.min(text.length(), DATELINE_REACH));
        for (Timex timex : recognizer.recognize(head, new RelativeDateResolver(null))) {
            LocalDate date = RelativeDateResolver.parseAnchor(timex.value());
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
