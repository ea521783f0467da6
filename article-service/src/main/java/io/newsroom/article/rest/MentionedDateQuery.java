package io.newsroom.article.rest;

import io.newsroom.article.service.ArticleProblem;
import io.newsroom.article.service.MentionedDays;

import java.time.LocalDate;

/**
 * mentionsDate, or mentionsDateFrom/mentionsDateTo (inclusive), as the days [from, to) a mentioned date must overlap.
 * Each takes the forms of a resolved value: a day, a month, an ISO week, a quarter or a year; From starts at the
 * first day of its value, To ends with the last day of its value.
 */
record MentionedDateQuery(LocalDate from, LocalDate to) {

    static final String FORMS = "a day, month, ISO week, quarter or year (2025-05-19, 2025-05, 2025-W21, 2025-Q2, 2025)";
    private static final MentionedDateQuery NONE = new MentionedDateQuery(null, null);

    static MentionedDateQuery parse(String date, String from, String to) {
        if (date != null) {
            if (from != null || to != null) {
                throw ArticleProblem.badRequest("Give mentionsDate, or mentionsDateFrom and/or mentionsDateTo, not both");
            }
            MentionedDays.Range days = days("mentionsDate", date);
            return new MentionedDateQuery(days.start(), days.end());
        }
        LocalDate start = from == null ? null : days("mentionsDateFrom", from).start();
        LocalDate end = to == null ? null : days("mentionsDateTo", to).end();
        if (start != null && end != null && !start.isBefore(end)) {
            throw ArticleProblem.badRequest("mentionsDateFrom '" + from + "' is after mentionsDateTo '" + to + "'");
        }
        return start == null && end == null ? NONE : new MentionedDateQuery(start, end);
    }

    /** A query names days: a date-time (which a stored value may be) is refused rather than cut to its day. */
    private static MentionedDays.Range days(String parameter, String value) {
        return MentionedDays.of(value).filter(days -> value.indexOf('T') < 0).orElseThrow(() -> ArticleProblem.badRequest(
                parameter + " '" + value + "' is not " + FORMS));
    }
}
