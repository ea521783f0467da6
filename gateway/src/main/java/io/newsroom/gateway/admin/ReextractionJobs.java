package io.newsroom.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.gateway.client.ArticleAdminClient;
import io.newsroom.gateway.client.ArticleAdminClient.Letter;
import io.newsroom.gateway.client.ArticleAdminClient.NewJob;
import io.newsroom.gateway.client.ArticleAdminClient.Replay;
import io.newsroom.gateway.client.ArticleAdminClient.ReplayedLetter;
import io.newsroom.gateway.client.ArticleAdminClient.VersionInUse;
import io.quarkus.oidc.client.OidcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Re-extraction jobs and dead-letter replays: a thin client of article-service, which stores and runs them, so no
 * job state lives in this replica. Every method takes the caller's {@code Authorization} header value; null calls
 * with the gateway's own service account {@code newsroom-admin-api} (realm role admin), as pages and background
 * readers do. {@code requestId} may be null.
 */
@ApplicationScoped
public class ReextractionJobs {

    private static final Duration TOKEN_WAIT = Duration.ofSeconds(10);
    private static final int LOOKUP_CHUNK = 1000;
    private static final int HISTORY = 100;

    @Inject
    @RestClient
    ArticleAdminClient articles;

    @Inject
    OidcClient serviceAccount;

    /** What to re-extract: exactly one of extractorVersion (a version in use) and belowVersion; the rest optional. */
    public record JobRequest(String extractorVersion, String belowVersion, String tenant, Integer maxPerSecond) {
    }

    /** Extractor versions of the stored extractions (of one tenant, or all when null), newest first. */
    public List<VersionInUse> versionsInUse(String authorization, String requestId, String tenant) {
        return articles.versions(bearer(authorization), requestId, tenant).versions();
    }

    /** Starts a job; article-service refuses a version not in use (422) with the versions that are. */
    public ReextractionJob start(String authorization, String requestId, JobRequest request) {
        return articles.start(bearer(authorization), requestId,
                new NewJob(request.extractorVersion(), request.belowVersion(), request.tenant(), request.maxPerSecond()));
    }

    /** The newest jobs first (the history). */
    public List<ReextractionJob> all(String authorization, String requestId) {
        return articles.jobs(bearer(authorization), requestId, HISTORY);
    }

    public Optional<ReextractionJob> find(String authorization, String requestId, String id) {
        try {
            return Optional.of(articles.job(bearer(authorization), requestId, id));
        } catch (ClientWebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Cancels an open job at once (article-service queues no article after it answers); 409 once it has ended. */
    public ReextractionJob cancel(String authorization, String requestId, String id) {
        return articles.cancel(bearer(authorization), requestId, id);
    }

    /** Re-extracts one article now; the answer is the article's summary (status PENDING, attempt + 1). */
    public JsonNode reextractNow(String authorization, String requestId, String articleId) {
        return articles.reprocess(bearer(authorization), requestId, articleId);
    }

    /** Replays the letters not replayed before as one job; article-service refuses (409) when every one was. */
    public Replay replay(String authorization, String requestId, Collection<DeadLetterArchive.DeadLetter> letters) {
        List<Letter> named = letters.stream().map(letter -> new Letter(letter.letter(), letter.articleId())).toList();
        return articles.replay(bearer(authorization), requestId, new ArticleAdminClient.ReplayRequest(named, null));
    }

    /** Which of the letters (by name) were replayed. */
    public Set<String> replayed(String authorization, String requestId, List<String> letters) {
        Set<String> replayed = new HashSet<>();
        String bearer = bearer(authorization);
        for (int from = 0; from < letters.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = new ArrayList<>(letters.subList(from, Math.min(letters.size(), from + LOOKUP_CHUNK)));
            articles.replays(bearer, requestId, new ArticleAdminClient.Lookup(chunk)).replays().stream()
                    .map(ReplayedLetter::letter).forEach(replayed::add);
        }
        return replayed;
    }

    private String bearer(String authorization) {
        if (authorization != null && !authorization.isBlank()) {
            return authorization;
        }
        return "Bearer " + serviceAccount.getTokens().await().atMost(TOKEN_WAIT).getAccessToken();
    }
}
