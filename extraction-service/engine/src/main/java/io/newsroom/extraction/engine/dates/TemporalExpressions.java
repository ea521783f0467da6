package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.DurationMention;

import java.util.List;

/** What the dates stage finds: points, ranges and sets on the calendar, and lengths of time, in text order. */
public record TemporalExpressions(List<DateMention> dates, List<DurationMention> durations) {

    public static final TemporalExpressions NONE = new TemporalExpressions(List.of(), List.of());

    public TemporalExpressions {
        dates = List.copyOf(dates);
        durations = List.copyOf(durations);
    }
}
