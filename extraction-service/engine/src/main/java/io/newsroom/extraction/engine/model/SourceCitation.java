package io.newsroom.extraction.engine.model;

import java.util.List;

/** An outlet or agency the article cites as its source ("per Reuters", "CNN reported"). */
public record SourceCitation(String name, String entityId, List<Mention> mentions) {
}
