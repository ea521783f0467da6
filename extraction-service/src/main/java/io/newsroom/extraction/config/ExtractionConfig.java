package io.newsroom.extraction.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits of the extraction-service ({@code newsroom.extraction.*} in application.properties). */
@ConfigMapping(prefix = "newsroom.extraction")
public interface ExtractionConfig {

    /** Largest article accepted, in UTF-8 bytes of its content (REST answers 413, events go to the failed topic). */
    @WithDefault("2097152")
    int maxContentBytes();

    /** How many times a failing extraction is tried before the article goes to the failed topic. */
    @WithDefault("3")
    int maxAttempts();

    /** Pause between two attempts of a failing extraction. */
    @WithDefault("200ms")
    Duration retryDelay();

    /** How many recent event ids are remembered to skip redelivered duplicates. */
    @WithDefault("10000")
    int recentEvents();

    /** How much of an unreadable payload the failed event keeps, in characters. */
    @WithDefault("2048")
    int poisonPreviewChars();
}
