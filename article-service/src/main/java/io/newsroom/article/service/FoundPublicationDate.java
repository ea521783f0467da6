package io.newsroom.article.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.regex.Pattern;

/**
 * The publication date an extraction document found ({@code metadata.published}) as an instant: the engine writes
 * {@code 2025-05-20}, {@code 2025-05-20T00:02} or {@code 2025-05-20T00:02-05:00}. A value without an offset is read
 * as UTC, a day as its start; anything else is no date (null), never a failure to store the extraction.
 */
public final class FoundPublicationDate {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final Pattern OFFSET = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)");
    /** ISO local date-time followed by an offset written +hh, +hhmm, +hh:mm or Z. */
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private FoundPublicationDate() {
    }

    /** The document's {@code metadata.published} as an instant, or null when it has none or none that is a date. */
    public static Instant of(JsonNode extraction) {
        JsonNode published = extraction == null ? null : extraction.path("metadata").path("published");
        return published == null || !published.isTextual() ? null : parse(published.asText());
    }

    /** {@code value} as an instant, or null when it is not one of the engine's ISO forms or no calendar date. */
    public static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        try {
            if (DAY.matcher(text).matches()) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (LOCAL.matcher(text).matches()) {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            }
            if (OFFSET.matcher(text).matches()) {
                return OffsetDateTime.parse(text, WITH_OFFSET).toInstant();
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
