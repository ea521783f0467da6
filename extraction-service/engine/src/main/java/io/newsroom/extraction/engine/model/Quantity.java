package io.newsroom.extraction.engine.model;

/** An amount with what it counts: "1,000 prisoners of war" is 1000 of "prisoners of war". */
public record Quantity(String text, double value, String unit, int start, int end) {
}
