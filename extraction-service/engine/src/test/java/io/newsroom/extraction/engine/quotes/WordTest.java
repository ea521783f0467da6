package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordTest {

    private static List<String> words(String text, int from, int to) {
        return Word.scan(text, from, to).stream().map(Word::text).toList();
    }

    @Test
    void quoteWordsKeepPossessivesAndSlashesAndSplitMarkRuns() {
        String text = "The mayor's aide and/or ''Sen. Hale'' left... -- R-Ky. said";
        assertEquals(List.of("The", "mayor's", "aide", "and/or", "''", "Sen.", "Hale", "''", "left", ".", ".", ".",
                "-", "-", "R-Ky.", "said"), words(text, 0, text.length()));
    }

    @Test
    void aStretchHoldsTheWordsWhollyInsideIt() {
        String text = "Officials in Dunmore said on Tuesday";
        assertEquals(List.of("in", "Dunmore"), words(text, 8, 21));
        assertEquals(List.of("Dunmore", "said"), words(text, 11, 26));
    }

    @Test
    void theArticleWordsComeFromItsTokens() {
        String text = "\"We will rebuild,\" the mayor\u2019s office said.";
        ArticleAnalysis analysis = new ArticleAnalysis(new ExtractionRequest("t", text, "text/plain", null));
        analysis.text = text;
        new SentenceSplitter().apply(analysis);
        Word.use(analysis);
        List<Word> words = Word.scan(text, 0, text.length());
        assertEquals("mayor\u2019s", words.get(7).text());
        assertEquals("mayor\u2019s", words.get(7).lower());
        assertTrue(words.get(1).isCapitalized());
    }
}
