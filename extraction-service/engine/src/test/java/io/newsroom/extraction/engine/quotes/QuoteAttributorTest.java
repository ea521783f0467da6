package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.Quote;
import io.newsroom.extraction.engine.text.TokenizedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteAttributorTest {

    private static List<Quote> analyse(String text, Entity... entities) {
        return new QuoteAttributor().attribute(TokenizedText.of(text), List.of(entities));
    }

    private static List<Quote> direct(String text, Entity... entities) {
        return analyse(text, entities).stream().filter(Quote::direct).toList();
    }

    @Test
    void trailingSaidNameWithCurlyMarks() {
        List<Quote> quotes = direct("\u201CThe bridge will open in spring,\u201D said Mayor Anna Kowalski.");
        assertEquals(1, quotes.size());
        assertEquals("The bridge will open in spring", quotes.get(0).text());
        assertEquals("Anna Kowalski", quotes.get(0).speaker());
        assertEquals("said", quotes.get(0).cue());
    }

    @Test
    void nameSaidAfterStraightMarksAndSurnameResolvesToFullName() {
        List<Quote> quotes = direct("Harbour master Tomas Lind spoke at the pier. \"We expect the ferries back on Friday,\" Lind said.");
        assertEquals(1, quotes.size());
        assertEquals("Tomas Lind", quotes.get(0).speaker());
    }

    @Test
    void speakerBeforeTheQuoteWithThat() {
        List<Quote> quotes = direct("Governor Ruth Elms said on Tuesday that \"the budget is balanced for the first time in years.\"");
        assertEquals("Ruth Elms", quotes.get(0).speaker());
        assertTrue(quotes.get(0).text().startsWith("the budget is balanced"));
    }

    @Test
    void quotationInterruptedByItsAttributionIsTwoQuotesOfOneSpeaker() {
        String text = "\"We will rebuild,\" Mayor Lena Ortiz said, \"and we will do it this year.\"";
        List<Quote> quotes = direct(text);
        assertEquals(2, quotes.size());
        assertEquals("We will rebuild", quotes.get(0).text());
        assertEquals("and we will do it this year.", quotes.get(1).text());
        for (Quote quote : quotes) {
            assertEquals("Lena Ortiz", quote.speaker());
            assertEquals("said", quote.cue());
            assertEquals(quote.text(), text.substring(quote.start(), quote.end()));
        }
        assertNull(quotes.get(0).continues());
        assertEquals(0, quotes.get(1).continues());
    }

    @Test
    void quoteGoesOnAfterTheAttributionSentence() {
        List<Quote> quotes = direct("\"The river rose overnight,\" the fire chief said. \"Three homes were flooded.\"");
        assertEquals(2, quotes.size());
        assertEquals("fire chief", quotes.get(1).speaker());
        assertEquals("Three homes were flooded.", quotes.get(1).text());
        assertEquals(0, quotes.get(1).continues());
    }

    @Test
    void paragraphOpeningWithoutCloseContinues() {
        String text = "\u201CThe plan has three parts. The first is housing.\n\n\u201CThe second is transport,\u201D said Jane Moreau.";
        List<Quote> quotes = direct(text);
        assertEquals(2, quotes.size());
        assertEquals("The plan has three parts. The first is housing.", quotes.get(0).text());
        assertEquals("The second is transport", quotes.get(1).text());
        assertEquals("Jane Moreau", quotes.get(0).speaker());
        assertEquals("Jane Moreau", quotes.get(1).speaker());
        assertEquals(0, quotes.get(1).continues());
    }

    @Test
    void unclosedQuoteEndsWithItsSentenceAndKeepsTheOutlet() {
        String text = "Minister Karl Brandt said on Sunday that \"the strike must end before winter, according to a Tass report. "
                + "Brandt later left the capital.";
        List<Quote> quotes = direct(text);
        assertEquals(1, quotes.size());
        assertEquals("the strike must end before winter", quotes.get(0).text());
        assertEquals("Karl Brandt", quotes.get(0).speaker());
        assertEquals("Tass", quotes.get(0).via());
    }

    @Test
    void outletThatRelayedTheQuoteIsVia() {
        String text = "\"Talks will resume next week,\" Foreign Minister Lena Hoff said, Associated Press reported Sunday.";
        Quote quote = direct(text).get(0);
        assertEquals("Lena Hoff", quote.speaker());
        assertEquals("Associated Press", quote.via());
    }

    @Test
    void subjectBeforeAPredicateQuoteAndOutletAfterIt() {
        String text = "Mayor Ivo Petrov \"welcomed the decision and promised new schools,\" the Washington Post reported.";
        Quote quote = direct(text).get(0);
        assertEquals("Ivo Petrov", quote.speaker());
        assertEquals("Washington Post", quote.via());
    }

    @Test
    void spokesmanForAPersonSpeaksForThatPerson() {
        String text = "\"The ministers discussed the harvest,\" said a spokesman for Prime Minister Olav Strand in a statement.";
        assertEquals("Olav Strand", direct(text).get(0).speaker());
    }

    @Test
    void pronounPointsBackToTheLastPersonQuoted() {
        String text = "\"We will appeal,\" said lawyer Maria Duarte. The court adjourned.\n\n\"This is not over,\" she added.";
        List<Quote> quotes = direct(text);
        assertEquals(2, quotes.size());
        assertEquals("Maria Duarte", quotes.get(1).speaker());
    }

    @Test
    void speakerLinksToTheEntityByAlias() {
        Entity putin = new Entity("e1", EntityType.PERSON, "Vladimir Putin");
        putin.aliases().add("Putin");
        Quote quote = direct("\"We are ready for talks,\" Putin told reporters.", putin).get(0);
        assertEquals("Vladimir Putin", quote.speaker());
        assertEquals("e1", quote.speakerId());
        assertEquals("told", quote.cue());
    }

    @Test
    void accordingToNamesTheSpeaker() {
        Quote quote = direct("\"The vote was fair and open,\" according to election chief Sara Holm.").get(0);
        assertEquals("Sara Holm", quote.speaker());
    }

    @Test
    void scareQuotesTitlesAndNicknamesAreNotQuotes() {
        String text = "The minister told journalists she was left out because she refused to join a proposed "
                + "\"coalition of the willing\" for the region. The group, calling itself the \"Friends of Rivers\", met. "
                + "Boxer Joe \"The Hammer\" Silva won. She reviewed the film \"Night Over Lisbon\" last week.";
        List<Quote> quotes = direct(text);
        assertTrue(quotes.isEmpty(), () -> "unexpected " + quotes);
    }

    @Test
    void reportedSpeechIsIndirectWithCueAndClause() {
        List<Quote> quotes = analyse("Shortly before the vote, Senator Paul Ridge told reporters that the bill would pass.");
        Quote quote = quotes.get(0);
        assertFalse(quote.direct());
        assertEquals("told", quote.cue());
        assertEquals("Paul Ridge", quote.speaker());
        assertEquals("the bill would pass", quote.text());
    }

    @Test
    void trailingReportedSpeech() {
        List<Quote> quotes = analyse("Tariffs will not fix the deficit, Ms. Okafor noted.");
        Quote quote = quotes.get(0);
        assertFalse(quote.direct());
        assertEquals("Tariffs will not fix the deficit", quote.text());
        assertEquals("Okafor", quote.speaker());
    }

    @Test
    void reportedSpeechWithoutThatInAShortSentence() {
        List<Quote> quotes = analyse("Rosa Tenby said she would stand again.");
        assertEquals(1, quotes.size());
        assertEquals("she would stand again", quotes.get(0).text());
        assertEquals("Rosa Tenby", quotes.get(0).speaker());
    }

    @Test
    void theSpeakerDescribedBetweenCommasIsTheSubjectNotWhatWasSaid() {
        Quote before = analyse("Economist Ilse Marr, a lecturer at Tarvik College, said the rise was temporary.").get(0);
        assertEquals("the rise was temporary", before.text());
        assertEquals("Ilse Marr", before.speaker());

        Quote after = analyse("The rise was temporary, said Ilse Marr, a lecturer at Tarvik College.").get(0);
        assertEquals("The rise was temporary", after.text());
        assertEquals("Ilse Marr", after.speaker());
    }

    @Test
    void aDatelineBeforeTheSubjectIsNotTheSpeaker() {
        List<Quote> quotes = analyse("KELL HARBOUR, Nova Scotia - The harbour master said on Friday that the ferry would sail.");
        assertEquals(1, quotes.size());
        assertEquals("the ferry would sail", quotes.get(0).text());
        assertEquals("harbour master", quotes.get(0).speaker());
    }

    @Test
    void doubledApostrophesAreQuotationMarks() {
        List<Quote> quotes = direct("''This isn't reform,'' said Douglas Reyes, an economist. ''It is a patch.''");
        assertEquals(2, quotes.size());
        assertEquals("This isn't reform", quotes.get(0).text());
        assertEquals("Douglas Reyes", quotes.get(0).speaker());
        assertEquals("It is a patch.", quotes.get(1).text());
        assertEquals("Douglas Reyes", quotes.get(1).speaker());
    }

    @Test
    void scanningIsLinearOnLongUnbalancedText() {
        String text = "He said \"yes. ".repeat(20_000);
        List<Quote> quotes = analyse(text);
        assertFalse(quotes.isEmpty());
        assertNull(analyse("No marks at all here.").stream().filter(Quote::direct).findFirst().orElse(null));
    }

    @Test
    void speakerPastPartyAndStateInParenthesesAndAppositives() {
        assertEquals("Jane Holt", direct("\u201CThe vote is set,\u201D Chairwoman Jane Holt (R-Ohio) said in a statement.").get(0).speaker());
        assertEquals("Mark Dale", direct("\u201CWe will override it,\u201D Senate leader Mark Dale, R-Ky., said Tuesday.").get(0).speaker());
    }

    @Test
    void dashBylineAfterAQuote() {
        assertEquals("Rosa Ortiz", direct("\u201CWe want schools that work for every child.\u201D \u2015 Rosa Ortiz").get(0).speaker());
    }

    @Test
    void participleCueTakesTheSentenceSubject() {
        Quote quote = direct("Senator Lee Park attacked the plan on Monday, calling it \"a gift to lobbyists.\"").get(0);
        assertEquals("Lee Park", quote.speaker());
        assertEquals("calling", quote.cue());
    }

    @Test
    void fragmentsOfOneSentenceShareTheirSpeaker() {
        List<Quote> quotes = direct("Mayor Dan Ruiz called the report \"sloppy\" and \"deeply unfair\" to the city.");
        assertEquals(2, quotes.size());
        assertEquals("sloppy", quotes.get(0).text());
        assertEquals("deeply unfair", quotes.get(1).text());
        assertEquals("Dan Ruiz", quotes.get(1).speaker());
    }

    @Test
    void closedQuoteDoesNotRunIntoTheNextParagraph() {
        String text = "Ada Brent, a councillor, called the levy \u201Cunfair.\u201D\n\n\u201CWe will fight it in court,\u201D said Tom Reed, a shop owner.";
        List<Quote> quotes = direct(text);
        assertEquals(2, quotes.size());
        assertEquals("unfair.", quotes.get(0).text());
        assertEquals("Ada Brent", quotes.get(0).speaker());
        assertEquals("Tom Reed", quotes.get(1).speaker());
    }

    @Test
    void addingThatStartsAQuotationOfItsOwn() {
        List<Quote> quotes = direct("\"The harbour is safe again,\" the mayor said, adding that the works were \"a model for the region.\"");
        assertEquals(2, quotes.size());
        assertEquals("The harbour is safe again", quotes.get(0).text());
        assertEquals("a model for the region.", quotes.get(1).text());
        assertEquals("adding", quotes.get(1).cue());
    }

    @Test
    void nextSentenceCueIntroducesWhatFollowsNotTheQuoteBefore() {
        String text = "Lawyer Nina Ford said the claim was \"pure fiction.\" She said the contract was \"binding on both sides.\"";
        List<Quote> quotes = direct(text);
        assertEquals(2, quotes.size());
        assertEquals("pure fiction.", quotes.get(0).text());
        assertEquals("binding on both sides.", quotes.get(1).text());
    }

    @Test
    void quotedWordsEndingTheReportedClauseAreTheSpeakersWords() {
        Quote quote = direct("Olga Berg told the committee on Thursday that she does not see a \"way back.\"").get(0);
        assertEquals("way back.", quote.text());
        assertEquals("Olga Berg", quote.speaker());
    }

    @Test
    void chantsAndInflectedCuesAttribute() {
        assertEquals("protesters", direct("Outside the hall, the protesters chanted, \"No cuts to our schools!\"").get(0).speaker());
        assertEquals("Ivo Marsh", direct("Ivo Marsh closed the meeting, declaring \"this town will not be sold.\"").get(0).speaker());
    }

    @Test
    void questionFollowedByItsAttributionInTheSameSentence() {
        Quote quote = direct("\"Who pays for the new stadium?\" asked council member Rita Vance, the chair of the budget panel.").get(0);
        assertEquals("Rita Vance", quote.speaker());
    }

    @Test
    void reportBeforeAVerbIsTheSpeakerNotTheCue() {
        Quote quote = direct("\"The agency ignored every warning,\" the parliamentary report said.").get(0);
        assertEquals("said", quote.cue());
        assertEquals("parliamentary report", quote.speaker());
    }
    @Test
    void cueAndCommaRightBeforeTheMarksIntroduceAQuoteWhoseSubjectHasAClause() {
        Quote quote = direct("Mary Jones, who runs the county's food bank for working families, said, "
                + "\"We have never seen lines this long before the holidays.\"").get(0);
        assertEquals("We have never seen lines this long before the holidays.", quote.text());
        assertEquals("Mary Jones", quote.speaker());
        assertEquals("said", quote.cue());
    }

    @Test
    void aDescriptionWithARelativeClauseIsTheSubjectOfReportedSpeech() {
        Entity firm = new Entity("e1", EntityType.ORGANIZATION, "Keller Tanning Works");
        firm.mentions().add(new io.newsroom.extraction.engine.model.Mention(0, 20, "Keller Tanning Works"));
        List<Quote> quotes = analyse("Keller Tanning Works cut its output. The company, which runs three tanneries in the valley, "
                + "said demand had fallen sharply.", firm);
        Quote quote = quotes.stream().filter(q -> q.text().startsWith("demand")).findFirst()
                .orElseThrow(() -> new AssertionError("no reported speech among " + quotes));
        assertEquals("demand had fallen sharply", quote.text());
        assertEquals("company", quote.speaker());
        assertEquals("e1", quote.speakerId());
    }

    @Test
    void wordsAfterACueThatAnotherClauseFollowsAreNoInvertedSpeaker() {
        List<Quote> quotes = analyse("Keller, 61, who ran the mill for a decade, denied the claims and his lawyer said he would appeal.");
        assertTrue(quotes.stream().noneMatch(q -> "claims".equals(q.speaker())), () -> quotes.toString());
        List<Quote> inverted = analyse("The plan is sound, said Tom Vale, who chairs the board.");
        assertEquals("Tom Vale", inverted.get(0).speaker());
    }

    @Test
    void aNounPhraseAfterTheCueIsItsObjectNotWhatWasSaid() {
        List<Quote> quotes = analyse("The Harlow Courier reported the merger. The mayor said the plan works.");
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("the plan works", quotes.get(0).text());
    }

    @Test
    void aSurnameWithItsParticleIsTheSpeaker() {
        Entity vries = new Entity("e1", EntityType.PERSON, "Mark de Vries");
        vries.aliases().add("Vries");
        Quote quote = direct("\"We are building a prestige project,\" de Vries said.", vries).get(0);
        assertEquals("Mark de Vries", quote.speaker());
        assertEquals("e1", quote.speakerId());
    }

    @Test
    void aClauseReportedWithoutThatMayOpenWithABareNoun() {
        List<Quote> quotes = analyse("The ministry said fuel prices would rise in the spring. The mayor said goodbye to the crowd.");
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("fuel prices would rise in the spring", quotes.get(0).text());
        assertEquals("ministry", quotes.get(0).speaker());
    }

    @Test
    void participleAndCommaAfterAnOpeningPhraseIntroduceAQuote() {
        Quote quote = direct("During a long speech in the afternoon, Governor Nora Pike attacked the budget plan, saying, "
                + "\"It is reckless and it will hurt schools.\"").get(0);
        assertEquals("Nora Pike", quote.speaker());
        assertEquals("saying", quote.cue());
    }

    @Test
    void cueAfterAnotherVerbIntroducesAQuote() {
        List<Quote> quotes = direct("When my aunt asked about the farm, I laughed and said, \"I would never sell it to anyone.\"");
        assertEquals(1, quotes.size());
        assertEquals("I would never sell it to anyone.", quotes.get(0).text());
        assertEquals("said", quotes.get(0).cue());
    }

    @Test
    void asSomeonePutItIntroducesAQuote() {
        Quote quote = direct("As the economist Lena Broad recently put it, \"The town has simply run out of land.\"").get(0);
        assertEquals("Lena Broad", quote.speaker());
    }

    @Test
    void invertedCueWithAColonIntroducesAQuote() {
        Quote quote = direct("Said Omar Reyes: \"Nobody in this town will forget the flood.\"").get(0);
        assertEquals("Omar Reyes", quote.speaker());
    }
    @Test
    void openingMarkBeforeASpacedEllipsisOpensTheQuotation() {
        List<Quote> quotes = direct("The minister took questions.\n\n\u201D \u2026 what we saw on the river that night was a warning to every town,\u201D she said.");
        assertEquals(1, quotes.size());
        assertTrue(quotes.get(0).text().startsWith("\u2026 what we saw"));
        assertEquals("said", quotes.get(0).cue());
    }
    @Test
    void nameAfterALowercaseModifierIsTheSpeaker() {
        Quote quote = direct("\"The vote is final,\" committee Chairman Rep. Ann Ray said on Monday.").get(0);
        assertEquals("Ann Ray", quote.speaker());
        assertNull(direct("\"The vote is final,\" lawmakers in Ohio said on Monday.").get(0).speaker());
    }

    @Test
    void quotesInGermanFrenchAndSpanishMarksAreAttributed() {
        for (String text : List.of("\u201EWe will rebuild the bridge,\u201C Mayor Lena Ortiz said.",
                "\u00BBWe will rebuild the bridge,\u00AB Mayor Lena Ortiz said.",
                "\u00ABWe will rebuild the bridge,\u00BB Mayor Lena Ortiz said.",
                "\u00AB We will rebuild the bridge \u00BB, Mayor Lena Ortiz said.")) {
            List<Quote> quotes = direct(text);
            assertEquals(1, quotes.size(), text);
            assertEquals("We will rebuild the bridge", quotes.get(0).text(), text);
            assertEquals("Lena Ortiz", quotes.get(0).speaker(), text);
            assertEquals(quotes.get(0).text(), text.substring(quotes.get(0).start(), quotes.get(0).end()));
        }
    }

    @Test
    void guillemetsInterruptedByTheirAttribution() {
        List<Quote> quotes = direct("\u00AB We will rebuild \u00BB, Mayor Lena Ortiz said, \u00AB and we will do it this year. \u00BB");
        assertEquals(2, quotes.size());
        assertEquals("and we will do it this year.", quotes.get(1).text());
        assertEquals("Lena Ortiz", quotes.get(1).speaker());
        assertEquals(0, quotes.get(1).continues());
    }

    @Test
    void aShortSentenceOfSmallWordsIsNoTitle() {
        List<Quote> quotes = direct("Lena Ortiz kept telling the driver, \"Don't you do it,\" until the bus stopped.");
        assertEquals(1, quotes.size());
        assertEquals("Don't you do it", quotes.get(0).text());
        assertTrue(direct("She reviewed the film \"Night Over Lisbon\" last week.").isEmpty());
    }

    @Test
    void aClauseEndingInAColonGivesTheWholeQuotedSentenceToItsSubject() {
        Quote quote = direct("Mayor Lena Ortiz had a short answer for the critics: \"The bridge opens in May.\"").get(0);
        assertEquals("The bridge opens in May.", quote.text());
        assertEquals("Lena Ortiz", quote.speaker());
        assertTrue(direct("The plan has one aim: \"affordable homes\" for the town.").isEmpty());
    }

    @Test
    void aRelativeClauseCueGivesTheQuoteToTheNameItHangsOn() {
        Quote quote = direct("Guests included Ann Ray and Tom Lee, who joked of the new museum, \"I have not seen it yet.\"").get(0);
        assertEquals("Tom Lee", quote.speaker());
        assertEquals("joked", quote.cue());
    }

    @Test
    void aCueWithAShortPhraseAndACommaIntroducesTheQuote() {
        List<Quote> quotes = direct("When the crowd cheered, I laughed and said of the plan, \"We will build it anyway.\"");
        assertEquals(1, quotes.size());
        assertEquals("said", quotes.get(0).cue());
    }

    @Test
    void quotedWordsWithNoAttributionInTheNextParagraphCarryTheQuotationOn() {
        String text = "\"The river is falling,\" Lena Ortiz said on Monday.\n\n\"We expect the roads to open by Friday.\"";
        List<Quote> quotes = direct(text);
        assertEquals(2, quotes.size());
        assertEquals("Lena Ortiz", quotes.get(1).speaker());
        assertEquals(0, quotes.get(1).continues());
        assertEquals("We expect the roads to open by Friday.", quotes.get(1).text());
    }

    @Test
    void aSentenceAfterTheAttributionDoesNotEndTheQuotation() {
        String text = "\"The river is falling,\" Lena Ortiz said after the briefing. She did not take questions. "
                + "\"We expect the roads to open by Friday.\"";
        List<Quote> quotes = direct(text);
        assertEquals(2, quotes.size());
        assertEquals(0, quotes.get(1).continues());
    }

    @Test
    void aParagraphBetweenTwoQuotationsKeepsThemApart() {
        String text = "\"The river is falling,\" Lena Ortiz said.\n\nThe council met later that day.\n\n"
                + "\"We expect the roads to open by Friday.\"";
        List<Quote> quotes = direct(text);
        assertEquals(2, quotes.size());
        assertNull(quotes.get(1).continues());
    }

    @Test
    void aNameBeforeLongDescriptionsSetOffByCommasIsTheSpeaker() {
        String text = "\"It has the great virtue of being cheap,\" Ann Ray, director of the Riverton Policy Center and a "
                + "professor at Delft University, said of the plan. \"It does not add to the debt.\"";
        List<Quote> quotes = direct(text);
        assertEquals(2, quotes.size());
        assertEquals("Ann Ray", quotes.get(0).speaker());
        assertEquals("Ann Ray", quotes.get(1).speaker());
        assertEquals("Mara Lind", direct("\"Nobody wants this,\" Mara Lind, an economist and tax expert, told me this week.").get(0).speaker());
    }

    @Test
    void aNameBeforeTwoDescriptionsIsTheSpeaker() {
        assertEquals("Tom Vale", direct("\"The deal is a trap,\" Tom Vale, the treasurer of Ohio, one of the states suing "
                + "the agency, said at a Boston event.").get(0).speaker());
        assertEquals("Jan Holm", direct("Jan Holm, the foreign minister of Denmark, a member of the alliance, said the attack "
                + "\"cannot go unanswered.\"").get(0).speaker());
        assertEquals("Sweden", direct("Even Sweden, the region's largest economy and its main trading partner, said it was "
                + "\"deeply concerned\" about the vote.").get(0).speaker());
        assertEquals("Ann Ray", direct("\"We will see,\" Rep. Ann Ray (D-Ohio), a panel member, said by phone.").get(0).speaker());
    }

    @Test
    void aNameAfterWordsThatDescribeItIsTheSpeaker() {
        assertEquals("Paul Stone", direct("\"We will not be rushed,\" retired Navy admiral Paul Stone said.").get(0).speaker());
    }

    @Test
    void fragmentsListedWithCommasInsideTheMarksAreOneQuotation() {
        List<Quote> quotes = direct("Ann Ray called the plan a \"costly mistake,\" a \"giveaway,\" \"reckless\" and \"unfair.\"");
        assertEquals(4, quotes.size());
        assertEquals("Ann Ray", quotes.get(2).speaker());
        assertEquals(1, quotes.get(2).continues());
        assertEquals(2, quotes.get(3).continues());
    }

    @Test
    void aCueUsedAsANounDoesNotTakeTheQuotation() {
        assertEquals("Lena Ortiz", direct("Lena Ortiz said Tom Reyes's mental state is \"beyond repair.\"").get(0).speaker());
        assertEquals("Ann Ray", direct("Ann Ray says a Tom Lind tweet attacking the mayor was \"out of line.\"").get(0).speaker());
        assertEquals("Ann Ray", direct("Ann Ray says a flurry of late-night tweets targeting the mayor was \"out of line.\"")
                .get(0).speaker());
    }

    @Test
    void verbsThatLikenHailOrEncourageGiveTheQuotedWordsASpeaker() {
        assertEquals("Ann Ray", direct("Ann Ray likened the new tax to \"a slow leak in a tyre.\"").get(0).speaker());
        assertEquals("Tom Lind", direct("Tom Lind encouraged voters to \"stay home and stay safe.\"").get(0).speaker());
        assertEquals("Mara Quist", direct("Mara Quist hailed the mayor as \"the builder of the decade.\"").get(0).speaker());
    }

    @Test
    void aCueJoinedByAndToTheVerbBeforeHasItsSubject() {
        assertEquals("Tom Lind", direct("Tom Lind outlined his plan and vowed to harshly punish \"those who break the rules.\"")
                .get(0).speaker());
        assertEquals("Riverton mayor", direct("The Riverton mayor outlined the budget and vowed to keep \"every library open.\"")
                .get(0).speaker());
    }

    @Test
    void anInfinitiveCueAfterAVerbHasThatVerbsSubject() {
        List<Quote> quotes = direct("In her years in office, most voters have come to believe \"that the levy is fair and needed.\"");
        assertEquals(1, quotes.size());
        assertEquals("believe", quotes.get(0).cue());
    }

    @Test
    void aLeadLikeThisIsNamesNobodyAndTheOutletAfterTheQuoteSpeaks() {
        List<Quote> quotes = direct("Ann Ray leads by five points. This is \"roughly the lead she has held all month,\" reported Reuters.");
        assertEquals("Reuters", quotes.get(0).speaker());
        assertEquals("Ann Ray", direct("Ann Ray \"never wavered once\" on the plan.").get(0).speaker());
    }
}
