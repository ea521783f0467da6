package io.newsroom.gateway.admin;

import io.newsroom.gateway.client.ArticleAdminClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The extractor versions that made the stored extractions, with how many articles each made, as article-service's
 * admin API counts them. The answer is kept for {@link #MAX_AGE}.
 */
@ApplicationScoped
public class ExtractorVersionsInUse {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    public record VersionCount(String version, long articles) {
    }

    private record Answer(List<VersionCount> versions, Instant at) {
    }

    @Inject
    @RestClient
    ArticleAdminClient articles;

    private volatile Answer last;

    public List<VersionCount> list(String authorization, String requestId) {
        Answer known = last;
        if (known != null && known.at.plus(MAX_AGE).isAfter(Instant.now())) {
            return known.versions;
        }
        List<VersionCount> versions = new ArrayList<>();
        for (ArticleAdminClient.VersionInUse inUse : articles.versions(authorization, requestId, null).versions()) {
            versions.add(new VersionCount(inUse.version(), inUse.articles()));
        }
        versions.sort(Comparator.comparing(VersionCount::version, ExtractorVersionsInUse::compareVersions).reversed());
        last = new Answer(List.copyOf(versions), Instant.now());
        return last.versions;
    }

    /** Semantic-version order on the dot-separated numeric parts; a non-numeric part compares as text. */
    static int compareVersions(String a, String b) {
        String[] left = a.split("[.-]");
        String[] right = b.split("[.-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int order = l.matches("\\d{1,9}") && r.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(l), Integer.parseInt(r)) : l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
