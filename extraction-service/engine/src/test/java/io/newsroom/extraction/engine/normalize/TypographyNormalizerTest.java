package io.newsroom.extraction.engine.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypographyNormalizerTest {

    @Test
    void unifiesLineEndsSpacesAndDropsInvisibleCharacters() {
        assertEquals("one two\nthree\nfour five",
                TypographyNormalizer.normalize("one\u00A0two\r\nthree\rfour\u200B\u202Ffive\uFEFF"));
    }

    @Test
    void keepsCurlyQuotesDashesAndComposesAccents() {
        assertEquals("\u201CCaf\u00E9\u201D \u2018ok\u2019 \u2014 fine\u2026",
                TypographyNormalizer.normalize("\u201CCafe\u0301\u201D \u2018ok\u2019 \u2014 fine\u2026"));
    }
}
