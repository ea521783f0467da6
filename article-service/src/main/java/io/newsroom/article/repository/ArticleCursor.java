package io.newsroom.article.repository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Position after the last article of a page (submission time, id), opaque to clients. */
public record ArticleCursor(Instant submittedAt, UUID id) {

    private static final String VERSION = "v1";

    public String encode() {
        long micros = Math.addExact(Math.multiplyExact(submittedAt.getEpochSecond(), 1_000_000L), submittedAt.getNano() / 1_000);
        String plain = VERSION + ":" + micros + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<ArticleCursor> decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            long micros = Long.parseLong(parts[1]);
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
            return Optional.of(new ArticleCursor(at, UUID.fromString(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
