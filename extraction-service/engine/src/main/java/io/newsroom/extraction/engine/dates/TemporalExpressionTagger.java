package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.DurationMention;
import io.newsroom.extraction.engine.model.Sentence;
import io.newsroom.extraction.engine.normalize.PublicationDateParser;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dates, times, sets and durations and gives each its TimeML value, relative ones resolved against the
 * publication date. Points and ranges on the calendar (and repeated ones: "every Monday") go to {@code dates},
 * lengths of time to {@code durations}. With no trustworthy publication date a relative date keeps its text and
 * has no value.
 */
public final class TemporalExpressionTagger {

    /** How far into the text a dateline may reach when no publication date was given. */
    private static final int DATELINE_REACH = 200;

    private final TimexMatcher english = new TimexMatcher(TimexRules.english());
    private final Map<String, TimexMatcher> byLanguage;

    public TemporalExpressionTagger() {
        Map<String, TimexMatcher> matchers = new HashMap<>();
        for (String language : CalendarWords.languages()) {
            matchers.put(language, new TimexMatcher(TimexRules.of(language)));
        }
        byLanguage = Map.copyOf(matchers);
    }

    /** The matcher for the text's language (set by the language identifier): English unless its words are known. */
    private TimexMatcher matcherFor(String language) {
        String code = language == null || language.length() < 2 ? "" : language.substring(0, 2).toLowerCase(Locale.ROOT);
        return byLanguage.getOrDefault(code, english);
    }

    /**
     * The dates and durations of the text, in the language of {@code metadata}; relative ones resolved against
     * {@code requestPublished} (the date the request gives), else the page's date, else its dateline.
     */
    public TemporalExpressions tag(TokenizedText article, ArticleMetadata metadata, String requestPublished) {
        String text = article.text();
        TimexMatcher recognizer = matcherFor(metadata.language());
        RelativeDateResolver resolver = new RelativeDateResolver(anchorOf(article, metadata, requestPublished, recognizer));
        List<DateMention> dates = new ArrayList<>();
        List<DurationMention> durations = new ArrayList<>();
        for (Timex timex : recognizer.recognize(text, resolver)) {
            String surface = text.substring(timex.start(), timex.end());
            if (timex.type().equals("DURATION")) {
                durations.add(new DurationMention(surface, timex.value(), timex.start(), timex.end()));
            } else {
                dates.add(new DateMention(surface, resolvedValue(timex, resolver), timex.type(),
                        timex.start(), timex.end()));
            }
        }
        return new TemporalExpressions(dates, durations);
    }

    /** The request's publication date, else the page's, else a dateline at the top of the text; each only if plausible. */
    private static LocalDate anchorOf(TokenizedText article, ArticleMetadata metadata, String requestPublished,
                                      TimexMatcher recognizer) {
        LocalDate anchor = trusted(requestPublished);
        if (anchor == null) {
            anchor = trusted(metadata.published());
        }
        return anchor != null ? anchor : datelineOf(article.text(), article.sentences(), recognizer);
    }

    private static LocalDate trusted(String published) {
        return RelativeDateResolver.parseAnchor(PublicationDateParser.parse(published).orElse(null));
    }

    /** A date that needed the anchor and had none has no value; a set ("every Monday") needs no anchor. */
    private static String resolvedValue(Timex timex, RelativeDateResolver resolver) {
        boolean unresolved = !resolver.anchored() && !timex.type().equals("SET") && timex.value().contains("X");
        return unresolved ? null : timex.value();
    }

    /**
     * A full calendar date in the text's first line ("RIVERTON, May 20, 2025 - ..."), or in its first sentence when the
     * sentences are known, taken as the article's own dateline; a date further down is news, not the dateline.
     */
    private static LocalDate datelineOf(String text, List<Sentence> sentences, TimexMatcher recognizer) {
        int end = Math.min(text.length(), DATELINE_REACH);
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            end = Math.min(end, newline);
        }
        if (!sentences.isEmpty()) {
            end = Math.min(end, sentences.get(0).end());
        }
        for (Timex timex : recognizer.recognize(text.substring(0, end), new RelativeDateResolver(null))) {
            LocalDate date = trusted(timex.value());
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
