package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.model.EntityType;
import org.junit.jupiter.api.Test;

import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.entity;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.find;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.read;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scorecards and line-ups name players by their notation, not by their words. */
class SportsNotationTest {

    @Test
    void aCricketDismissalNamesTheBatsmanTheFielderAndTheBowler() {
        ArticleAnalysis analysis = read("CRICKET - SCORECARD\nR. Okoro c Vandermeer b Kasprzak 41\n"
                + "T. Ilunga lbw b Ruwanpura 7");
        entity(analysis, EntityType.PERSON, "Vandermeer");
        entity(analysis, EntityType.PERSON, "Kasprzak");
        entity(analysis, EntityType.PERSON, "Ruwanpura");
    }

    @Test
    void bowlingFiguresFollowABowlerAnywhere() {
        ArticleAnalysis analysis = read("Bowling : Kasprzak 10-2-31-3 , Ruwanpura 8-0-44-1 .");
        entity(analysis, EntityType.PERSON, "Kasprzak");
        entity(analysis, EntityType.PERSON, "Ruwanpura");
    }

    @Test
    void theMinuteOfAGoalOrASubstitutionFollowsAPlayer() {
        ArticleAnalysis analysis = read("Scorers : Ardmore - Okafor ( 41st min ) , Hallin 87th\n"
                + "Ardmore 2 Dorvik 0");
        entity(analysis, EntityType.PERSON, "Okafor");
        entity(analysis, EntityType.PERSON, "Hallin");
        assertTrue(find(analysis, EntityType.ORGANIZATION, "Hallin").isEmpty());
    }

    @Test
    void aGivenNameThatIsAlsoANationalityOrAMonthOpensAName() {
        ArticleAnalysis analysis = read("Christian Oduya ( Sweden ) beat Jan Horak ( Czech Republic ) 6-4 6-2 .");
        entity(analysis, EntityType.PERSON, "Christian Oduya");
        entity(analysis, EntityType.PERSON, "Jan Horak");
    }

    @Test
    void onASportsPageACapitalisedPluralAfterTheIsATeam() {
        ArticleAnalysis analysis = read("BASEBALL - HORNETS BEAT GULLS .\nThe Hornets beat the Gulls 5-3 on Friday "
                + "as pitcher Dale Okoye struck out nine in the league match and the season went on .");
        entity(analysis, EntityType.ORGANIZATION, "Hornets");
        entity(analysis, EntityType.ORGANIZATION, "Gulls");
        assertTrue(find(analysis, EntityType.PERSON, "Gulls").isEmpty());
    }

    @Test
    void onASportsPageAClubWithItsCountryInBracketsIsATeam() {
        ArticleAnalysis analysis = read("BASKETBALL - TOURNAMENT RESULTS .\nResults of the basketball tournament "
                + "on Saturday , the season 's first match :\nVolnar ( Ukraine ) 88 Brisko ( Slovakia ) 80");
        entity(analysis, EntityType.ORGANIZATION, "Volnar");
        entity(analysis, EntityType.ORGANIZATION, "Brisko");
    }

    @Test
    void aClubIsLaterNamedByTheWordBeforeItsTown() {
        ArticleAnalysis analysis = read("SOCCER - LEAGUE MATCH .\nVortex Madrid drew 1-1 in the league match "
                + "with the season 's first goal from striker Ilan Peres .\nVortex looked tired after halftime .");
        company(analysis, "Vortex");
    }

    private static void company(ArticleAnalysis analysis, String name) {
        entity(analysis, EntityType.ORGANIZATION, name);
        assertTrue(find(analysis, EntityType.PERSON, name).isEmpty());
    }
}
