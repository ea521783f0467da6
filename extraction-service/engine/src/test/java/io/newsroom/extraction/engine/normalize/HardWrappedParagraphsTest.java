package io.newsroom.extraction.engine.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HardWrappedParagraphsTest {

    @Test
    void joinsTheLinesOfParagraphsBrokenAtAFixedWidth() {
        String wrapped = """
                RIVERTON, March 4 - Mayor Lena Ortiz of Riverton said on Monday
                that the city would borrow 40 million dollars to build a second
                bridge over the river, ending a decade of debate on the council.

                The old bridge, which opened in 1961, carries twice the traffic
                it was built for, according to a report by the regional roads
                agency published last year.
                """;

        assertEquals("""
                RIVERTON, March 4 - Mayor Lena Ortiz of Riverton said on Monday that the city would borrow 40 \
                million dollars to build a second bridge over the river, ending a decade of debate on the council.

                The old bridge, which opened in 1961, carries twice the traffic it was built for, according to a \
                report by the regional roads agency published last year.
                """, HardWrappedParagraphs.unwrap(wrapped));
    }

    @Test
    void aShortLineOrAnIndentedLineStartsANewParagraphInsideABlock() {
        String wrapped = """
                Councillors voted 31 to 9 in favour of the plan after a debate
                that lasted more than six hours on Monday night and ended with
                a standing ovation.
                  Opponents said the cost would fall on taxpayers for decades,
                and that a ferry service would have been far cheaper to run.
                """;

        assertEquals("""
                Councillors voted 31 to 9 in favour of the plan after a debate that lasted more than six hours on \
                Monday night and ended with a standing ovation.
                  Opponents said the cost would fall on taxpayers for decades, and that a ferry service would have \
                been far cheaper to run.
                """, HardWrappedParagraphs.unwrap(wrapped));
    }

    @Test
    void oneSentencePerLineStaysAsItIs() {
        String sentences = """
                KELSO 1997-05-04
                Mayor Lena Ortiz of Riverton opened the new library on Sunday .
                The building cost 12 million dollars and took three years to build .
                Its reading room has space for four hundred visitors at a time .
                """;

        assertEquals(sentences, HardWrappedParagraphs.unwrap(sentences));
    }

    @Test
    void tokenizedCorpusTextKeepsItsLinesEvenWhenTheyWereWrapped() {
        String tokenized = """
                Riverton - Lena Ortiz ( captain ) , Tomas Reyes , Ana Ruiz , Jonas
                Ek , Mara Lindqvist , Ilse Varga , Peter Kowalski , Sven Dahl , Omar
                Haddad , Nina Petrova .
                """;

        assertEquals(tokenized, HardWrappedParagraphs.unwrap(tokenized));
    }

    @Test
    void joiningKeepsTheLengthOfTheText() {
        String wrapped = """
                Mayor Lena Ortiz of Riverton said on Monday that the city would
                borrow 40 million dollars to build a second bridge over the river,
                ending a decade of debate on the council.
                """;

        assertEquals(wrapped.length(), HardWrappedParagraphs.unwrap(wrapped).length());
        assertEquals(wrapped.replace('\n', ' ').strip(), HardWrappedParagraphs.unwrap(wrapped).strip());
    }

    @Test
    void aHeadlineListItemsAndTableRowsKeepTheirLines() {
        String wrapped = """
                Riverton Council Approves Second Bridge Over The Kelso River
                Councillors voted on Monday to borrow money for a second bridge,
                which engineers say could open to traffic within five years.
                The plan includes the following measures, in the order given:
                - a toll of two dollars for each car crossing in the first year
                - a new bus lane on the old bridge from the start of next year
                Bridge          2019  2020  2021  2022  2023  2024  2025  2026
                Old bridge      1200  1250  1300  1320  1400  1420  1480  1500
                """;

        assertEquals("""
                Riverton Council Approves Second Bridge Over The Kelso River
                Councillors voted on Monday to borrow money for a second bridge, which engineers say could open to \
                traffic within five years. The plan includes the following measures, in the order given:
                - a toll of two dollars for each car crossing in the first year
                - a new bus lane on the old bridge from the start of next year
                Bridge          2019  2020  2021  2022  2023  2024  2025  2026
                Old bridge      1200  1250  1300  1320  1400  1420  1480  1500
                """, HardWrappedParagraphs.unwrap(wrapped));
    }

    @Test
    void aCompoundBrokenAtItsHyphenIsJoinedWithoutASpace() {
        String wrapped = """
                The council approved a plan on Monday for the long-
                term repair of the harbour wall, which was damaged in the storms
                of last winter and has been closed to walkers since February.
                """;

        assertEquals("""
                The council approved a plan on Monday for the long-term repair of the harbour wall, which was damaged in the \
                storms of last winter and has been closed to walkers since February.
                """, HardWrappedParagraphs.unwrap(wrapped));
    }

    @Test
    void aTwoLineParagraphJoinsWhenTheRestOfTheTextIsWrappedAtTheSameWidth() {
        String wrapped = """
                Mayor Lena Ortiz of Riverton said on Monday that the city would
                borrow 40 million dollars to build a second bridge over the river,
                ending a decade of debate on the council.

                The vote is expected on Thursday, after a final hearing on the
                costs.
                """;

        assertEquals("""
                Mayor Lena Ortiz of Riverton said on Monday that the city would borrow 40 million dollars to build \
                a second bridge over the river, ending a decade of debate on the council.

                The vote is expected on Thursday, after a final hearing on the costs.
                """, HardWrappedParagraphs.unwrap(wrapped));
    }

    @Test
    void unwrappedParagraphsNarrowColumnsAndEmptyTextsPassThrough() {
        String unwrapped = "Mayor Lena Ortiz of Riverton said on Monday that the city would borrow 40 million dollars "
                + "to build a second bridge over the river.\nThe vote is expected on Thursday.\n";
        String narrow = "Lena Ortiz said on\nMonday that the city\nwould borrow money\nfor a second bridge.\n";

        assertEquals(unwrapped, HardWrappedParagraphs.unwrap(unwrapped));
        assertEquals(narrow, HardWrappedParagraphs.unwrap(narrow));
        assertEquals("", HardWrappedParagraphs.unwrap(""));
        assertEquals("\n\n \n", HardWrappedParagraphs.unwrap("\n\n \n"));
    }
}
