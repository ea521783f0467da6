package io.newsroom.extraction.engine.sources;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.SourceCitation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceCitationFinderTest {

    private static List<SourceCitation> sources(String text, Entity... entities) {
        return new SourceCitationFinder().find(text, List.of(entities));
    }

    private static List<String> names(String text) {
        return sources(text).stream().map(SourceCitation::name).toList();
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
    void aKnownOutletNamedAfterItsDescriptionIsTheOneCited() {
        assertEquals(List.of("PAP"), names("According to the Polish news agency PAP, the mine will close."));
        assertEquals(List.of("Yonhap"), names("The South Korean news agency Yonhap reported that talks resumed."));
    }

    @Test
    void aliasesAreNormalised() {
        assertEquals(List.of("Associated Press"), names("The plan was shelved, the AP reported."));
        assertEquals(List.of("Tass"), names("The meeting ended, TASS reported."));
    }

    @Test
    void linksToAnExistingOrganisationEntity() {
        List<SourceCitation> linked = sources("Markets fell, Agence France-Presse reported.",
                new Entity("e1", EntityType.ORGANIZATION, "Agence France-Presse"));
        assertEquals("AFP", linked.get(0).name());
        assertEquals("e1", linked.get(0).entityId());
        assertNull(sources("Markets fell, AFP reported.").get(0).entityId());
    }
}
