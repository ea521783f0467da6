package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.entity;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.find;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.read;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scorecards and line-ups name players by their notation, not by their words. */
class SportsNotationTest {

    @Test
    void aCricketDismissalNamesTheBatsmanTheFielderAndTheBowler() {
        List<Entity> entities = read("CRICKET - SCORECARD\nR. Okoro c Vandermeer b Kasprzak 41\n"
                + "T. Ilunga lbw b Ruwanpura 7");
        entity(entities, EntityType.PERSON, "Vandermeer");
        entity(entities, EntityType.PERSON, "Kasprzak");
        entity(entities, EntityType.PERSON, "Ruwanpura");
    }

    @Test
    void bowlingFiguresFollowABowlerAnywhere() {
        List<Entity> entities = read("Bowling : Kasprzak 10-2-31-3 , Ruwanpura 8-0-44-1 .");
        entity(entities, EntityType.PERSON, "Kasprzak");
        entity(entities, EntityType.PERSON, "Ruwanpura");
    }

    @Test
    void theMinuteOfAGoalOrASubstitutionFollowsAPlayer() {
        List<Entity> entities = read("Scorers : Ardmore - Okafor ( 41st min ) , Hallin 87th\n"
                + "Ardmore 2 Dorvik 0");
        entity(entities, EntityType.PERSON, "Okafor");
        entity(entities, EntityType.PERSON, "Hallin");
        assertTrue(find(entities, EntityType.ORGANIZATION, "Hallin").isEmpty());
    }

    @Test
    void aGivenNameThatIsAlsoANationalityOrAMonthOpensAName() {
        List<Entity> entities = read("Christian Oduya ( Sweden ) beat Jan Horak ( Czech Republic ) 6-4 6-2 .");
        entity(entities, EntityType.PERSON, "Christian Oduya");
        entity(entities, EntityType.PERSON, "Jan Horak");
    }

    @Test
    void onASportsPageACapitalisedPluralAfterTheIsATeam() {
        List<Entity> entities = read("BASEBALL - HORNETS BEAT GULLS .\nThe Hornets beat the Gulls 5-3 on Friday "
                + "as pitcher Dale Okoye struck out nine in the league match and the season went on .");
        entity(entities, EntityType.ORGANIZATION, "Hornets");
        entity(entities, EntityType.ORGANIZATION, "Gulls");
        assertTrue(find(entities, EntityType.PERSON, "Gulls").isEmpty());
    }

    @Test
    void onASportsPageAClubWithItsCountryInBracketsIsATeam() {
        List<Entity> entities = read("BASKETBALL - TOURNAMENT RESULTS .\nResults of the basketball tournament "
                + "on Saturday , the season 's first match :\nVolnar ( Ukraine ) 88 Brisko ( Slovakia ) 80");
        entity(entities, EntityType.ORGANIZATION, "Volnar");
        entity(entities, EntityType.ORGANIZATION, "Brisko");
    }

    @Test
    void aClubIsLaterNamedByTheWordBeforeItsTown() {
        List<Entity> entities = read("SOCCER - LEAGUE MATCH .\nVortex Madrid drew 1-1 in the league match "
                + "with the season 's first goal from striker Ilan Peres .\nVortex looked tired after halftime .");
        company(entities, "Vortex");
    }

    private static void company(List<Entity> entities, String name) {
        entity(entities, EntityType.ORGANIZATION, name);
        assertTrue(find(entities, EntityType.PERSON, name).isEmpty());
    }
}
