package io.newsroom.article.it;

import io.newsroom.article.EventFixtures;
import io.newsroom.article.Submissions;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import static io.newsroom.article.it.ArticleSecurityIT.as;
import static io.newsroom.article.it.ArticleSecurityIT.submit;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Results published on the real topics reach the articles. The relay is off here, so no running
 * extraction-service receives these articles and races the events this test publishes.
 */
@QuarkusIntegrationTest
@TestProfile(RealInfrastructureProfile.WithoutRelay.class)
class ExtractionEventsIT {

    @Test
    void extractedEventMakesTheArticleSearchableByEntity() throws Exception {
        String acme = KeycloakTokens.partnerAcme();
        UUID id = UUID.fromString(submit(acme, Submissions.plain().toString()).statusCode(201).extract().path("id"));
        String event = EventFixtures.extracted(id, "acme", "99.0.0");
        LocalInfrastructure.publish("articles.extracted", id, event);
        LocalInfrastructure.publish("articles.extracted", id, event);

        String path = ArticleSecurityIT.ARTICLES + "/" + id;
        await().atMost(Duration.ofSeconds(90)).until(() -> "EXTRACTED".equals(as(acme).get(path).path("status")));
        as(acme).get(path + "/extraction").then().statusCode(200)
                .body("extractorVersion", is("99.0.0"))
                .body("extraction.entities.name", hasItem("Ingrid Solberg"));
        as(acme).queryParam("entity", "Solberg").queryParam("entityType", "PERSON").queryParam("limit", 100)
                .get(ArticleSecurityIT.ARTICLES).then().statusCode(200).body("items.id", hasItem(id.toString()));
        as(acme).queryParam("source", "Coastal Herald").queryParam("limit", 100)
                .get(ArticleSecurityIT.ARTICLES).then().statusCode(200).body("items.id", hasItem(id.toString()));
        as(KeycloakTokens.partnerGlobex()).queryParam("entity", "Solberg").queryParam("limit", 100)
                .get(ArticleSecurityIT.ARTICLES).then().statusCode(200).body("items.id", not(hasItem(id.toString())));

        UUID staleEvent = UUID.randomUUID();
        LocalInfrastructure.publish("articles.extracted", id, EventFixtures.withEventId(EventFixtures.extracted(id, "acme", "1.0.0"), staleEvent));
        await().atMost(Duration.ofSeconds(90)).until(() -> processed(staleEvent));
        as(acme).get(path).then().body("extractorVersion", is("99.0.0")).body("status", is("EXTRACTED"));
    }

    @Test
    void failedEventMarksTheArticleFailed() throws Exception {
        String acme = KeycloakTokens.partnerAcme();
        UUID id = UUID.fromString(submit(acme, Submissions.plain().toString()).statusCode(201).extract().path("id"));
        LocalInfrastructure.publish("articles.extraction-failed", id, EventFixtures.extractionFailed(id, "acme"));
        String path = ArticleSecurityIT.ARTICLES + "/" + id;
        await().atMost(Duration.ofSeconds(90)).until(() -> "FAILED".equals(as(acme).get(path).path("status")));
        String reason = as(acme).get(path).path("failureReason");
        assertTrue(reason.startsWith("UnreadableDocumentException"), reason);
        as(acme).queryParam("status", "FAILED").queryParam("limit", 100).get(ArticleSecurityIT.ARTICLES)
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
    }

    private static boolean processed(UUID eventId) throws Exception {
        try (Connection db = LocalInfrastructure.testDatabase();
             PreparedStatement statement = db.prepareStatement("select count(*) from processed_events where event_id = ?")) {
            statement.setObject(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        }
    }
}
