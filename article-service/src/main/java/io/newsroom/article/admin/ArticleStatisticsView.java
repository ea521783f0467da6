package io.newsroom.article.admin;

import io.newsroom.article.repository.AdminArticleRepository.TenantStatusCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ArticleStatistics", description = "Stored articles of every tenant, counted per tenant and status")
public record ArticleStatisticsView(
        @Schema(description = "One row per tenant and status that has articles") List<TenantStatusCount> byTenant) {
}
