package io.newsroom.article.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionedDaysTest {

    @Test
    void aDayIsOneDay() {
        assertDays("2025-05-19", "2025-05-19", "2025-05-20");
        assertDays(" 2025-05-19 ", "2025-05-19", "2025-05-20");
        assertDays("2024-02-29", "2024-02-29", "2024-03-01");
        assertDays("2025-12-31", "2025-12-31", "2026-01-01");
    }

    @Test
    void aDateTimeIsTheDayItIsWrittenOn() {
        assertDays("2025-05-20T00:02", "2025-05-20", "2025-05-21");
        assertDays("2025-05-20T23:30-05:00", "2025-05-20", "2025-05-21");
        // TimeML parts of a day: morning, night
        assertDays("2025-05-19TMO", "2025-05-19", "2025-05-20");
        assertDays("2025-05-19TNI", "2025-05-19", "2025-05-20");
    }

    @Test
    void aMonthAQuarterAndAYearAreAllTheirDays() {
        assertDays("2025-05", "2025-05-01", "2025-06-01");
        assertDays("2025-02", "2025-02-01", "2025-03-01");
        assertDays("2025-12", "2025-12-01", "2026-01-01");
        assertDays("2025-Q2", "2025-04-01", "2025-07-01");
        assertDays("2025-Q4", "2025-10-01", "2026-01-01");
        assertDays("2025", "2025-01-01", "2026-01-01");
        assertDays("2024", "2024-01-01", "2025-01-01");
    }

    @Test
    void anIsoWeekRunsFromMondayToSunday() {
        assertDays("2025-W21", "2025-05-19", "2025-05-26");
        // week 1 is the week of 4 January, so it may start in the year before
        assertDays("2025-W01", "2024-12-30", "2025-01-06");
        assertDays("2020-W53", "2020-12-28", "2021-01-04");
    }

    @Test
    void noCalendarValueCoversNoDay() {
        for (String value : new String[]{null, "", "  ", "XXXX-05-19", "2025-XX", "PRESENT_REF", "PAST_REF", "P3Y",
                "2025-13", "2025-00", "2025-02-29", "2025-04-31", "2025-W53", "2025-W00", "2025-Q5", "0000",
                "0000-05-19", "25-05-19", "2025-5-19", "20250519", "2025-05-19 10:00", "May 2025", "199X", "２０２５"}) {
            assertTrue(MentionedDays.of(value).isEmpty(), () -> "no days expected for " + value);
        }
    }

    @Test
    void noRangeIsLongerThanTheBoundTheQueryRelies() {
        for (String value : new String[]{"2024", "2025", "2024-Q1", "2024-12", "2024-W01", "2024-02-29T12:00"}) {
            var days = MentionedDays.of(value).orElseThrow();
            assertTrue(days.start().isBefore(days.end()), value);
            assertTrue(!days.start().plusDays(MentionedDays.LONGEST_RANGE_DAYS).isBefore(days.end()), value);
        }
    }

    private static void assertDays(String value, String start, String end) {
        assertEquals(new MentionedDays.Range(LocalDate.parse(start), LocalDate.parse(end)),
                MentionedDays.of(value).orElseThrow(() -> new AssertionError("days expected for " + value)), value);
    }
}
