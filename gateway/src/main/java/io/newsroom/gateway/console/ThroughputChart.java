package io.newsroom.gateway.console;

import io.newsroom.gateway.admin.ExtractionThroughput;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The extractions-per-minute bar chart, laid out on the server: the template draws these rectangles as SVG. */
public record ThroughputChart(int width, int height, int plotTop, int plotBottom, long max, long total, boolean complete,
                              List<Bar> bars, List<Tick> ticks) {

    static final int WIDTH = 640;
    static final int HEIGHT = 180;
    static final int LEFT = 40;
    static final int TOP = 10;
    static final int BOTTOM = 150;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** One minute: its rectangle and the tooltip text. */
    public record Bar(int x, int y, int width, int height, String label) {
    }

    /** A label under the axis (every 10 minutes) or beside it (the scale); anchor is SVG's text-anchor. */
    public record Tick(int x, int y, String text, String anchor) {
    }

    static ThroughputChart of(ExtractionThroughput.PerMinute data) {
        long[] counts = data.perMinute();
        long max = 1;
        for (long count : counts) {
            max = Math.max(max, count);
        }
        int slot = (WIDTH - LEFT) / counts.length;
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            int h = (int) Math.round((double) counts[i] * (BOTTOM - TOP) / max);
            int x = LEFT + i * slot;
            String minute = CLOCK.format(data.firstMinute().plusSeconds(60L * i));
            bars.add(new Bar(x + 1, BOTTOM - h, slot - 2, h, minute + " UTC: " + counts[i] + " extractions"));
            if (i == counts.length - 1) {
                // the last minute's label ends at the chart's edge instead of running past it
                ticks.add(new Tick(WIDTH, BOTTOM + 16, minute, "end"));
            } else if (i % 10 == 0) {
                ticks.add(new Tick(x, BOTTOM + 16, minute, "start"));
            }
        }
        ticks.add(new Tick(0, TOP + 10, Long.toString(max), "start"));
        ticks.add(new Tick(0, BOTTOM, "0", "start"));
        return new ThroughputChart(WIDTH, HEIGHT, TOP, BOTTOM, max, data.total(), data.complete(), bars, ticks);
    }
}
