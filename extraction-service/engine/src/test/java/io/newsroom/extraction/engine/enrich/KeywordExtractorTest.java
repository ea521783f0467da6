package io.newsroom.extraction.engine.enrich;

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
        List<String> keywords = SampleArticles.keywords(SampleArticles.HARBOUR);

        assertTrue(keywords.size() <= KeywordExtractor.LIMIT && keywords.size() >= 5, keywords.toString());
        assertTrue(keywords.subList(0, 3).stream().anyMatch(k -> k.contains("harbour")), keywords.toString());
        assertTrue(keywords.stream().anyMatch(k -> k.contains("storm")), keywords.toString());
        assertTrue(keywords.stream().anyMatch(k -> k.contains("pier")), keywords.toString());
    }

    @Test
    void keywordsAreLowerCaseWithoutStopwordsOrRepeats() {
        List<String> keywords = SampleArticles.keywords(SampleArticles.HARBOUR);
        Set<String> banned = Set.of("the", "said", "and", "on", "tuesday", "friday", "a", "of");
        for (String keyword : keywords) {
            assertEquals(keyword.toLowerCase(Locale.ROOT), keyword);
            for (String word : keyword.split(" ")) {
                assertFalse(banned.contains(word), keyword);
            }
        }
        assertEquals(keywords.size(), Set.copyOf(keywords).size());
        assertFalse(keywords.contains("pier") && keywords.contains("piers"));
    }

    @Test
    void emptyTextHasNoKeywords() {
        List<String> keywords = SampleArticles.keywords("");
        assertTrue(keywords.isEmpty());
    }
}
