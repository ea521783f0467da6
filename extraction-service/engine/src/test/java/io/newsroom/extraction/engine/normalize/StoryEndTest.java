package io.newsroom.extraction.engine.normalize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoryEndTest {

    private static final String LONG = "The council approved the new tram line on Tuesday, and work on the first"
            + " section, between the station and the hospital, starts in the spring.";

    @Test
    void dropsAShortNoteAfterAClosingRuleButKeepsTheRule() {
        List<String> blocks = List.of(LONG, "Residents will be consulted on the stops.", "___",
                "Read all our coverage of the tram project at example.org/trams");

        assertEquals(List.of(LONG, "Residents will be consulted on the stops.", "___"), StoryEnd.trim(blocks));
    }

    @Test
    void aRuleBetweenTwoLongPartsIsASectionBreak() {
        List<String> blocks = List.of(LONG, "* * *", LONG, LONG);

        assertEquals(blocks, StoryEnd.trim(blocks));
    }

    @Test
    void dropsTheLastBlocksThatInviteReadersToFollowOrWrite() {
        List<String> blocks = List.of(LONG, "Nadia Park covers transport. Follow her on social media at @npark.",
                "Have a tip? Let us know at desk@example.org.");

        assertEquals(List.of(LONG), StoryEnd.trim(blocks));
    }

    @Test
    void keepsAFollowOrAnAddressInsideTheStory() {
        List<String> blocks = List.of("Fans who follow him on tour say the shows got longer.",
                LONG, "The mayor said she would follow the advice of the engineers.");

        assertEquals(blocks, StoryEnd.trim(blocks));
        assertEquals(List.of("Write to desk@example.org"), StoryEnd.trim(List.of("Write to desk@example.org")));
    }
}
