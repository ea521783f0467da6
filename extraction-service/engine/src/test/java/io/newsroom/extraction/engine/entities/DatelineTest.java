package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.model.EntityType;
import org.junit.jupiter.api.Test;

import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.entity;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.find;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.read;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineTest {

    @Test
    void anUnknownPlaceInCapitalsWithItsStateOpeningTheStoryIsAPlace() {
        ArticleAnalysis analysis = read("PORT ELLIS, Maine - Fishermen in the harbour town voted on Monday to end "
                + "their strike after talks with the mayor.");
        entity(analysis, EntityType.LOCATION, "PORT ELLIS");
        entity(analysis, EntityType.LOCATION, "Maine");
        assertTrue(find(analysis, EntityType.PERSON, "PORT ELLIS").isEmpty());
    }

    @Test
    void theAgencyInBracketsAndADoubleDashStillMakeADateline() {
        ArticleAnalysis analysis = read("Harbour strike ends\nPORT ELLIS, Maine (Wire) -- Fishermen went back to "
                + "sea on Tuesday, said union leader Dana Whitcombe.");
        entity(analysis, EntityType.LOCATION, "PORT ELLIS");
        entity(analysis, EntityType.PERSON, "Dana Whitcombe");
    }

    @Test
    void aPlaceWithItsRegionAndADateOnALineOfItsOwn() {
        ArticleAnalysis analysis = read("FERRY FARES RISE\nBRAMLEY FORD , Vermont 2024-03-11\n"
                + "The ferry company raised its fares by a tenth on Monday .");
        entity(analysis, EntityType.LOCATION, "BRAMLEY FORD");
        entity(analysis, EntityType.LOCATION, "Vermont");
    }

    @Test
    void aLabelInCapitalsInsideTheStoryIsNotAPlace() {
        ArticleAnalysis analysis = read("Orvane Foods raised its forecast on Monday.\nThe shares rose 3 percent.\n"
                + "The company sells frozen fish in nine countries.\n"
                + "NOTE - Orvane Foods gave no figures for the third quarter and will report in a month.");
        assertTrue(find(analysis, EntityType.LOCATION, "NOTE").isEmpty());
    }

    @Test
    void aSportsHeadlineInCapitalsIsNotADateline() {
        ArticleAnalysis analysis = read("SOCCER - HARTWELL ROVERS SACK COACH .\nHartwell Rovers sacked their coach "
                + "on Friday .");
        assertTrue(find(analysis, EntityType.LOCATION, "SOCCER").isEmpty());
    }
}
