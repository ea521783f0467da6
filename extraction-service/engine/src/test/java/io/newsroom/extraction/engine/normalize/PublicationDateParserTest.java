package io.newsroom.extraction.engine.normalize;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationDateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "May 20, 2025 12:02 AM|2025-05-20T00:02",
            "May 20, 2025 12:30 PM|2025-05-20T12:30",
            "Nov. 18, 2019 3:04 p.m. ET|2019-11-18T15:04",
            "Monday, November 18, 2019|2019-11-18",
            "18 November 2019|2019-11-18",
            "3rd of March, 2021, 09:10|2021-03-03T09:10",
            "2019-11-19T10:48:00Z|2019-11-19T10:48Z",
            "2019-11-18T16:07:38-05:00|2019-11-18T16:07:38-05:00",
            "2019-11-18T16:07:00.000+0100|2019-11-18T16:07+01:00",
            "2019-11-18|2019-11-18",
            "2020/02/29|2020-02-29",
            "10:48, Tue, Nov 19, 2019|2019-11-19T10:48"})
    void writesIso8601(String visible, String iso) {
        assertEquals(iso, PublicationDateParser.parse(visible).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2019-02-30", "Mayor 12 said", "13/14/2020", "call 555-1234"})
    void refusesWhatIsNotADate(String text) {
        assertTrue(PublicationDateParser.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1750-06-01", "2999-01-01T08:00"})
    void refusesPlaceholdersAndDatesNoArticleWasPublishedOn(String value) {
        assertTrue(PublicationDateParser.parse(value).isEmpty(), value);
    }

    @Test
    void acceptsADateUpToOneDayAheadOfToday() {
        LocalDate today = LocalDate.of(2025, 5, 20);
        assertEquals("2025-05-21T06:00", PublicationDateParser.parse("2025-05-21T06:00", today).orElseThrow());
        assertTrue(PublicationDateParser.parse("May 22, 2025", today).isEmpty());
        assertEquals("1801-03-04", PublicationDateParser.parse("1801-03-04", today).orElseThrow());
    }
}
