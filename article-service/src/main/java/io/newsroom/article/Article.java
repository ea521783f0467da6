package io.newsroom.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A submitted news article, its processing status and its latest extraction. */
@Entity
@Table(name = "articles")
public class Article extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** Fingerprint of the submission request, compared when an Idempotency-Key is reused. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public String content;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "source_url")
    public String sourceUrl;

    /** The publication date the partner gave. */
    @Column(name = "published_at")
    public Instant publishedAt;

    /** The publication date the engine found in the document (its latest extraction's metadata.published). */
    @Column(name = "found_published_at")
    public Instant foundPublishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;

    /** 1 for the submission, incremented by each reprocess request. */
    @Column(nullable = false)
    public int attempt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String extraction;

    /** SHA-256 of the stored extraction document's text (ContentDigest.ofExtraction). */
    @Column(name = "extraction_hash")
    public String extractionHash;

    @Column(name = "extractor_version")
    public String extractorVersion;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "extracted_at")
    public Instant extractedAt;

    /** The near-duplicate story the article belongs to, set by StoryService once extracted; written by it alone. */
    @Column(name = "story_id", insertable = false, updatable = false)
    public UUID storyId;
}
