package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.Mention;
import io.newsroom.extraction.engine.text.TokenizedText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityRecognizerTest {

    /** The entities of the text with their roles, as the entities and roles stages leave them. */
    static List<Entity> read(String text) {
        TokenizedText words = TokenizedText.of(text);
        return new RoleBinder().bind(words, new EntityRecognizer().recognize(words));
    }

    static Optional<Entity> find(List<Entity> entities, EntityType type, String surface) {
        return entities.stream().filter(e -> e.type() == type && e.isCalled(surface)).findFirst();
    }

    static Entity entity(List<Entity> entities, EntityType type, String surface) {
        return find(entities, type, surface).orElseThrow(() -> new AssertionError(
                "no " + type + " called " + surface + " among " + entities.stream()
                        .map(e -> e.type() + ":" + e.name() + e.aliases()).toList()));
    }

    @Test
    void surnameJoinsTheFullNameIntroducedEarlier() {
        List<Entity> entities = read("Finnish Prime Minister Petteri Orpo met farmers in Oulu on Tuesday. "
                + "Orpo said the subsidy would stay. Later, Orpo flew home.");
        Entity orpo = entity(entities, EntityType.PERSON, "Petteri Orpo");
        assertEquals("Petteri Orpo", orpo.name());
        assertEquals(List.of("Orpo"), List.copyOf(orpo.aliases()));
        assertEquals(3, orpo.mentions().size());
        assertEquals(1, entities.stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    void familyNameFirstNamesJoinTheirFamilyName() {
        List<Entity> entities = read("Liu Jianchao, a senior diplomat, spoke first. Liu said talks would go on.");
        Entity liu = entity(entities, EntityType.PERSON, "Liu Jianchao");
        assertTrue(liu.isCalled("Liu"));
        assertEquals(2, liu.mentions().size());
    }

    @Test
    void aliasesOfKnownPlacesAndOrganisationsMerge() {
        List<Entity> entities = read("The European Union and the US disagree. EU envoys met U.S. officials "
                + "in the United States last week.");
        Entity union = entity(entities, EntityType.ORGANIZATION, "EU");
        assertEquals("European Union", union.name());
        assertEquals(2, union.mentions().size());
        Entity states = entity(entities, EntityType.LOCATION, "U.S.");
        assertTrue(states.isCalled("US") && states.isCalled("United States"));
        assertEquals(3, states.mentions().size());
    }

    @Test
    void acronymJoinsTheOrganisationItAbbreviates() {
        List<Entity> entities = read("The Kenya Wildlife Service counted elephants. "
                + "A KWS ranger said numbers rose.");
        Entity service = entity(entities, EntityType.ORGANIZATION, "Kenya Wildlife Service");
        assertTrue(service.isCalled("KWS"));
    }

    @Test
    void sentenceInitialWordsAreNotNamesButSentenceInitialNamesAre() {
        List<Entity> entities = read("Officials in Nairobi said the road was closed.\n"
                + "Yesterday the council met.\nMaria Lindqvist chaired it. Shortly after, Lindqvist left.");
        assertTrue(find(entities, EntityType.ORGANIZATION, "Officials").isEmpty());
        assertTrue(entities.stream().noneMatch(e -> e.isCalled("Yesterday") || e.isCalled("Shortly")));
        entity(entities, EntityType.LOCATION, "Nairobi");
        assertEquals(2, entity(entities, EntityType.PERSON, "Maria Lindqvist").mentions().size());
    }

    @Test
    void indefinitePronounsOpeningASentenceAreNoNames() {
        List<Entity> entities = read("Nobody answered the phone. Everyone had gone home, and Someone left a note for Clara Voss.");
        assertTrue(entities.stream().noneMatch(e -> e.isCalled("Nobody") || e.isCalled("Everyone")
                || e.isCalled("Someone")), () -> entities.toString());
        entity(entities, EntityType.PERSON, "Clara Voss");
    }

    @Test
    void aUnionLocalGoesByItsNumber() {
        List<Entity> entities = read("Drivers of Carriers Local 412 walked out, and members of Local 88 joined them.");
        entity(entities, EntityType.ORGANIZATION, "Carriers Local 412");
        entity(entities, EntityType.ORGANIZATION, "Local 88");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.PERSON), () -> entities.toString());
    }

    @Test
    void worksClosingANameMakeItAnOrganisation() {
        List<Entity> entities = read("Keller Tanning Works cut its output, and the Brandt Glass Works closed.");
        entity(entities, EntityType.ORGANIZATION, "Keller Tanning Works");
        entity(entities, EntityType.ORGANIZATION, "Brandt Glass Works");
    }

    @Test
    void whoGovernsOrLivesInANamedPlaceAndAroundItNameAPlace() {
        List<Entity> entities = read("The mayor of Tessel spoke, residents of Varnel cheered, and buses ran around Oskarby.");
        entity(entities, EntityType.LOCATION, "Tessel");
        entity(entities, EntityType.LOCATION, "Varnel");
        entity(entities, EntityType.LOCATION, "Oskarby");
    }

    @Test
    void aKindOfPlaceOfANamedPlaceIsAPlace() {
        List<Entity> entities = read("Cargo piled up at the Port of Venmouth, and tankers crossed the Gulf of Tarsa.");
        entity(entities, EntityType.LOCATION, "Port of Venmouth");
        entity(entities, EntityType.LOCATION, "Gulf of Tarsa");
    }

    @Test
    void organisationNamesKeepTheirOfAndFor() {
        List<Entity> entities = read("The Central Bank of Kenya cut rates, and the Institute for Fiscal Reform "
                + "welcomed it.");
        entity(entities, EntityType.ORGANIZATION, "Central Bank of Kenya");
        entity(entities, EntityType.ORGANIZATION, "Institute for Fiscal Reform");
        assertTrue(find(entities, EntityType.LOCATION, "Kenya").isEmpty());
    }

    @Test
    void unknownNameAfterInIsAPlace() {
        List<Entity> entities = read("Floods hit farms in Tavira and Olhao on Monday.");
        entity(entities, EntityType.LOCATION, "Tavira");
    }

    @Test
    void demonymsAreNotPlaces() {
        List<Entity> entities = read("Russian officials and German diplomats met Brazilian envoys.");
        assertTrue(entities.isEmpty(), () -> entities.stream().map(Entity::name).toList().toString());
    }

    @Test
    void allCapsHeadlineAndDatelineUseWhatTheBodyAndLexiconKnow() {
        List<Entity> entities = read("MARIBOR BANK CHIEF QUITS\nLJUBLJANA 1996-08-30\n"
                + "The head of Maribor Bank, Anton Kovac, resigned on Friday.");
        Entity bank = entity(entities, EntityType.ORGANIZATION, "Maribor Bank");
        assertEquals(2, bank.mentions().size());
        entity(entities, EntityType.LOCATION, "LJUBLJANA");
    }

    @Test
    void teamsInAResultsLineAreOrganisations() {
        List<Entity> entities = read("SOCCER - ENGLISH LEAGUE RESULTS\nResults of matches played on Saturday:\n"
                + "Leeds 2 Portsmouth 1\nPlymouth 0 Brighton 3\nLeeds extended their unbeaten run in the league.");
        assertEquals(2, entity(entities, EntityType.ORGANIZATION, "Leeds").mentions().size());
        entity(entities, EntityType.ORGANIZATION, "Brighton");
        assertTrue(find(entities, EntityType.LOCATION, "Leeds").isEmpty());
    }

    @Test
    void companyWithoutItsLegalSuffixIsTheSameCompany() {
        List<Entity> entities = read("Veltran Holdings Inc posted a loss. Analysts said Veltran would recover.");
        Entity veltran = entity(entities, EntityType.ORGANIZATION, "Veltran");
        assertTrue(veltran.isCalled("Veltran Holdings Inc"));
        assertTrue(find(entities, EntityType.PERSON, "Veltran").isEmpty());
    }

    @Test
    void surnameThatIsAlsoAPlaceFollowsThePerson() {
        List<Entity> entities = read("Striker Dwight Jordan scored twice. Jordan now has nine goals this season.");
        assertEquals(2, entity(entities, EntityType.PERSON, "Dwight Jordan").mentions().size());
        assertTrue(find(entities, EntityType.LOCATION, "Jordan").isEmpty());
    }

    @Test
    void mentionOffsetsPointIntoTheText() {
        String text = "Talks in Geneva resumed as Swiss President Karin Keller-Sutter arrived.";
        List<Entity> entities = read(text);
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                assertEquals(mention.text(), text.substring(mention.start(), mention.end()));
            }
        }
        assertFalse(entities.isEmpty());
        entity(entities, EntityType.PERSON, "Karin Keller-Sutter");
    }

    @Test
    void descriptorNounsTypeUnknownNames() {
        List<Entity> entities = read("Police sealed off the village of Kravosh, the news agency Ostrapress said,\n"
                + "and Dutch insurer Valkenborg Verzekeringen paid out.");
        entity(entities, EntityType.LOCATION, "Kravosh");
        entity(entities, EntityType.ORGANIZATION, "Ostrapress");
        entity(entities, EntityType.ORGANIZATION, "Valkenborg Verzekeringen");
    }

    @Test
    void unknownPlaceInADatelineIsAPlace() {
        List<Entity> entities = read("TALKS RESUME\nDORVIK 2024-03-11\nEnvoys met again on Thursday.");
        entity(entities, EntityType.LOCATION, "DORVIK");
    }
}
