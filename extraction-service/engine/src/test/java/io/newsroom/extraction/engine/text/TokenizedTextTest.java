package io.newsroom.extraction.engine.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizedTextTest {

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void aStretchHoldsTheTokensWhollyInsideIt() {
        TokenizedText text = TokenizedText.of("Officials in Dunmore said on Tuesday");
        assertEquals(List.of("in", "Dunmore"), texts(text.between(8, 21)));
        assertEquals(List.of("Dunmore", "said"), texts(text.between(11, 26)));
        assertEquals(List.of(), texts(text.between(30, 30)));
    }

    @Test
    void anOffsetBetweenSentencesBelongsToTheNext() {
        TokenizedText text = TokenizedText.of("The ferry left. It came back at noon.");
        assertEquals(0, text.sentenceAt(3).index());
        assertEquals(1, text.sentenceAt(15).index());
        assertNull(text.sentenceAt(37));
    }

    @Test
    void possessivesAndSentenceMarksAreShapesOfTheirTokens() {
        TokenizedText text = TokenizedText.of("The mayor\u2019s aide left... Why?!");
        List<Token> tokens = text.tokens();
        assertEquals(List.of("The", "mayor", "\u2019s", "aide", "left", "...", "Why", "?!"), texts(tokens));
        assertTrue(tokens.get(2).isPossessive());
        assertTrue(tokens.get(2).isWordOrPossessive());
        assertFalse(tokens.get(1).isPossessive());
        assertTrue(tokens.get(5).isSentenceMark());
        assertTrue(tokens.get(5).isFullStop());
        assertTrue(tokens.get(7).isSentenceMark());
        assertFalse(tokens.get(7).isFullStop());
        assertFalse(tokens.get(3).isSentenceMark());
    }
}
