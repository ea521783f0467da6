package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.ArticleAnalysis;
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
        ArticleAnalysis analysis = read("The deal was signed by U.S. Trade Representative Anna Field on Monday.");
        Entity field = entity(analysis, EntityType.PERSON, "Anna Field");
        assertEquals(List.of("U.S. Trade Representative"), List.copyOf(field.roles()));
        entity(analysis, EntityType.LOCATION, "U.S.");
    }

    @Test
    void anOrganisationBeforeATitleIsTheOrganisationAndTheTitleIsTheRole() {
        ArticleAnalysis analysis = read("Talks stalled, Dockworkers Union President Ray Osei told the crowd.");
        entity(analysis, EntityType.ORGANIZATION, "Dockworkers Union");
        Entity osei = entity(analysis, EntityType.PERSON, "Ray Osei");
        assertEquals(List.of("President"), List.copyOf(osei.roles()));
        assertTrue(analysis.entities.stream().noneMatch(e -> e.isCalled("Dockworkers Union President Ray Osei")));
    }

    @Test
    void aCourtBeforeAJudgesTitle() {
        ArticleAnalysis analysis = read("The opinion was written by Supreme Court Justice Mara Quint last year.");
        entity(analysis, EntityType.ORGANIZATION, "Supreme Court");
        entity(analysis, EntityType.PERSON, "Mara Quint");
    }

    @Test
    void theFieldOfAnOfficeAfterOfCompletesTheTitle() {
        ArticleAnalysis analysis = read("They met U.S. Assistant Secretary of State Paul Brenner in Vienna.");
        Entity brenner = entity(analysis, EntityType.PERSON, "Paul Brenner");
        assertEquals(List.of("U.S. Assistant Secretary of State"), List.copyOf(brenner.roles()));
    }

    @Test
    void hyphenatedRanksAndAbbreviatedTitlesAreTitles() {
        ArticleAnalysis analysis = read("The army chief, Major-General Ivo Tarkan, flew to the border with "
                + "Lieutenant-Colonel Enno Varga and Capt Pia Lund.");
        entity(analysis, EntityType.PERSON, "Ivo Tarkan");
        entity(analysis, EntityType.PERSON, "Enno Varga");
        entity(analysis, EntityType.PERSON, "Pia Lund");
    }

    @Test
    void anOccupationOpeningTheSentenceIsNotPartOfTheName() {
        ArticleAnalysis analysis = read("Analyst Tom Becker expects a cut. Economist Jonah Reyes disagrees.");
        Entity becker = entity(analysis, EntityType.PERSON, "Tom Becker");
        assertEquals(List.of("Analyst"), List.copyOf(becker.roles()));
        entity(analysis, EntityType.PERSON, "Jonah Reyes");
    }

    @Test
    void aGivenNameThatIsAlsoAnOccupationStaysTheName() {
        ArticleAnalysis analysis = read("Dean Holloway scored the winner in the last minute.");
        entity(analysis, EntityType.PERSON, "Dean Holloway");
    }

    @Test
    void formerAndExAreNotPartOfTheName() {
        ArticleAnalysis analysis = read("Former Ardmore captain Lew Tanner retired. Ex-Mariner Tod Bellamy hit a homer.");
        entity(analysis, EntityType.PERSON, "Lew Tanner");
        entity(analysis, EntityType.PERSON, "Tod Bellamy");
        assertTrue(analysis.entities.stream().noneMatch(e -> e.name().startsWith("Former") || e.name().startsWith("Ex")));
    }

    @Test
    void aNationalityBeforeATitleIsNoOrganisation() {
        ArticleAnalysis analysis = read("The Moldovan Prime Minister Ilie Rusu visited Kyiv.");
        entity(analysis, EntityType.PERSON, "Ilie Rusu");
        assertTrue(find(analysis, EntityType.ORGANIZATION, "Moldovan").isEmpty());
    }

    @Test
    void thePlaceAfterAPersonAndOfIsWhereTheyComeFrom() {
        ArticleAnalysis analysis = read("Mayor Lena Ortiz of Riverton said the vote was a mistake.");
        Entity ortiz = entity(analysis, EntityType.PERSON, "Lena Ortiz");
        assertEquals(List.of("Mayor"), List.copyOf(ortiz.roles()));
        entity(analysis, EntityType.LOCATION, "Riverton");
    }

    @Test
    void aCompanyOfACountryIsTheCompanyAndTheCountry() {
        ArticleAnalysis analysis = read("Harlan Steel Corp of Canada said it would hire 300 workers.");
        entity(analysis, EntityType.ORGANIZATION, "Harlan Steel Corp");
        entity(analysis, EntityType.LOCATION, "Canada");
    }
}
