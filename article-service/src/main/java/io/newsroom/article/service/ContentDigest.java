package io.newsroom.article.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of article content, of whole submission requests and of extraction documents. */
public final class ContentDigest {

    private ContentDigest() {
    }

    public static String of(String content) {
        return sha256(content);
    }

    /** The same extractor writes the same document with the same characters, so equal text means the same document. */
    public static String ofExtraction(String extractionJson) {
        return sha256(extractionJson);
    }

    public static String ofSubmission(ArticleSubmission submission) {
        // unit separators keep ("ab","c") and ("a","bc") apart
        String canonical = String.join("\u001f", submission.contentType().mediaType(), submission.content(),
                String.valueOf(submission.externalId()), String.valueOf(submission.sourceUrl()),
                String.valueOf(submission.publishedAt()));
        return sha256(canonical);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
