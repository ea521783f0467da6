package io.newsroom.article.repository;

import java.time.Instant;
import java.util.UUID;

/** An extraction document to store on its article: its text as received, its hash and when it was stored. */
public record NewExtraction(UUID articleId, String json, String hash, String extractorVersion, Instant at) {
}
