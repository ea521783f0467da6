package io.newsroom.extraction.engine.dates;

/** A recognised temporal expression with its TimeML value and type; start and end may narrow the pattern's match. */
record Timex(String value, String type, int start, int end) {
}
