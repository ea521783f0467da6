package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.model.EntityType;
import org.junit.jupiter.api.Test;

import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.entity;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.read;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Capitalised words that news writes for other reasons than naming a person, an organisation or a place. */
class NewsShapesTest {

    @Test
    void thePronounAndSingleLetterHeadingsAreNoNames() {
        ArticleAnalysis analysis = read("\"I said I would win,\" Dara Quill said .\nP W D L F A Pts\n"
                + "Ardmore 3 2 1 0 7 2 7");
        assertTrue(analysis.entities.stream().noneMatch(e -> e.name().length() <= 7 && e.name().contains(" ")
                || e.isCalled("I")), () -> analysis.entities.toString());
        entity(analysis, EntityType.PERSON, "Dara Quill");
    }

    @Test
    void aCapitalisedRunFillingQuotationMarksIsAWorksTitle() {
        ArticleAnalysis analysis = read("Her novel \" Winter Orchard \" sold well, and the film \"Paper Harbour\" "
                + "opened in Lisbon.");
        assertTrue(analysis.entities.stream().noneMatch(e -> e.isCalled("Winter Orchard")
                || e.isCalled("Paper Harbour")), () -> analysis.entities.toString());
        entity(analysis, EntityType.LOCATION, "Lisbon");
    }

    @Test
    void aRunEndingInAnEventWordIsTheEvent() {
        ArticleAnalysis analysis = read("She leads the Greater Ardmore Open after the first round of the "
                + "Lisbon Grand Prix.");
        assertTrue(analysis.entities.stream().noneMatch(e -> e.name().contains("Ardmore")
                || e.name().contains("Lisbon")), () -> analysis.entities.toString());
    }

    @Test
    void aGivenNameEndingInLyIsNoAdverb() {
        ArticleAnalysis analysis = read("3. Vitaly Marchenko ( Ukraine ) 66.24\n4. Emily Sorensen ( Norway ) 65.10");
        entity(analysis, EntityType.PERSON, "Vitaly Marchenko");
        entity(analysis, EntityType.PERSON, "Emily Sorensen");
    }

    @Test
    void anAdjectiveOpeningTheSentenceIsNoPartOfTheName() {
        ArticleAnalysis analysis = read("Outspoken Canadian Lorna Vance called the ruling a disgrace. Unbeaten "
                + "Tomas Riedl won again.");
        entity(analysis, EntityType.PERSON, "Lorna Vance");
        entity(analysis, EntityType.PERSON, "Tomas Riedl");
    }

    @Test
    void aKoreanGivenNameWithItsHyphenBelongsToTheName() {
        ArticleAnalysis analysis = read("Seoul asked for the release of Pak Sun-ho and Yoon Mi-rae on Friday.");
        entity(analysis, EntityType.PERSON, "Pak Sun-ho");
        entity(analysis, EntityType.PERSON, "Yoon Mi-rae");
    }

    @Test
    void anAdjectiveBuiltOnANameStaysOutOfIt() {
        ArticleAnalysis analysis = read("Troops of the Kestavan-backed militia entered Dorvik.");
        assertTrue(analysis.entities.stream().noneMatch(e -> e.name().contains("backed")));
    }

    @Test
    void aKnownNameEndsAtItsLastCapitalisedWord() {
        ArticleAnalysis analysis = read("The report was carried by the Xinhua news agency on Friday.");
        entity(analysis, EntityType.ORGANIZATION, "Xinhua");
        assertTrue(analysis.entities.stream().noneMatch(e -> e.isCalled("Xinhua news agency")));
    }

    @Test
    void andInsideAnOrganisationsName() {
        ArticleAnalysis analysis = read("The Ardmore Port and Harbour Authority raised its fees, and KeyLine and "
                + "Vantor Holdings did not comment.");
        entity(analysis, EntityType.ORGANIZATION, "Ardmore Port and Harbour Authority");
        assertTrue(analysis.entities.stream().noneMatch(e -> e.name().startsWith("KeyLine and")));
    }

    @Test
    void aWeekdayAfterANameEndsIt() {
        ArticleAnalysis analysis = read("Envoys will meet Foreign Minister Tomas Varela Monday in Quito.");
        entity(analysis, EntityType.PERSON, "Tomas Varela");
    }

    @Test
    void theNorthAloneIsARegion() {
        ArticleAnalysis analysis = read("The veteran has lived in the South since the war, far from the North.");
        entity(analysis, EntityType.LOCATION, "South");
        entity(analysis, EntityType.LOCATION, "North");
    }

    @Test
    void aCompassPointOpeningTheSentenceStaysInTheName() {
        ArticleAnalysis analysis = read("West Ardmore beat Dorvik 2-1 on Saturday.\nNorthern farmers protested.");
        assertTrue(analysis.entities.stream().anyMatch(e -> e.isCalled("West Ardmore")),
                () -> analysis.entities.toString());
        assertTrue(analysis.entities.stream().noneMatch(e -> e.name().startsWith("Northern")));
    }

    @Test
    void quartersAndModelNumbersAreNoNames() {
        ArticleAnalysis analysis = read("Kestrel Robotics Inc Q2 loss widens as its F-16 parts unit slows .");
        entity(analysis, EntityType.ORGANIZATION, "Kestrel Robotics Inc");
        assertTrue(analysis.entities.stream().noneMatch(e -> e.name().contains("Q2") || e.name().contains("F-16")),
                () -> analysis.entities.toString());
    }

    @Test
    void anUnknownNameAfterAtIsAPlace() {
        ArticleAnalysis analysis = read("The ferry docked at Olhavik before dawn.");
        entity(analysis, EntityType.LOCATION, "Olhavik");
    }
}
