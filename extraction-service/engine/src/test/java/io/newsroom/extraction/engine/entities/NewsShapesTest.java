package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.entity;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.read;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Capitalised words that news writes for other reasons than naming a person, an organisation or a place. */
class NewsShapesTest {

    @Test
    void thePronounAndSingleLetterHeadingsAreNoNames() {
        List<Entity> entities = read("\"I said I would win,\" Dara Quill said .\nP W D L F A Pts\n"
                + "Ardmore 3 2 1 0 7 2 7");
        assertTrue(entities.stream().noneMatch(e -> e.name().length() <= 7 && e.name().contains(" ")
                || e.isCalled("I")), () -> entities.toString());
        entity(entities, EntityType.PERSON, "Dara Quill");
    }

    @Test
    void aCapitalisedRunFillingQuotationMarksIsAWorksTitle() {
        List<Entity> entities = read("Her novel \" Winter Orchard \" sold well, and the film \"Paper Harbour\" "
                + "opened in Lisbon.");
        assertTrue(entities.stream().noneMatch(e -> e.isCalled("Winter Orchard")
                || e.isCalled("Paper Harbour")), () -> entities.toString());
        entity(entities, EntityType.LOCATION, "Lisbon");
    }

    @Test
    void aNameBeforeTheKindOfPlaceItIsIsAPlace() {
        List<Entity> entities = read("Families in the Upper Meadow district were moved to shelters, and the Kell "
                + "Bridge neighbourhood lost power, Mayor Rosa Tenby said.");
        entity(entities, EntityType.LOCATION, "Upper Meadow");
        entity(entities, EntityType.LOCATION, "Kell Bridge");
        entity(entities, EntityType.PERSON, "Rosa Tenby");
    }

    @Test
    void aPersonBeforeAnotherNounStaysAPerson() {
        List<Entity> entities = read("The Anna Lorne foundation said Anna Lorne visited the district on Monday.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.LOCATION), () -> entities.toString());
    }

    @Test
    void aRunEndingInAnEventWordIsTheEvent() {
        List<Entity> entities = read("She leads the Greater Ardmore Open after the first round of the "
                + "Lisbon Grand Prix.");
        assertTrue(entities.stream().noneMatch(e -> e.name().contains("Ardmore")
                || e.name().contains("Lisbon")), () -> entities.toString());
    }

    @Test
    void aGivenNameEndingInLyIsNoAdverb() {
        List<Entity> entities = read("3. Vitaly Marchenko ( Ukraine ) 66.24\n4. Emily Sorensen ( Norway ) 65.10");
        entity(entities, EntityType.PERSON, "Vitaly Marchenko");
        entity(entities, EntityType.PERSON, "Emily Sorensen");
    }

    @Test
    void anAdjectiveOpeningTheSentenceIsNoPartOfTheName() {
        List<Entity> entities = read("Outspoken Canadian Lorna Vance called the ruling a disgrace. Unbeaten "
                + "Tomas Riedl won again.");
        entity(entities, EntityType.PERSON, "Lorna Vance");
        entity(entities, EntityType.PERSON, "Tomas Riedl");
    }

    @Test
    void aKoreanGivenNameWithItsHyphenBelongsToTheName() {
        List<Entity> entities = read("Seoul asked for the release of Pak Sun-ho and Yoon Mi-rae on Friday.");
        entity(entities, EntityType.PERSON, "Pak Sun-ho");
        entity(entities, EntityType.PERSON, "Yoon Mi-rae");
    }

    @Test
    void anAdjectiveBuiltOnANameStaysOutOfIt() {
        List<Entity> entities = read("Troops of the Kestavan-backed militia entered Dorvik.");
        assertTrue(entities.stream().noneMatch(e -> e.name().contains("backed")));
    }

    @Test
    void aKnownNameEndsAtItsLastCapitalisedWord() {
        List<Entity> entities = read("The report was carried by the Xinhua news agency on Friday.");
        entity(entities, EntityType.ORGANIZATION, "Xinhua");
        assertTrue(entities.stream().noneMatch(e -> e.isCalled("Xinhua news agency")));
    }

    @Test
    void andInsideAnOrganisationsName() {
        List<Entity> entities = read("The Ardmore Port and Harbour Authority raised its fees, and KeyLine and "
                + "Vantor Holdings did not comment.");
        entity(entities, EntityType.ORGANIZATION, "Ardmore Port and Harbour Authority");
        assertTrue(entities.stream().noneMatch(e -> e.name().startsWith("KeyLine and")));
    }

    @Test
    void aWeekdayAfterANameEndsIt() {
        List<Entity> entities = read("Envoys will meet Foreign Minister Tomas Varela Monday in Quito.");
        entity(entities, EntityType.PERSON, "Tomas Varela");
    }

    @Test
    void theNorthAloneIsARegion() {
        List<Entity> entities = read("The veteran has lived in the South since the war, far from the North.");
        entity(entities, EntityType.LOCATION, "South");
        entity(entities, EntityType.LOCATION, "North");
    }

    @Test
    void aCompassPointOpeningTheSentenceStaysInTheName() {
        List<Entity> entities = read("West Ardmore beat Dorvik 2-1 on Saturday.\nNorthern farmers protested.");
        assertTrue(entities.stream().anyMatch(e -> e.isCalled("West Ardmore")),
                () -> entities.toString());
        assertTrue(entities.stream().noneMatch(e -> e.name().startsWith("Northern")));
    }

    @Test
    void quartersAndModelNumbersAreNoNames() {
        List<Entity> entities = read("Kestrel Robotics Inc Q2 loss widens as its F-16 parts unit slows .");
        entity(entities, EntityType.ORGANIZATION, "Kestrel Robotics Inc");
        assertTrue(entities.stream().noneMatch(e -> e.name().contains("Q2") || e.name().contains("F-16")),
                () -> entities.toString());
    }

    @Test
    void anUnknownNameAfterAtIsAPlace() {
        List<Entity> entities = read("The ferry docked at Olhavik before dawn.");
        entity(entities, EntityType.LOCATION, "Olhavik");
    }
}
