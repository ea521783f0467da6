package io.newsroom.article.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorVersionTest {

    @Test
    void comparesNumericallyNotAlphabetically() {
        assertTrue(ExtractorVersion.parse("1.9.0").isOlderThan(ExtractorVersion.parse("1.10.0")));
        assertFalse(ExtractorVersion.parse("2.0").isOlderThan(ExtractorVersion.parse("1.99.99")));
    }

    @Test
    void missingPartsCountAsZero() {
        assertEquals(0, ExtractorVersion.parse("1.2").compareTo(ExtractorVersion.parse("1.2.0")));
    }

    @Test
    void preReleaseIsOlderThanItsRelease() {
        assertTrue(ExtractorVersion.parse("1.0.0-rc1").isOlderThan(ExtractorVersion.parse("1.0.0")));
        assertTrue(ExtractorVersion.parse("1.0.0-rc1").isOlderThan(ExtractorVersion.parse("1.0.0-rc2")));
        assertTrue(ExtractorVersion.parse("0.9.0").isOlderThan(ExtractorVersion.parse("1.0.0-SNAPSHOT")));
    }
}
