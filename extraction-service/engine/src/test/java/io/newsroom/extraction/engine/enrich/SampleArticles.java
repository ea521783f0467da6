package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.Quantity;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.List;

/** Articles written for these tests, split into sentences and tokens the way the pipeline does before enrichment. */
final class SampleArticles {

    static final String HARBOUR = """
            Storm closes Riverton harbour

            A winter storm closed the Riverton harbour on Tuesday, stranding 1,200 passengers and forcing the port \
            authority to cancel 45 ferry crossings.

            The harbour master, Lena Ortiz, said the storm surge had damaged two piers and the ferry terminal. \
            Repairs to the piers could cost $4.5 million, the port authority estimated.

            Ferry operators said bookings fell 12 percent in the first week of the storm. Between 300 and 400 \
            workers were sent home while the harbour stayed closed.

            The city council will meet on Friday to discuss the storm damage and a new sea wall for the harbour. \
            Council members want the port authority to publish a repair plan for the piers.

            Fishermen said the harbour closure cost them a week of catches.
            """;

    private SampleArticles() {
    }

    static List<String> keywords(String text) {
        TokenizedText words = TokenizedText.of(text);
        return new KeywordExtractor().keywords(words, new ContentWords(words.tokens(), "en"));
    }

    static List<String> summary(String text) {
        TokenizedText words = TokenizedText.of(text);
        return new SummaryExtractor().summary(words, new ContentWords(words.tokens(), "en"), ArticleMetadata.empty(),
                List.of());
    }

    static List<Quantity> quantities(String text, DateMention... dates) {
        return new QuantityExtractor().extract(TokenizedText.of(text), List.of(dates));
    }
}
