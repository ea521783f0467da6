package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.entity;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.find;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's name never carries the title glued in front of it; what stands before the title is its own name. */
class TitleInNameTest {

    @Test
    void aFieldOfGovernmentAndAnOfficeBeforeTheName() {
        List<Entity> entities = read("The deal was signed by U.S. Trade Representative Anna Field on Monday.");
        Entity field = entity(entities, EntityType.PERSON, "Anna Field");
        assertEquals(List.of("U.S. Trade Representative"), List.copyOf(field.roles()));
        entity(entities, EntityType.LOCATION, "U.S.");
    }

    @Test
    void anOrganisationBeforeATitleIsTheOrganisationAndTheTitleIsTheRole() {
        List<Entity> entities = read("Talks stalled, Dockworkers Union President Ray Osei told the crowd.");
        entity(entities, EntityType.ORGANIZATION, "Dockworkers Union");
        Entity osei = entity(entities, EntityType.PERSON, "Ray Osei");
        assertEquals(List.of("President"), List.copyOf(osei.roles()));
        assertTrue(entities.stream().noneMatch(e -> e.isCalled("Dockworkers Union President Ray Osei")));
    }

    @Test
    void aCourtBeforeAJudgesTitle() {
        List<Entity> entities = read("The opinion was written by Supreme Court Justice Mara Quint last year.");
        entity(entities, EntityType.ORGANIZATION, "Supreme Court");
        entity(entities, EntityType.PERSON, "Mara Quint");
    }

    @Test
    void theFieldOfAnOfficeAfterOfCompletesTheTitle() {
        List<Entity> entities = read("They met U.S. Assistant Secretary of State Paul Brenner in Vienna.");
        Entity brenner = entity(entities, EntityType.PERSON, "Paul Brenner");
        assertEquals(List.of("U.S. Assistant Secretary of State"), List.copyOf(brenner.roles()));
    }

    @Test
    void hyphenatedRanksAndAbbreviatedTitlesAreTitles() {
        List<Entity> entities = read("The army chief, Major-General Ivo Tarkan, flew to the border with "
                + "Lieutenant-Colonel Enno Varga and Capt Pia Lund.");
        entity(entities, EntityType.PERSON, "Ivo Tarkan");
        entity(entities, EntityType.PERSON, "Enno Varga");
        entity(entities, EntityType.PERSON, "Pia Lund");
    }

    @Test
    void anOccupationOpeningTheSentenceIsNotPartOfTheName() {
        List<Entity> entities = read("Analyst Tom Becker expects a cut. Economist Jonah Reyes disagrees.");
        Entity becker = entity(entities, EntityType.PERSON, "Tom Becker");
        assertEquals(List.of("Analyst"), List.copyOf(becker.roles()));
        entity(entities, EntityType.PERSON, "Jonah Reyes");
    }

    @Test
    void aGivenNameThatIsAlsoAnOccupationStaysTheName() {
        List<Entity> entities = read("Dean Holloway scored the winner in the last minute.");
        entity(entities, EntityType.PERSON, "Dean Holloway");
    }

    @Test
    void formerAndExAreNotPartOfTheName() {
        List<Entity> entities = read("Former Ardmore captain Lew Tanner retired. Ex-Mariner Tod Bellamy hit a homer.");
        entity(entities, EntityType.PERSON, "Lew Tanner");
        entity(entities, EntityType.PERSON, "Tod Bellamy");
        assertTrue(entities.stream().noneMatch(e -> e.name().startsWith("Former") || e.name().startsWith("Ex")));
    }

    @Test
    void aNationalityBeforeATitleIsNoOrganisation() {
        List<Entity> entities = read("The Moldovan Prime Minister Ilie Rusu visited Kyiv.");
        entity(entities, EntityType.PERSON, "Ilie Rusu");
        assertTrue(find(entities, EntityType.ORGANIZATION, "Moldovan").isEmpty());
    }

    @Test
    void thePlaceAfterAPersonAndOfIsWhereTheyComeFrom() {
        List<Entity> entities = read("Mayor Lena Ortiz of Riverton said the vote was a mistake.");
        Entity ortiz = entity(entities, EntityType.PERSON, "Lena Ortiz");
        assertEquals(List.of("Mayor"), List.copyOf(ortiz.roles()));
        entity(entities, EntityType.LOCATION, "Riverton");
    }

    @Test
    void aCompanyOfACountryIsTheCompanyAndTheCountry() {
        List<Entity> entities = read("Harlan Steel Corp of Canada said it would hire 300 workers.");
        entity(entities, EntityType.ORGANIZATION, "Harlan Steel Corp");
        entity(entities, EntityType.LOCATION, "Canada");
    }
}
