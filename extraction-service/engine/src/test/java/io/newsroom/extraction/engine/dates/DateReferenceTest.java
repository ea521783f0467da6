package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.DurationMention;
import io.newsroom.extraction.engine.text.TokenizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How the words around a date decide what it refers to: the verb that governs it, the noun it qualifies. Every case
 * is anchored on Tuesday 2025-05-20; each row lists the text's dates as "text=value" in order.
 */
class DateReferenceTest {

    private final TemporalExpressionTagger tagger = new TemporalExpressionTagger();

    private TemporalExpressions analyse(String sentence) {
        return tagger.tag(TokenizedText.unsplit(sentence), ArticleMetadata.empty(), "2025-05-20T00:02");
    }

    private String dates(String sentence) {
        List<DateMention> dates = analyse(sentence).dates();
        return dates.stream().map(d -> d.text() + "=" + d.value()).collect(Collectors.joining(" "));
    }

    private String durations(String sentence) {
        List<DurationMention> durations = analyse(sentence).durations();
        return durations.stream().map(d -> d.text() + "=" + d.value()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The current crisis has cost the port of Riverton dearly.                 | current=PRESENT_REF
            Its current chairman took office in 2019.                                | current=PRESENT_REF 2019=2019
            Riverton Mills cut its prices because of current market conditions.      | current=PRESENT_REF
            Holders may buy shares at half the then current price.                   | then current=PAST_REF
            Holders may buy shares at half the then-current price.                   | then-current=PAST_REF
            The swimmers were swept away by the current.                             | ''
            The current of the river was strong.                                     | ''
            Current assets of the Riverton bank rose.                                | ''
            The current-account deficit of the region widened.                       | ''
            The pledge of the current administration of Riverton was costly.         | ''
            """)
    void currentIsThePresentBeforeItsNoun(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The agency will name a new commander of the orbital station for a mission in December. | December=2025-12
            Officials said two new ferries would leave the old harbour of Riverton for the islands from January 6. | January 6=2026-01-06
            """)
    void aModalGovernsItsClauseBeyondTheNearestWords(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Riverton plans a ceremony on a still undisclosed date in January.        | January=2026-01
            The town named a newly appointed judge in January.                        | January=2025-01
            """)
    void aParticipleAfterADeterminerIsNoPastVerb(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Floods made it hard to meet orders well into the summer.                   | the summer=2024-SU
            The envoys meet in Riverton in the summer.                                 | the summer=2025-SU
            """)
    void anInfinitiveTakesTheTenseOfItsVerb(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Riverton Mills expects weaker sales in the last half of 2026.           | the last half of 2026=2026-H2
            The mill was busiest in the last half of the year.                       | the last half of the year=2025-H2
            """)
    void theLastHalfOfAYearIsItsSecondHalf(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Riverton Mills sees little growth in the short term.                    | the short term=FUTURE_REF
            The council weighs the costs of the near term, he said.                  | the near term=FUTURE_REF
            The short term outlook of the mill is poor.                              | ''
            """)
    void theNearTermLiesAhead(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Over the years the Riverton ferry grew into a fleet.                     | the years=PXY
            Traders expect more selling in the weeks ahead.                          | the weeks ahead=PXW
            The days of the old ferry are over.                                      | ''
            """)
    void theYearsOverWhichSomethingHappensAreALengthOfTime(String sentence, String expected) {
        assertEquals(expected, durations(sentence));
        assertEquals("", dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Today is the eighth day of the strike at the Riverton mill.              | Today=2025-05-20 the eighth day=2025-05-20
            It's the second day of talks in Riverton.                                | the second day=2025-05-20
            On his first day in office the mayor of Riverton cut taxes.              | ''
            """)
    void theNthDayOfAnEventToldInThePresentIsToday(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The index of Riverton stocks is near its high of November 3.            | November 3=2024-11-03
            The index of Riverton stocks is near its high of October 3.             | October 3=2025-10-03
            """)
    void aMonthHalfAYearAwayToldWithoutTenseIsThePast(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor spoke on the news programme "This Week" of the Riverton station.   | ''
            The mayor said "this week" twice in her speech.                           | this week=2025-W21
            """)
    void aCapitalisedDateAfterAnOpeningQuotationMarkIsATitle(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Shares in Riverton fell overnight.                                       | overnight=2025-05-19TNI
            Riverton shares closed lower on Friday, hurt by overnight losses abroad.  | Friday=2025-05-16 overnight=2025-05-15TNI
            """)
    void overnightIsTheNightBeforeTheDayToldOf(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Riverton Mills earned $2 million in the quarter ended April 30.          | the quarter=2025-Q1 April 30=2025-04-30
            Riverton Mills earned $2 million in the quarter ended March 31.          | the quarter=2025-Q1 March 31=2025-03-31
            Riverton Mills earned $2 million in the quarter ended Jan. 31.           | the quarter=2024-Q4 Jan. 31=2025-01-31
            """)
    void theQuarterEndedOnADayIsTheCalendarQuarterHoldingMostOfIt(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The new line saves Riverton Mills $2 million a year.                     | a year=P1Y | ''
            Riverton exports grew 5% a month last spring.                            | a month=P1M last spring=2024-SP | ''
            The strike lasted a week.                                                | '' | a week=P1W
            """)
    void aRateAfterAnAmountIsASetNotALength(String sentence, String expectedDates, String expectedDurations) {
        assertEquals(expectedDates, dates(sentence));
        assertEquals(expectedDurations, durations(sentence));
    }
}
