package io.newsroom.extraction.engine.text;

import io.newsroom.extraction.engine.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {

    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();

    private List<String> sentencesOf(String text) {
        sentences.clear();
        tokens.clear();
        SentenceSplitter.split(text, sentences, tokens);
        return sentences.stream().map(s -> s.of(text)).toList();
    }

    private List<String> tokensOf(String text) {
        sentencesOf(text);
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void abbreviationsAndTitlesDoNotEndSentences() {
        assertEquals(List.of(
                "Gov. Ann Ruiz met Sen. Paul Okafor and Rep. Lee at the U.S. Capitol on Jan. 12 at 9 a.m. local time.",
                "Dr. Mira Holt of Brightwave Corp. joined them."),
                sentencesOf("Gov. Ann Ruiz met Sen. Paul Okafor and Rep. Lee at the U.S. Capitol on Jan. 12 at "
                        + "9 a.m. local time. Dr. Mira Holt of Brightwave Corp. joined them."));
    }

    @Test
    void abbreviationCanCloseASentence() {
        assertEquals(List.of("The deal was signed by Harbor Foods Inc.", "The company declined to comment."),
                sentencesOf("The deal was signed by Harbor Foods Inc. The company declined to comment."));
        assertEquals(List.of("Troops left the U.K.", "They arrived on Friday."),
                sentencesOf("Troops left the U.K. They arrived on Friday."));
    }

    @Test
    void initialsDecimalsAndNumbersStayInside() {
        assertEquals(List.of("J. R. Tolland said the index rose 3.5 percent to 1,204.75 points, No. 2 in the region."),
                sentencesOf("J. R. Tolland said the index rose 3.5 percent to 1,204.75 points, No. 2 in the region."));
        assertEquals(List.of("J.", "R.", "Tolland", "said", "the", "index", "rose", "3.5", "percent", "to",
                "1,204.75", "points", ",", "No.", "2", "in", "the", "region", "."),
                tokensOf("J. R. Tolland said the index rose 3.5 percent to 1,204.75 points, No. 2 in the region."));
    }

    @Test
    void closingQuotesStayWithTheSentence() {
        assertEquals(List.of("She said: \u201CWe will rebuild.\u201D", "Then she left."),
                sentencesOf("She said: \u201CWe will rebuild.\u201D Then she left."));
        assertEquals(List.of("He said \"stop.\"", "Nobody did."), sentencesOf("He said \"stop.\" Nobody did."));
    }

    @Test
    void questionOrExclamationInsideAQuoteKeepsItsAttribution() {
        assertEquals(List.of("\"Why now?\" the minister asked.", "\"Enough!\", she shouted."),
                sentencesOf("\"Why now?\" the minister asked. \"Enough!\", she shouted."));
    }

    @Test
    void ellipsesEndOnlyBeforeACapital() {
        assertEquals(List.of("We waited... and waited.", "Then came the news\u2026", "Nobody spoke."),
                sentencesOf("We waited... and waited. Then came the news\u2026 Nobody spoke."));
    }

    @Test
    void paragraphsEndAtBlankLinesAndLineBreaksButNotAtWrappedLines() {
        String text = "WORLD / ASIA\nFloods hit the coast\nPublished: June 3, 2024\n\n"
                + "Heavy rain fell on Monday, and rivers\nrose quickly. Roads closed.\n\n\nOfficials warned residents.";
        assertEquals(List.of("WORLD / ASIA", "Floods hit the coast", "Published: June 3, 2024",
                "Heavy rain fell on Monday, and rivers\nrose quickly.", "Roads closed.", "Officials warned residents."),
                sentencesOf(text));
        assertEquals(List.of(0, 1, 2, 3, 3, 4), sentences.stream().map(Sentence::paragraph).toList());
    }

    @Test
    void tokensCarryOffsetsAndSentenceIndex() {
        String text = "Russia's envoy didn't go.  Talks resume in well-known AT&T Park.";
        sentencesOf(text);
        for (Token token : tokens) {
            assertEquals(token.text(), text.substring(token.start(), token.end()));
        }
        assertEquals(List.of("Russia", "'s", "envoy", "didn't", "go", ".", "Talks", "resume", "in", "well-known",
                "AT&T", "Park", "."), tokens.stream().map(Token::text).toList());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1), tokens.stream().map(Token::sentence).toList());
        assertEquals(new Sentence(1, 27, text.length(), 0), sentences.get(1));
    }

    @Test
    void emptyAndBlankTextGiveNothing() {
        assertTrue(sentencesOf("").isEmpty());
        assertTrue(sentencesOf(" \n\n \t\n").isEmpty());
        assertTrue(tokens.isEmpty());
    }

    @Test
    void textWithoutPunctuationIsOneSentencePerParagraph() {
        assertEquals(List.of("no punctuation at all here", "second line"),
                sentencesOf("no punctuation at all here\n\nsecond line"));
    }

    @Test
    void dottedNamesFiguresAndDashesAreOneTokenEach() {
        assertEquals(List.of("A", "U.S.-led", "panel", "in", "St.Petersburg", "raised", "1,250.5", "tons", "--",
                        "see", "harbour.example.org", "."),
                tokensOf("A U.S.-led panel in St.Petersburg raised 1,250.5 tons -- see harbour.example.org."));
    }

    @Test
    void twoSentencesRunTogetherAreStillCutAtThePeriod() {
        assertEquals(List.of("The", "vote", "failed", ".", "The", "mayor", "left", "."),
                tokensOf("The vote failed.The mayor left."));
        assertEquals(2, sentences.size());
    }

    @Test
    void aFigureClosingTheSentenceLeavesThePeriod() {
        assertEquals(List.of("Fares", "rose", "to", "$", "12.50", ".", "The", "U.S.", "agreed", "."),
                tokensOf("Fares rose to $12.50. The U.S. agreed."));
    }

    @Test
    void aPossessiveSetOffBySpacesIsStillOneToken() {
        assertEquals(List.of("Harlan", "'s", "team", "and", "Ruiz", "\u2019s", "staff"),
                tokensOf("Harlan 's team and Ruiz\u2019s staff"));
    }

    @Test
    void eachTokenKnowsItsKeyLineAndWhetherItOpensASentence() {
        tokensOf("Talks END\n\"We Will\u2019ve gone,\" she said.");
        Token first = tokens.get(0);
        Token end = tokens.get(1);
        Token quoted = tokens.get(3);
        Token contraction = tokens.get(4);
        assertTrue(first.sentenceStart());
        assertEquals("end", end.key());
        assertEquals(0, end.line());
        assertTrue(end.isAllCaps());
        assertTrue(quoted.sentenceStart());
        assertEquals(1, quoted.line());
        assertEquals("will've", contraction.key());
        assertTrue(!tokens.get(2).isWord() && tokens.get(2).isPunctuation());
    }
}
