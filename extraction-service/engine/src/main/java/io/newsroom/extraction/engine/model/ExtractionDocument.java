package io.newsroom.extraction.engine.model;

import java.util.List;

/** The engine's answer for one article: the extraction document of docs/design.md. */
public record ExtractionDocument(String document, String extractorVersion, ArticleMetadata metadata, String text,
                                 List<String> boilerplate, List<Entity> entities, List<Quote> quotes,
                                 List<SourceCitation> sources, List<DateMention> dates, List<DurationMention> durations,
                                 List<Quantity> quantities, List<String> keywords, List<String> summary,
                                 List<String> stagesSkipped, List<StageWarning> warnings) {
}
