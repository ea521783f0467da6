package io.newsroom.extraction.engine.sources;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.SourceCitation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceCitationFinderTest {

    private static ArticleAnalysis analyse(String text) {
        ArticleAnalysis analysis = new ArticleAnalysis(new ExtractionRequest("test", text, "text/plain", null));
        analysis.text = text;
        return analysis;
    }

    private static List<String> names(String text) {
        ArticleAnalysis analysis = analyse(text);
        new SourceCitationFinder().apply(analysis);
        return analysis.sources.stream().map(SourceCitation::name).toList();
    }

    @Test
    void citationPatternsFindTheOutlets() {
        String text = "The talks stalled, per Reuters. Prices rose, according to a Tass report. The minister told the "
                + "Global Times that trade grew. CNN reported that the call was brief. Reuters, citing sources, reported on "
                + "May 8 that gas flows may return. The deal is far off, said the Washington Post on Sunday. AFP reported "
                + "the visit.";
        assertEquals(List.of("Reuters", "Tass", "Global Times", "CNN", "Washington Post", "AFP"), names(text));
    }

    @Test
    void outletsMerelyMentionedAreNotCited() {
        assertTrue(names("The New York Times and another paper filed a motion. Sun noted the risk.").isEmpty());
    }

    @Test
    void unknownOutletNamedByWhatItIs() {
        assertEquals(List.of("Dziennik Polski"), names("The Dziennik Polski newspaper reported that the mine closed."));
    }

    @Test
    void aliasesAreNormalised() {
        assertEquals(List.of("Associated Press"), names("The plan was shelved, the AP reported."));
        assertEquals(List.of("Tass"), names("The meeting ended, TASS reported."));
    }

    @Test
    void linksToAnExistingOrganisationEntity() {
        ArticleAnalysis analysis = analyse("Markets fell, Agence France-Presse reported.");
        analysis.newEntity(EntityType.ORGANIZATION, "Agence France-Presse");
        new SourceCitationFinder().apply(analysis);
        assertEquals("AFP", analysis.sources.get(0).name());
        assertEquals("e1", analysis.sources.get(0).entityId());
        ArticleAnalysis without = analyse("Markets fell, AFP reported.");
        new SourceCitationFinder().apply(without);
        assertNull(without.sources.get(0).entityId());
    }
}
