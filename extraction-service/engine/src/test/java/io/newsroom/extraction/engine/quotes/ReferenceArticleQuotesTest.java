package io.newsroom.extraction.engine.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.extraction.engine.SharedFolder;
import io.newsroom.extraction.engine.model.Quote;
import io.newsroom.extraction.engine.model.SourceCitation;
import io.newsroom.extraction.engine.sources.SourceCitationFinder;
import io.newsroom.extraction.engine.text.TokenizedText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The reference article's quotes, speakers, outlets and cited sources against its hand-made gold (read from ../shared). */
class ReferenceArticleQuotesTest {

    private static final Path SEED = SharedFolder.seed();
    private static final String NAME = "global-times-2025-05-20-putin-trump-call";

    @Test
    void everyGoldQuoteWithItsSpeakerAndOutletAndNoListedNonQuote() throws IOException {
        Path article = SEED.resolve(NAME + ".txt");
        assumeTrue(Files.exists(article), "reference article not found at " + article.toAbsolutePath() + ": skipped");
        JsonNode gold = new ObjectMapper().readTree(SEED.resolve(NAME + ".gold.json").toFile());
        String text = Files.readString(article).replace('\u00A0', ' ');
        List<Quote> direct = new QuoteAttributor().attribute(TokenizedText.of(text), List.of()).stream()
                .filter(Quote::direct).toList();

        for (JsonNode goldQuote : gold.get("quotes")) {
            if (goldQuote.path("optional").asBoolean()) {
                continue;
            }
            Set<String> goldWords = words(goldQuote.get("text").asText());
            Quote match = direct.stream().filter(q -> jaccard(goldWords, words(q.text())) >= 0.8).findFirst().orElse(null);
            assertTrue(match != null, () -> "missed: " + goldQuote.get("text").asText());
            assertEquals(goldQuote.get("speaker").asText(), match.speaker(), match.text());
            if (goldQuote.has("via")) {
                assertEquals(goldQuote.get("via").asText(), match.via(), match.text());
            }
        }
        for (JsonNode notQuote : gold.get("not_quotes")) {
            assertTrue(direct.stream().noneMatch(q -> q.text().equalsIgnoreCase(notQuote.asText())), notQuote.asText());
        }
        Set<String> sources = new HashSet<>(new SourceCitationFinder().find(text, List.of()).stream().map(SourceCitation::name).toList());
        for (JsonNode cited : gold.get("sources_cited")) {
            if (!cited.path("optional").asBoolean()) {
                assertTrue(sources.contains(cited.get("name").asText()), () -> "source missed: " + cited.get("name").asText());
            }
        }
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return union.isEmpty() ? 0 : (double) common.size() / union.size();
    }
}
