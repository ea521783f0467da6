package io.newsroom.article.stories;

import io.newsroom.article.StoryTexts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryMatcherTest {

    private final StoryMatcher matcher = new StoryMatcher();

    @Test
    void sameWordsInOtherCaseSpacingAndPunctuationGiveTheSameFingerprint() {
        Fingerprint a = matcher.fingerprint("The Mayor said, on Tuesday: the ferry subsidy passed.");
        Fingerprint b = matcher.fingerprint("the mayor   said on tuesday\nthe FERRY subsidy -- passed");
        assertEquals(a, b);
        assertEquals(matcher.fingerprint("Café déjà vu"), matcher.fingerprint("cafe deja vu"));
    }

    @Test
    void aTwoWordEditIsTheSameStory() {
        String text = StoryTexts.article(1, 300);
        var similarity = matcher.compare(matcher.fingerprint(text), matcher.fingerprint(StoryTexts.edited(text, 40, 200)));
        assertTrue(similarity.jaccard() > 0.8, similarity::toString);
        assertTrue(matcher.sameStory(similarity), similarity::toString);
    }

    @Test
    void aShortenedCopyScoresByContainment() {
        String text = StoryTexts.article(2, 400);
        var similarity = matcher.compare(matcher.fingerprint(text), matcher.fingerprint(StoryTexts.shortened(text, 0.35)));
        assertTrue(similarity.jaccard() < 0.5, similarity::toString);
        assertTrue(similarity.containment() > 0.85, similarity::toString);
        assertTrue(matcher.sameStory(similarity), similarity::toString);
    }

    @Test
    void unrelatedTextsAreNot() {
        var similarity = matcher.compare(matcher.fingerprint(StoryTexts.article(3, 300)),
                matcher.fingerprint(StoryTexts.article(4, 300)));
        assertFalse(matcher.sameStory(similarity), similarity::toString);
        assertTrue(similarity.score() < 0.2, similarity::toString);
    }

    @Test
    void nearCopiesShareBandKeysAndEmptyTextsHaveNone() {
        String text = StoryTexts.article(5, 300);
        long[] a = matcher.bandKeys(matcher.fingerprint(text));
        long[] b = matcher.bandKeys(matcher.fingerprint(StoryTexts.edited(text, 150)));
        assertEquals(matcher.settings().bands(), a.length);
        int shared = 0;
        for (int i = 0; i < a.length; i++) {
            shared += a[i] == b[i] ? 1 : 0;
        }
        assertTrue(shared > a.length / 2, shared + " bands shared");
        assertEquals(0, matcher.bandKeys(matcher.fingerprint(" -- ")).length);
        assertFalse(matcher.sameStory(matcher.compare(matcher.fingerprint(""), matcher.fingerprint(""))));
    }

    @Test
    void signatureBytesRoundTrip() {
        Fingerprint fingerprint = matcher.fingerprint(StoryTexts.article(6, 50));
        Fingerprint read = Fingerprint.of(fingerprint.signatureBytes(), fingerprint.shingles());
        assertArrayEquals(fingerprint.signature(), read.signature());
        assertEquals(fingerprint, read);
    }
}
