package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.Mention;
import io.newsroom.extraction.engine.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityRecognizerTest {

    static ArticleAnalysis read(String text) {
        ArticleAnalysis analysis = new ArticleAnalysis(new ExtractionRequest("test", text, "text/plain", null));
        analysis.text = text;
        new SentenceSplitter().apply(analysis);
        new EntityRecognizer().apply(analysis);
        new RoleBinder().apply(analysis);
        return analysis;
    }

    static Optional<Entity> find(ArticleAnalysis analysis, EntityType type, String surface) {
        return analysis.entities.stream().filter(e -> e.type() == type && e.isCalled(surface)).findFirst();
    }

    static Entity entity(ArticleAnalysis analysis, EntityType type, String surface) {
        return find(analysis, type, surface).orElseThrow(() -> new AssertionError(
                "no " + type + " called " + surface + " among " + analysis.entities.stream()
                        .map(e -> e.type() + ":" + e.name() + e.aliases()).toList()));
    }

    @Test
    void surnameJoinsTheFullNameIntroducedEarlier() {
        ArticleAnalysis analysis = read("Finnish Prime Minister Petteri Orpo met farmers in Oulu on Tuesday. "
                + "Orpo said the subsidy would stay. Later, Orpo flew home.");
        Entity orpo = entity(analysis, EntityType.PERSON, "Petteri Orpo");
        assertEquals("Petteri Orpo", orpo.name());
        assertEquals(List.of("Orpo"), List.copyOf(orpo.aliases()));
        assertEquals(3, orpo.mentions().size());
        assertEquals(1, analysis.entities.stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    void familyNameFirstNamesJoinTheirFamilyName() {
        ArticleAnalysis analysis = read("Liu Jianchao, a senior diplomat, spoke first. Liu said talks would go on.");
        Entity liu = entity(analysis, EntityType.PERSON, "Liu Jianchao");
        assertTrue(liu.isCalled("Liu"));
        assertEquals(2, liu.mentions().size());
    }

    @Test
    void aliasesOfKnownPlacesAndOrganisationsMerge() {
        ArticleAnalysis analysis = read("The European Union and the US disagree. EU envoys met U.S. officials "
                + "in the United States last week.");
        Entity union = entity(analysis, EntityType.ORGANIZATION, "EU");
        assertEquals("European Union", union.name());
        assertEquals(2, union.mentions().size());
        Entity states = entity(analysis, EntityType.LOCATION, "U.S.");
        assertTrue(states.isCalled("US") && states.isCalled("United States"));
        assertEquals(3, states.mentions().size());
    }

    @Test
    void acronymJoinsTheOrganisationItAbbreviates() {
        ArticleAnalysis analysis = read("The Kenya Wildlife Service counted elephants. "
                + "A KWS ranger said numbers rose.");
        Entity service = entity(analysis, EntityType.ORGANIZATION, "Kenya Wildlife Service");
        assertTrue(service.isCalled("KWS"));
    }

    @Test
    void sentenceInitialWordsAreNotNamesButSentenceInitialNamesAre() {
        ArticleAnalysis analysis = read("Officials in Nairobi said the road was closed.\n"
                + "Yesterday the council met.\nMaria Lindqvist chaired it. Shortly after, Lindqvist left.");
        assertTrue(find(analysis, EntityType.ORGANIZATION, "Officials").isEmpty());
        assertTrue(analysis.entities.stream().noneMatch(e -> e.isCalled("Yesterday") || e.isCalled("Shortly")));
        entity(analysis, EntityType.LOCATION, "Nairobi");
        assertEquals(2, entity(analysis, EntityType.PERSON, "Maria Lindqvist").mentions().size());
    }

    @Test
    void organisationNamesKeepTheirOfAndFor() {
        ArticleAnalysis analysis = read("The Central Bank of Kenya cut rates, and the Institute for Fiscal Reform "
                + "welcomed it.");
        entity(analysis, EntityType.ORGANIZATION, "Central Bank of Kenya");
        entity(analysis, EntityType.ORGANIZATION, "Institute for Fiscal Reform");
        assertTrue(find(analysis, EntityType.LOCATION, "Kenya").isEmpty());
    }

    @Test
    void unknownNameAfterInIsAPlace() {
        ArticleAnalysis analysis = read("Floods hit farms in Tavira and Olhao on Monday.");
        entity(analysis, EntityType.LOCATION, "Tavira");
    }

    @Test
    void demonymsAreNotPlaces() {
        ArticleAnalysis analysis = read("Russian officials and German diplomats met Brazilian envoys.");
        assertTrue(analysis.entities.isEmpty(), () -> analysis.entities.stream().map(Entity::name).toList().toString());
    }

    @Test
    void allCapsHeadlineAndDatelineUseWhatTheBodyAndLexiconKnow() {
        ArticleAnalysis analysis = read("MARIBOR BANK CHIEF QUITS\nLJUBLJANA 1996-08-30\n"
                + "The head of Maribor Bank, Anton Kovac, resigned on Friday.");
        Entity bank = entity(analysis, EntityType.ORGANIZATION, "Maribor Bank");
        assertEquals(2, bank.mentions().size());
        entity(analysis, EntityType.LOCATION, "LJUBLJANA");
    }

    @Test
    void teamsInAResultsLineAreOrganisations() {
        ArticleAnalysis analysis = read("SOCCER - ENGLISH LEAGUE RESULTS\nResults of matches played on Saturday:\n"
                + "Leeds 2 Portsmouth 1\nPlymouth 0 Brighton 3\nLeeds extended their unbeaten run in the league.");
        assertEquals(2, entity(analysis, EntityType.ORGANIZATION, "Leeds").mentions().size());
        entity(analysis, EntityType.ORGANIZATION, "Brighton");
        assertTrue(find(analysis, EntityType.LOCATION, "Leeds").isEmpty());
    }

    @Test
    void companyWithoutItsLegalSuffixIsTheSameCompany() {
        ArticleAnalysis analysis = read("Veltran Holdings Inc posted a loss. Analysts said Veltran would recover.");
        Entity veltran = entity(analysis, EntityType.ORGANIZATION, "Veltran");
        assertTrue(veltran.isCalled("Veltran Holdings Inc"));
        assertTrue(find(analysis, EntityType.PERSON, "Veltran").isEmpty());
    }

    @Test
    void surnameThatIsAlsoAPlaceFollowsThePerson() {
        ArticleAnalysis analysis = read("Striker Dwight Jordan scored twice. Jordan now has nine goals this season.");
        assertEquals(2, entity(analysis, EntityType.PERSON, "Dwight Jordan").mentions().size());
        assertTrue(find(analysis, EntityType.LOCATION, "Jordan").isEmpty());
    }

    @Test
    void mentionOffsetsPointIntoTheText() {
        String text = "Talks in Geneva resumed as Swiss President Karin Keller-Sutter arrived.";
        ArticleAnalysis analysis = read(text);
        for (Entity entity : analysis.entities) {
            for (Mention mention : entity.mentions()) {
                assertEquals(mention.text(), text.substring(mention.start(), mention.end()));
            }
        }
        assertFalse(analysis.entities.isEmpty());
        entity(analysis, EntityType.PERSON, "Karin Keller-Sutter");
    }

    @Test
    void descriptorNounsTypeUnknownNames() {
        ArticleAnalysis analysis = read("Police sealed off the village of Kravosh, the news agency Ostrapress said,\n"
                + "and Dutch insurer Valkenborg Verzekeringen paid out.");
        entity(analysis, EntityType.LOCATION, "Kravosh");
        entity(analysis, EntityType.ORGANIZATION, "Ostrapress");
        entity(analysis, EntityType.ORGANIZATION, "Valkenborg Verzekeringen");
    }

    @Test
    void unknownPlaceInADatelineIsAPlace() {
        ArticleAnalysis analysis = read("TALKS RESUME\nDORVIK 2024-03-11\nEnvoys met again on Thursday.");
        entity(analysis, EntityType.LOCATION, "DORVIK");
    }
}
