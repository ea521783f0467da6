package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.ArticleAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeywordExtractorTest {

    @Test
    void picksTheSubjectOfTheArticle() {
        ArticleAnalysis analysis = SampleArticles.analysed(SampleArticles.HARBOUR);
        new KeywordExtractor().apply(analysis);
        List<String> keywords = analysis.keywords;

        assertTrue(keywords.size() <= KeywordExtractor.LIMIT && keywords.size() >= 5, keywords.toString());
        assertTrue(keywords.subList(0, 3).stream().anyMatch(k -> k.contains("harbour")), keywords.toString());
        assertTrue(keywords.stream().anyMatch(k -> k.contains("storm")), keywords.toString());
        assertTrue(keywords.stream().anyMatch(k -> k.contains("pier")), keywords.toString());
    }

    @Test
    void keywordsAreLowerCaseWithoutStopwordsOrRepeats() {
        ArticleAnalysis analysis = SampleArticles.analysed(SampleArticles.HARBOUR);
        new KeywordExtractor().apply(analysis);
        Set<String> banned = Set.of("the", "said", "and", "on", "tuesday", "friday", "a", "of");
        for (String keyword : analysis.keywords) {
            assertEquals(keyword.toLowerCase(Locale.ROOT), keyword);
            for (String word : keyword.split(" ")) {
                assertFalse(banned.contains(word), keyword);
            }
        }
        assertEquals(analysis.keywords.size(), Set.copyOf(analysis.keywords).size());
        assertFalse(analysis.keywords.contains("pier") && analysis.keywords.contains("piers"));
    }

    @Test
    void emptyTextHasNoKeywords() {
        ArticleAnalysis analysis = SampleArticles.analysed("");
        new KeywordExtractor().apply(analysis);
        assertTrue(analysis.keywords.isEmpty());
    }
}
