package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.DurationMention;
import io.newsroom.extraction.engine.text.TokenizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every case is anchored on Tuesday 2025-05-20, the publication date of a typical wire story. */
class TemporalExpressionTaggerTest {

    private static final String PUBLISHED = "2025-05-20T00:02";

    private final TemporalExpressionTagger tagger = new TemporalExpressionTagger();

    private TemporalExpressions analyse(String text, String published) {
        return tagger.tag(TokenizedText.unsplit(text), ArticleMetadata.empty(), published);
    }

    private List<DateMention> tag(String text, String published) {
        return analyse(text, published).dates();
    }

    private List<DateMention> tag(String text) {
        return tag(text, PUBLISHED);
    }

    private DateMention only(String text) {
        return only(text, PUBLISHED);
    }

    private DateMention only(String text, String published) {
        List<DateMention> dates = tag(text, published);
        assertEquals(1, dates.size(), () -> "one expression expected in \"" + text + "\" but found " + dates);
        return dates.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers met on May 20, 2025 in Geneva.                  | May 20, 2025         | 2025-05-20 | DATE
            The treaty was signed on 20 May 2025.                          | 20 May 2025          | 2025-05-20 | DATE
            The last conversation took place on March 18.                  | March 18             | 2025-03-18 | DATE
            Reuters reported on May 8 that both sides agreed.              | May 8                | 2025-05-08 | DATE
            On February 12, the two leaders spoke.                         | February 12          | 2025-02-12 | DATE
            The filing is dated 2025-05-20.                                | 2025-05-20           | 2025-05-20 | DATE
            Exports fell in May 2025.                                      | May 2025             | 2025-05    | DATE
            The company was founded in 1998.                               | 1998                 | 1998       | DATE
            Inflation was high in the 1990s.                               | the 1990s            | 199        | DATE
            Revenue rose in fiscal 1999.                                   | fiscal 1999          | 1999       | DATE
            Published: May 20, 2025 12:02 AM                               | May 20, 2025 12:02 AM | 2025-05-20T00:02 | TIME
            The statement came at 12:02 AM.                                | 12:02 AM             | 2025-05-20T00:02 | TIME
            The vote opens at 10 a.m. Tuesday.                             | 10 a.m. Tuesday      | 2025-05-20T10:00 | TIME
            Putin held a phone conversation with Trump on Monday.          | Monday               | 2025-05-19 | DATE
            Mao Ning said on Monday that the position was unchanged.       | Monday               | 2025-05-19 | DATE
            The two sides held direct talks on Friday.                     | Friday               | 2025-05-16 | DATE
            The envoys will meet on Friday.                                | Friday               | 2025-05-23 | DATE
            Starmer spoke in a statement on the call late Sunday.          | late Sunday          | 2025-05-18 | DATE
            CNN reported that Monday's planned call was postponed.         | Monday               | 2025-05-19 | DATE
            Prices rose sharply today.                                     | today                | 2025-05-20 | DATE
            The ministry confirmed the figures yesterday.                  | yesterday            | 2025-05-19 | DATE
            The summit opens tomorrow.                                     | tomorrow             | 2025-05-21 | DATE
            The president addresses the nation tonight.                    | tonight              | 2025-05-20TNI | TIME
            Sales doubled this year.                                       | this year            | 2025       | DATE
            Sales doubled last year.                                       | last year            | 2024       | DATE
            The talks resume next month.                                   | next month           | 2025-06    | DATE
            The deal was announced last week.                              | last week            | 2025-W20   | DATE
            The plant closed earlier this month.                           | earlier this month   | 2025-05    | DATE
            The mine closed two years ago.                                 | two years ago        | 2023       | DATE
            The index is now at a record.                                  | now                  | PRESENT_REF | DATE
            The bank recently cut rates.                                   | recently             | PAST_REF   | DATE
            Earnings fell in the third quarter of 1999.                    | the third quarter of 1999 | 1999-Q3 | DATE
            The harvest was poor last summer.                              | last summer          | 2024-SU    | DATE
            The council meets every week.                                  | every week           | P1W        | SET
            The bulletin appears weekly.                                   | weekly               | P1W        | SET
            Protesters gathered over the weekend.                          | the weekend          | 2025-W20-WE | DATE
            Unemployment peaked in the 20th century.                       | the 20th century     | 19         | DATE
            Shops close on Christmas Day.                                  | Christmas Day        | 2025-12-25 | DATE
            The mill opened in nineteen seventy-nine.                      | nineteen seventy-nine | 1979      | DATE
            Debt was to be halved by the year two thousand.                | the year two thousand | 2000      | DATE
            Such storms were rare in the past.                             | the past             | PAST_REF   | DATE
            The company forecast higher sales for the full year.           | the full year        | 2025       | DATE
            The merger should close by year-end.                           | year-end             | 2025       | DATE
            The festival returns this summer.                              | this summer          | 2025-SU    | DATE
            """)
    void tagsAndResolves(String sentence, String text, String value, String type) {
        DateMention date = only(sentence);
        assertEquals(text, date.text());
        assertEquals(value, date.value());
        assertEquals(type, date.type());
        assertEquals(text, sentence.substring(date.start(), date.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            You may go home now that the vote is over.
            More than 2,000 troops crossed the border.
            The bill cost $1998 to print.
            He ran for a second time.
            Prices fall when supply grows.
            The March on Washington drew crowds.
            Iraq imports about three-quarters of its food.
            The film High Noon won four awards.
            Analysts doubt future demand for steel.
            The current account deficit widened.
            Three quarters of voters backed the plan.
            While the vote went on, a crowd gathered.
            """)
    void leavesOrdinaryWordsAlone(String sentence) {
        assertEquals(List.of(), tag(sentence).stream().filter(d -> !d.value().equals("PRESENT_REF")
                || !d.text().equalsIgnoreCase("now")).toList());
    }

    @Test
    void weekdayBeforePublicationInPastTenseAndAfterInFutureTense() {
        List<DateMention> dates = tag("Officials said on Sunday that the envoys will travel on Thursday.");
        assertEquals(List.of("2025-05-18", "2025-05-22"), dates.stream().map(DateMention::value).toList());
    }

    @Test
    void lastAndNextWeekdayAreStrict() {
        assertEquals("2025-05-13", only("They met last Tuesday.").value());
        assertEquals("2025-05-27", only("They meet next Tuesday.").value());
    }

    @Test
    void datelineAnchorsTheTextWhenNoPublicationDateIsGiven() {
        List<DateMention> dates = tag("Published: May 20, 2025 12:02 AM\n\nThe leaders spoke on Monday.", null);
        assertEquals("2025-05-20T00:02", dates.get(0).value());
        assertEquals("2025-05-19", dates.get(1).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prices have fallen over the past three years.                  | the past three years | P3Y
            The war has lasted three years.                                | three years          | P3Y
            The strike lasted a day.                                       | a day                | P1D
            The refugees stayed in camps for 2 1/2 years.                  | 2 1/2 years          | P2Y6M
            The crossing takes 5 1/2 hours.                                | 5 1/2 hours          | PT5H30M
            The recount in Riverton took a minute and a half.              | a minute and a half  | PT1M30S
            The ferry crossing lasts an hour and a half.                   | an hour and a half   | PT1H30M
            The alarm sounded again three minutes later.                   | three minutes        | PT3M
            Three days later, the council of Riverton met again.           | Three days           | P3D
            A week earlier, the mayor had resigned.                        | A week               | P1W
            Mayor Lena Ortiz won a six-year term.                          | six-year             | P6Y
            The detainees can be held for up to ten months.                | up to ten months     | P10M
            The hearing in Riverton lasted three hours.                    | three hours          | PT3H
            Talks will take two weeks.                                     | two weeks            | P2W
            The lease of the Riverton pier runs for at least 30 more years. | at least 30 more years | P30Y
            The loan may be extended for an additional year.               | an additional year   | P1Y
            The refund takes five business days.                           | five business days   | P5D
            Riverton will have to live without power for a while.          | a while              | PXX
            The mill returned to profit after several quarters of losses.  | several quarters     | PXQ
            """)
    void lengthsOfTimeAreDurationsNotDates(String sentence, String text, String value) {
        TemporalExpressions found = analyse(sentence, PUBLISHED);
        assertEquals(List.of(), found.dates());
        assertEquals(1, found.durations().size(), () -> "one duration expected but found " + found.durations());
        DurationMention duration = found.durations().get(0);
        assertEquals(text, duration.text());
        assertEquals(value, duration.value());
        assertEquals(text, sentence.substring(duration.start(), duration.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Riverton chess club meets Tuesday nights.                  | Tuesday nights       | XXXX-WXX-2TNI | SET
            The plant opened in January nineteen ninety-seven.             | January nineteen ninety-seven | 1997-01 | DATE
            The river froze in the winter of nineteen ninety-four.         | the winter of nineteen ninety-four | 1994-WI | DATE
            The fire broke out mid-afternoon yesterday.                    | mid-afternoon yesterday | 2025-05-19TAF | TIME
            The storm reached Riverton in mid afternoon.                   | mid afternoon        | 2025-05-20TAF | TIME
            """)
    void broadcastAndClockPhrases(String sentence, String text, String value, String type) {
        DateMention date = only(sentence);
        assertEquals(text + "=" + value + " " + type, date.text() + "=" + date.value() + " " + date.type());
    }

    @Test
    void aPresentTenseVerbNearerThanTheReportingVerbSetsTheTense() {
        assertEquals("2025-07-07", only("Officials of Riverton said the city is closing the bridge on July 7.").value());
        assertEquals("2024-07-07", only("Officials of Riverton said the city closed the bridge on July 7.").value());
    }

    @Test
    void anExpectationLiesAhead() {
        assertEquals("2025-11", only("Riverton Mills said it expects to report results in mid-November.").value());
        assertEquals("2024-11", only("Riverton Mills said it reported results in mid-November.").value());
        assertEquals("2025-12", only("The vote in Riverton is set for December.").value());
        assertEquals("2024-12", only("The town record was set in December.").value());
    }

    @Test
    void theYearAgoQuarterIsThatQuarterOneYearBefore() {
        List<DateMention> dates = tag("Riverton Mills earned less than in the year-ago first quarter.");
        assertEquals(List.of("the year-ago first quarter=2024-Q1"),
                dates.stream().map(d -> d.text() + "=" + d.value()).toList());
    }

    @Test
    void aPlanToldInThePluperfectLiesInThePast() {
        assertEquals("2025-05-18", only("The concert had been scheduled for Sunday.").value());
        assertEquals("2025-05-16TEV", only("The offer had been due to expire Friday evening.").value());
        assertEquals("2025-05-25", only("The concert is scheduled for Sunday.").value());
    }

    @Test
    void aYearEndedOnADayIsTwelveMonthsNotACalendarYear() {
        TemporalExpressions found = analyse("Riverton Mills earned $2 million in the year ended March 31.", PUBLISHED);
        assertEquals(List.of("the year=P1Y"), found.durations().stream().map(d -> d.text() + "=" + d.value()).toList());
        assertEquals(List.of("March 31=2025-03-31"), found.dates().stream().map(d -> d.text() + "=" + d.value()).toList());
    }

    @Test
    void setsStayWithTheDates() {
        TemporalExpressions found = analyse("The council of Riverton meets every Monday.", PUBLISHED);
        assertEquals(List.of("every Monday=XXXX-WXX-1 SET"),
                found.dates().stream().map(d -> d.text() + "=" + d.value() + " " + d.type()).toList());
        assertEquals(List.of(), found.durations());
    }

    @Test
    void withoutAnyAnchorRelativeDatesKeepTheirTextAndHaveNoValue() {
        List<DateMention> dates = tag("The leaders spoke on Monday. Sales doubled this year, from two years ago.\n"
                + "The vote was held on March 3, 2024.", null);
        assertEquals(List.of("Monday=null", "this year=null", "two years ago=null", "March 3, 2024=2024-03-03"),
                dates.stream().map(d -> d.text() + "=" + d.value()).toList());
        assertEquals(List.of("every Monday=XXXX-WXX-1"), tag("The council meets every Monday.", null).stream()
                .map(d -> d.text() + "=" + d.value()).toList());
    }

    @ParameterizedTest
    @CsvSource({"0001-01-01T00:00:00Z", "1601-01-01", "1970-01-01T00:00:00Z", "2999-05-20"})
    void implausiblePublicationDatesAreNoAnchor(String published) {
        assertEquals(null, only("The leaders spoke on Monday.", published).value());
    }

    @Test
    void theRequestsPublicationDateWinsOverThePages() {
        TemporalExpressions found = tagger.tag(TokenizedText.unsplit("The leaders spoke on Monday."),
                ArticleMetadata.empty().withPublished("2019-11-18"), "2025-05-20");
        assertEquals("2025-05-19", found.dates().get(0).value());
    }

    @Test
    void aPlaceholderOnThePageGivesWayToTheDateline() {
        TemporalExpressions found = tagger.tag(TokenizedText.unsplit("RIVERTON, May 20, 2025 - The leaders spoke on Monday."),
                ArticleMetadata.empty().withPublished("0001-01-01T00:00:00Z"), null);
        assertEquals("2025-05-19", found.dates().get(1).value());
    }

    @Test
    void eachExpressionOfALongSentenceIsFoundWithItsOffsets() {
        String text = "Russian President Vladimir Putin held a phone conversation with US President Donald Trump, "
                + "the third between the two leaders this year, on Monday, after talks in Istanbul on Friday.";
        List<DateMention> dates = tag(text);
        assertEquals(List.of("this year=2025", "Monday=2025-05-19", "Friday=2025-05-16"),
                dates.stream().map(d -> d.text() + "=" + d.value()).toList());
        for (DateMention date : dates) {
            assertEquals(date.text(), text.substring(date.start(), date.end()));
        }
    }

    @Test
    void aParticipleAfterCouldBeTellsOfAnAttemptAlreadyMade() {
        assertEquals("2025-05-14", only("The landlord could not be reached Wednesday for comment.").value());
        assertEquals("2025-05-14", only("The owner couldn't be located Wednesday.").value());
        assertEquals("2025-05-21", only("The new bridge will be opened Wednesday.").value());
    }

    @Test
    void theActADecisionCommitsToLiesAhead() {
        assertEquals("2025-09", only("The council decided to reopen the library in September.").value());
        assertEquals("2025-09", only("The brewer agreed to sell its bottling plant for $40 million in September.")
                .value());
        assertEquals("2024-09", only("The library reopened in September.").value());
        assertEquals("2025-05-16", only("The mayor declined to comment on Friday.").value());
    }

    @Test
    void aHyphenatedWordCountsAsOneWordOfTheClause() {
        assertEquals("2025-05-16", only("She found the dog asleep on a well-worn sofa in a half-empty flat on Friday.")
                .value());
        assertEquals("2024-11-28", only("A fisherman found the boy in an inner-tube off the coast on "
                + "Thanksgiving Day.").value());
    }

    @Test
    void monthWithoutYearFollowsTheTense() {
        assertEquals("2024-12", only("The factory closed in December.").value());
        assertEquals("2025-12", only("The factory will close in December.").value());
    }

    @Test
    void quarterWithoutYearIsTheLatestBegunOne() {
        assertEquals("2025-Q2", only("Profit rose in the second quarter.").value());
        assertEquals("2024-Q3", only("Profit rose in the third quarter.").value());
        assertEquals("2024-Q3", tag("Third-quarter profit rose.").get(0).value());
    }

    @Test
    void phrasesPointingBackTakeTheLastDateOfTheText() {
        List<DateMention> dates = tag("The plant opened in June 2019, was sold later that year and closed the following "
                + "month. On March 3, 2021, workers returned; the previous day the owners had settled.");
        assertEquals(List.of("June 2019=2019-06", "later that year=2019", "the following month=2019-07",
                        "March 3, 2021=2021-03-03", "the previous day=2021-03-02"),
                dates.stream().map(d -> d.text() + "=" + d.value()).toList());
        assertEquals(List.of(), tag("Traders sold heavily that day."));
        assertEquals("2024-Q3", tag("Profit fell in the third quarter of 2024. Results for that quarter included a charge.")
                .get(1).value());
    }

    @Test
    void latestPeriodOfAnEarningsReportIsTheQuarterJustEnded() {
        List<DateMention> dates = tag("Net income rose in the quarter. Sales in the latest period rose 5%.");
        assertEquals("2025-Q1", dates.get(dates.size() - 1).value());
        assertEquals(List.of(), tag("Sales in the latest period rose 5%."));
    }

    @Test
    void nounsAndAdjectivesAreNotReadAsTenseCues() {
        assertEquals("2025-06-15", only("The reduced dividend is payable June 15 to holders of record.").value());
        assertEquals("2025-04-21", only("The thrift announced the plan April 21.").value());
    }

    @Test
    void endPointOfAPastVerbAndPassiveFutureStayInTheComingMonths() {
        assertEquals("2025-06-06", only("The offer was extended to June 6.").value());
        assertEquals("2025-07-01", only("The sale is to be completed on July 1.").value());
        assertEquals("2025-12", only("The plant will close through December.").value());
    }

    @Test
    void scheduledEventsAndEarliestDaysLieAhead() {
        assertEquals("2025-05-26", only("The two leaders meet separately Monday with the envoy.").value());
        assertEquals("2025-05-23", only("The boy could leave as early as Friday.").value());
        assertEquals("2025-05-16", only("The boy left on Friday.").value());
        assertEquals("2025-05-25", only("The mayor of Riverton leaves Sunday for a tour of the coast.").value());
        assertEquals("2025-05-23", only("The ban on night flights takes effect on Friday.").value());
        assertEquals("2025-05-15", only("The vote, originally set for Thursday, was postponed.").value());
    }

    @Test
    void holidayToldInThePastIsTheLastOne() {
        assertEquals("2024-11-28", only("The boy was found at sea on Thanksgiving Day.").value());
    }

    @Test
    void clockTimeWithoutDayBelongsToTheDayJustNamed() {
        List<DateMention> dates = tag("The doctor was shot on May 2, 2024. He died at 10 p.m. in hospital.");
        assertEquals("2024-05-02T22:00", dates.get(1).value());
    }

    @Test
    void earningsPeriodsNameTheReportedQuarter() {
        List<DateMention> dates = tag("Profit rose in the first quarter. In the 2024 quarter, it earned less, "
                + "and a year-earlier loss was restated. For the year, sales were flat.");
        assertEquals(List.of("the first quarter=2025-Q1", "the 2024 quarter=2024-Q1", "year-earlier=2024-Q1",
                        "the year=2025"),
                dates.stream().map(d -> d.text() + "=" + d.value()).toList());
    }

    private List<String> valued(String text) {
        TemporalExpressions found = analyse(text, PUBLISHED);
        List<String> values = new java.util.ArrayList<>();
        found.dates().forEach(d -> values.add(d.text() + "=" + d.value()));
        found.durations().forEach(d -> values.add(d.text() + "=" + d.value()));
        return values;
    }

    @Test
    void laterCountsFromTheTimeTheStoryTellsOf() {
        assertEquals(List.of("June 2019=2019-06", "A year later=2020-06"),
                valued("Mira Holt joined the Riverton bank in June 2019. A year later she ran it."));
        assertEquals(List.of("1989=1989", "Two decades later=2009"),
                valued("The old regime fell in 1989. Two decades later the country joined the bloc."));
        assertEquals(List.of("September=2024-09", "a month earlier=2024-08"),
                valued("Retail sales in Riverton rose in September from a month earlier."));
    }

    @Test
    void aYearEarlierInAnEarningsReportIsTheReportedQuarterAYearBefore() {
        assertEquals(List.of("the first quarter=2025-Q1", "a year earlier=2024-Q1"),
                valued("Riverton Mills earned more in the first quarter than a year earlier."));
        assertEquals(List.of("the first quarter=2025-Q1", "the same period last year=2024-Q1"),
                valued("Sales rose in the first quarter from the same period last year."));
        assertEquals(List.of("last year's quarter=2024-Q1"),
                valued("Riverton Mills said quarterly sales in Asia were higher than in last year's quarter."));
        assertEquals(List.of("the same period last year=2024"), valued("Tourism was weaker than in the same period last year."));
        assertEquals(List.of("the third quarter of 2024=2024-Q3", "the same period of 2023=2023-Q3"),
                valued("Exports rose in the third quarter of 2024 over the same period of 2023."));
    }

    @Test
    void theNextYearOfAStoryToldInThePastFollowsTheYearJustNamed() {
        assertEquals(List.of("2019=2019", "the next year=2020"),
                valued("The mayor of Riverton was elected in 2019 and resigned the next year."));
        assertEquals(List.of("the next year=P1Y"), valued("The council will review the plan over the next year."));
        assertEquals(List.of("next year=2026"), valued("The plant will close next year."));
    }

    @Test
    void thePreviousWeekdayIsTheOneBeforeTheDayJustNamed() {
        assertEquals(List.of("May 9=2025-05-09", "the previous Friday=2025-05-02"),
                valued("The index closed lower on May 9 than the previous Friday."));
    }

    @Test
    void aClockTimeTakesTheWeekdayNamedAfterIt() {
        assertEquals(List.of("3 p.m.=2025-05-15T15:00", "Thursday=2025-05-15"),
                valued("The talks in Riverton ended at 3 p.m. on Thursday."));
    }

    @Test
    void theYearBeforeCountsFromTheDateJustTold() {
        assertEquals(List.of("1996=1996", "the year before=1995"),
                valued("In 1996 the Riverton plant closed; the year before, it had cut jobs."));
        assertEquals(List.of("the year before=2024"), valued("The town of Riverton was flooded the year before."));
        assertEquals(List.of(), valued("The day before the vote, police arrived in Riverton."));
    }

    @Test
    void seasonsOfARelativeYearAndFinalPeriods() {
        assertEquals(List.of("the spring of last year=2024-SP"), valued("The merger was completed in the spring of last year."));
        assertEquals(List.of("the final quarter of 2023=2023-Q4"), valued("The economy shrank in the final quarter of 2023."));
        assertEquals(List.of("the latter half of 2023=2023-H2"), valued("Sales rose in the latter half of 2023."));
    }

    @Test
    void aRangeOfDaysEndsInTheMonthItOpened() {
        assertEquals(List.of("June 15=2025-06-15", "17=2025-06-17"),
                valued("The Riverton fair will be held from June 15 to 17."));
        assertEquals(List.of("June 3=2025-06-03", "5=2025-06-05"), valued("The Riverton fair runs June 3-5."));
        assertEquals(List.of(), valued("The council vote in Riverton was 15 to 17."));
        assertEquals(List.of("May 3=2025-05-03"), valued("Support in Riverton rose on May 3 to 17 percent."));
    }

    @Test
    void theVerbLastIsNoPastSpan() {
        assertEquals(List.of("six months=P6M"), valued("The repairs in Riverton are expected to last six months."));
        assertEquals(List.of("the last six months=P6M"), valued("Prices in Riverton rose in the last six months."));
    }

    @Test
    void theDotOfPmEndsNoClause() {
        assertEquals(List.of("5 p.m.=2025-05-23T17:00", "Friday=2025-05-23"),
                valued("The Riverton tender offer will close at 5 p.m. on Friday."));
    }

    @Test
    void aDecadeAfterAnApostropheIsADecade() {
        assertEquals(List.of("the 1960s=196", "70s=197"), valued("Riverton grew fast in the 1960s and '70s."));
    }

    @Test
    void oneDayAfterAModalIsSomeTimeToCome() {
        assertEquals(List.of("one day=FUTURE_REF"), valued("Riverton hopes it will one day host the games."));
        assertEquals(List.of("one day=P1D"), valued("The trial in Riverton lasted one day."));
    }

    @Test
    void fiscalYearsHalvesAndVagueDecadesAndCenturies() {
        assertEquals(List.of("FY2026=2026"), valued("The agency plans to hire 50 staff in FY2026."));
        assertEquals(List.of("FY 24=2024"), valued("Results for FY 24 were flat."));
        assertEquals(List.of("the first half of the year=2025-H1"), valued("Revenue fell in the first half of the year."));
        assertEquals(List.of("centuries=PXC"), valued("The ruins have stood there for centuries."));
        assertEquals(List.of("decades=PXE"), valued("The drought has lasted for decades."));
    }

    @Test
    void longTextIsReadInOnePass() {
        String paragraph = "The minister said on Monday that talks would resume next week, 12,000 workers joined. ";
        String text = paragraph.repeat(2000);
        List<DateMention> dates = tag(text);
        assertEquals(4000, dates.size());
        assertTrue(dates.stream().allMatch(d -> d.value().equals("2025-05-19") || d.value().equals("2025-W22")));
    }
}
