package io.newsroom.article.repository;

import java.time.LocalDate;
import java.util.UUID;

/** A date an article mentions (a resolved value of its extraction's `dates`) and the days it covers, [startsOn, endsOn). */
public record DateMention(UUID articleId, String tenant, String value, LocalDate startsOn, LocalDate endsOn) {
}
