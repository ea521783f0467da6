package io.newsroom.article.repository;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ArticleCursorTest {

    @Test
    void roundTripsAtMicrosecondPrecision() {
        ArticleCursor cursor = new ArticleCursor(Instant.parse("2025-05-20T00:02:03.123456Z"), UUID.randomUUID());
        assertEquals(Optional.of(cursor), ArticleCursor.decode(cursor.encode()));
    }

    @Test
    void rejectsForeignTokens() {
        assertFalse(ArticleCursor.decode("not base64 !").isPresent());
        assertFalse(ArticleCursor.decode("djE6MTIzOm5vdC1hLXV1aWQ").isPresent());
        assertFalse(ArticleCursor.decode("").isPresent());
    }
}
