package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.entity;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.find;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.read;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineTest {

    @Test
    void anUnknownPlaceInCapitalsWithItsStateOpeningTheStoryIsAPlace() {
        List<Entity> entities = read("PORT ELLIS, Maine - Fishermen in the harbour town voted on Monday to end "
                + "their strike after talks with the mayor.");
        entity(entities, EntityType.LOCATION, "PORT ELLIS");
        entity(entities, EntityType.LOCATION, "Maine");
        assertTrue(find(entities, EntityType.PERSON, "PORT ELLIS").isEmpty());
    }

    @Test
    void anArticleOpeningTheStoryAfterTheDatelineIsNoPartOfAName() {
        List<Entity> entities = read("VELMORE, Ohio - A Velmore court on Tuesday fined the mill.");
        assertTrue(entities.stream().noneMatch(e -> e.name().startsWith("A ")), () -> entities.toString());
        entity(entities, EntityType.LOCATION, "Velmore");
    }

    @Test
    void theAgencyInBracketsAndADoubleDashStillMakeADateline() {
        List<Entity> entities = read("Harbour strike ends\nPORT ELLIS, Maine (Wire) -- Fishermen went back to "
                + "sea on Tuesday, said union leader Dana Whitcombe.");
        entity(entities, EntityType.LOCATION, "PORT ELLIS");
        entity(entities, EntityType.PERSON, "Dana Whitcombe");
    }

    @Test
    void aPlaceWithItsRegionAndADateOnALineOfItsOwn() {
        List<Entity> entities = read("FERRY FARES RISE\nBRAMLEY FORD , Vermont 2024-03-11\n"
                + "The ferry company raised its fares by a tenth on Monday .");
        entity(entities, EntityType.LOCATION, "BRAMLEY FORD");
        entity(entities, EntityType.LOCATION, "Vermont");
    }

    @Test
    void aLabelInCapitalsInsideTheStoryIsNotAPlace() {
        List<Entity> entities = read("Orvane Foods raised its forecast on Monday.\nThe shares rose 3 percent.\n"
                + "The company sells frozen fish in nine countries.\n"
                + "NOTE - Orvane Foods gave no figures for the third quarter and will report in a month.");
        assertTrue(find(entities, EntityType.LOCATION, "NOTE").isEmpty());
    }

    @Test
    void aSportsHeadlineInCapitalsIsNotADateline() {
        List<Entity> entities = read("SOCCER - HARTWELL ROVERS SACK COACH .\nHartwell Rovers sacked their coach "
                + "on Friday .");
        assertTrue(find(entities, EntityType.LOCATION, "SOCCER").isEmpty());
    }
}
