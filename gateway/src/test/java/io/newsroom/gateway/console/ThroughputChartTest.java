package io.newsroom.gateway.console;

import io.newsroom.gateway.admin.ExtractionThroughput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThroughputChartTest {

    @Test
    void aBarPerMinuteScaledToTheBusiestAndTheLastMinutesLabelEndsAtTheEdge() {
        long[] counts = new long[60];
        counts[59] = 38;
        counts[10] = 19;
        ThroughputChart chart = ThroughputChart.of(new ExtractionThroughput.PerMinute(
                Instant.parse("2026-12-04T02:07:00Z"), counts, 57, true));

        assertEquals(60, chart.bars().size());
        assertEquals(ThroughputChart.BOTTOM - ThroughputChart.TOP, chart.bars().get(59).height(), "the busiest minute is full height");
        assertEquals(chart.bars().get(59).height() / 2, chart.bars().get(10).height());
        List<ThroughputChart.Tick> axis = chart.ticks().stream().filter(t -> t.y() == ThroughputChart.BOTTOM + 16).toList();
        assertEquals(List.of("02:07", "02:17", "02:27", "02:37", "02:47", "02:57", "03:06"), axis.stream().map(ThroughputChart.Tick::text).toList());
        ThroughputChart.Tick last = axis.get(axis.size() - 1);
        assertEquals(ThroughputChart.WIDTH, last.x());
        assertEquals("end", last.anchor(), "a label starting at the last bar would run past the chart");
        assertTrue(axis.subList(0, axis.size() - 1).stream().allMatch(t -> t.anchor().equals("start")));
    }
}
