package io.newsroom.article.repository;

import java.time.Instant;
import java.util.UUID;

/**
 * An extraction document to store on its article: its text as received, its hash, the publication date it found
 * (null when none) and when it was stored.
 */
public record NewExtraction(UUID articleId, String json, String hash, String extractorVersion, Instant foundPublishedAt,
                            Instant at) {
}
