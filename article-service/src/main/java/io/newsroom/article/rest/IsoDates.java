package io.newsroom.article.rest;

import io.newsroom.article.service.ArticleProblem;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** ISO 8601 dates from clients: offset date-times, or local date-times and dates read as UTC. */
final class IsoDates {

    private IsoDates() {
    }

    /** An inclusive range [from, to] of instants, either end open (null). */
    record Range(Instant from, Instant to) {
    }

    /** Both ends parsed; a 400 problem when from is after to. */
    static Range range(String fromField, String from, String toField, String to) {
        Instant start = parse(fromField, from);
        Instant end = parse(toField, to);
        if (start != null && end != null && start.isAfter(end)) {
            throw ArticleProblem.badRequest(fromField + " '" + from + "' is after " + toField + " '" + to + "'");
        }
        return new Range(start, end);
    }

    static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw ArticleProblem.badRequest(field + " '" + value + "' is not an ISO 8601 date or date-time (e.g. 2025-05-20 or 2025-05-20T00:02:00Z)");
        }
    }
}
