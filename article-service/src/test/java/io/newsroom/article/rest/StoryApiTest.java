package io.newsroom.article.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ContentType;
import io.newsroom.article.EventFixtures;
import io.newsroom.article.StoryTexts;
import io.newsroom.article.messaging.ExtractedEvent;
import io.newsroom.article.service.ArticleService;
import io.newsroom.article.service.ArticleSubmission;
import io.newsroom.article.service.ExtractionRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import static io.newsroom.article.rest.ArticleSubmissionTest.ARTICLES;
import static io.newsroom.article.rest.ArticleSubmissionTest.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Stories through the API: who joins, what is listed, what another tenant sees, and re-extraction. */
@QuarkusTest
@TestSecurity(user = "partner-acme", roles = {"partner", "reader"})
@OidcSecurity(claims = @Claim(key = "tenant", value = "acme"))
class StoryApiTest {

    static final String STORIES = "/api/v1/stories";
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    ArticleService articles;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    ObjectMapper mapper;

    @Test
    void aTwoWordEditJoinsTheStoryOfItsOriginal() {
        String text = StoryTexts.article(SEEDS.nextLong(), 250);
        UUID original = storedAndExtracted("acme", text);
        UUID edited = storedAndExtracted("acme", StoryTexts.edited(text, 30, 170));
        String story = storyOf(original);
        assertNotNull(story);
        assertEquals(story, storyOf(edited));

        given().when().get(STORIES + "/" + story).then().statusCode(200)
                .body("id", is(story)).body("tenant", is("acme")).body("articleCount", is(2))
                .body("articles.id", containsInAnyOrder(original.toString(), edited.toString()))
                .body("articles.storyId", containsInAnyOrder(story, story));
        given().queryParam("storyId", story).when().get(ARTICLES).then().statusCode(200)
                .body("items.id", containsInAnyOrder(original.toString(), edited.toString()));
        given().queryParam("storyId", story).queryParam("fields", "storyId").when().get(ARTICLES).then().statusCode(200)
                .body("items.storyId", containsInAnyOrder(story, story));
        given().when().get(ARTICLES + "/" + original + "/similar").then().statusCode(200)
                .body("articleId", is(original.toString())).body("storyId", is(story))
                .body("items.id", hasItem(edited.toString()))
                .body("items.find { it.id == '" + edited + "' }.sameStory", is(true))
                .body("items.find { it.id == '" + edited + "' }.storyId", is(story));
        float score = given().when().get(ARTICLES + "/" + original + "/similar").then()
                .extract().path("items.find { it.id == '" + edited + "' }.score");
        assertEquals(true, score >= 0.8f, "score " + score);
    }

    @Test
    void aShortenedCopyJoinsAndAnUnrelatedArticleStartsItsOwnStory() {
        String text = StoryTexts.article(SEEDS.nextLong(), 400);
        UUID original = storedAndExtracted("acme", text);
        UUID shortened = storedAndExtracted("acme", StoryTexts.shortened(text, 0.4));
        UUID unrelated = storedAndExtracted("acme", StoryTexts.article(SEEDS.nextLong(), 400));
        assertEquals(storyOf(original), storyOf(shortened));
        assertNotEquals(storyOf(original), storyOf(unrelated));
        given().when().get(ARTICLES + "/" + original + "/similar").then().statusCode(200)
                .body("items.id", hasItem(shortened.toString())).body("items.id", not(hasItem(unrelated.toString())));
        given().when().get(STORIES + "/" + storyOf(unrelated)).then().statusCode(200)
                .body("articleCount", is(1)).body("articles.id", is(List.of(unrelated.toString())));
    }

    @Test
    void anotherTenantsCopyIsAnotherStoryAndItsStoryIsNotFound() {
        String text = StoryTexts.article(SEEDS.nextLong(), 250);
        UUID acme = storedAndExtracted("acme", text);
        UUID globex = storedAndExtracted("globex", text);
        String globexStory = storyOf(globex);
        assertNotEquals(storyOf(acme), globexStory);
        assertProblem(given().when().get(STORIES + "/" + globexStory).then(), 404, globexStory);
        assertProblem(given().when().get(ARTICLES + "/" + globex + "/similar").then(), 404, globex.toString());
        given().when().get(ARTICLES + "/" + acme + "/similar").then().statusCode(200)
                .body("items.id", not(hasItem(globex.toString())));
        given().queryParam("storyId", globexStory).when().get(ARTICLES).then().statusCode(200)
                .body("items.size()", is(0));
    }

    @Test
    void badStoryIdsAreProblems() {
        assertProblem(given().when().get(STORIES + "/not-a-story").then(), 404, "not-a-story");
        String unknown = UUID.randomUUID().toString();
        assertProblem(given().when().get(STORIES + "/" + unknown).then(), 404, unknown);
        assertProblem(given().queryParam("storyId", "12345").when().get(ARTICLES).then(), 400, "storyId");
        assertProblem(given().queryParam("limit", "0").when().get(ARTICLES + "/" + UUID.randomUUID() + "/similar").then(),
                404, "No article");
    }

    @Test
    void aPendingArticleHasNoStoryAndNoSimilarArticles() {
        UUID pending = stored("acme", StoryTexts.article(SEEDS.nextLong(), 100));
        given().when().get(ARTICLES + "/" + pending).then().statusCode(200).body("storyId", is((Object) null));
        given().when().get(ARTICLES + "/" + pending + "/similar").then().statusCode(200).body("items.size()", is(0));
        assertProblem(given().queryParam("limit", "0").when().get(ARTICLES + "/" + pending + "/similar").then(), 400, "limit");
    }

    @Test
    void reExtractionKeepsTheStoryOfAnUnchangedTextAndMovesAChangedOne() {
        String text = StoryTexts.article(SEEDS.nextLong(), 250);
        UUID first = storedAndExtracted("acme", text);
        UUID second = storedAndExtracted("acme", StoryTexts.edited(text, 100));
        String story = storyOf(first);
        assertEquals(story, storyOf(second));

        // a newer extractor, the same text: the same story
        extract(first, "acme", "9.1.0", text);
        assertEquals(story, storyOf(first));
        // a newer extractor whose text is another story: it leaves, the other article keeps the story
        String other = StoryTexts.article(SEEDS.nextLong(), 250);
        extract(first, "acme", "9.2.0", other);
        assertNotEquals(story, storyOf(first));
        assertEquals(story, storyOf(second));
        given().when().get(STORIES + "/" + story).then().statusCode(200).body("articleCount", is(1))
                .body("articles.id", is(List.of(second.toString())));
        // alone in its story, a changed text that matches nothing keeps it
        String alone = storyOf(first);
        extract(first, "acme", "9.3.0", StoryTexts.article(SEEDS.nextLong(), 250));
        assertEquals(alone, storyOf(first));
        // and a text back to the first story's joins it again
        extract(first, "acme", "9.4.0", text);
        assertEquals(story, storyOf(first));
    }

    @Test
    void copiesInOneBatchShareOneStory() {
        String text = StoryTexts.article(SEEDS.nextLong(), 250);
        UUID a = stored("acme", text);
        UUID b = stored("acme", StoryTexts.edited(text, 7, 77));
        List<ExtractionRecorder.Outcome> outcomes = recorder.recordExtractions(List.of(event(a, "acme", "1.0.0", text),
                event(b, "acme", "1.0.0", StoryTexts.edited(text, 7, 77))));
        assertEquals(List.of(ExtractionRecorder.Outcome.APPLIED, ExtractionRecorder.Outcome.APPLIED), outcomes);
        assertNotNull(storyOf(a));
        assertEquals(storyOf(a), storyOf(b));
    }

    UUID stored(String tenant, String content) {
        return articles.submit(tenant, new ArticleSubmission(content, ContentType.TEXT_PLAIN, null, null, null), null, null)
                .article().id;
    }

    UUID storedAndExtracted(String tenant, String text) {
        UUID id = stored(tenant, text);
        extract(id, tenant, "1.0.0", text);
        return id;
    }

    void extract(UUID id, String tenant, String version, String text) {
        assertEquals(ExtractionRecorder.Outcome.APPLIED, recorder.recordExtraction(event(id, tenant, version, text)));
    }

    ExtractedEvent event(UUID id, String tenant, String version, String text) {
        return ExtractedEvent.read(mapper, EventFixtures.extracted(id, tenant, version, text));
    }

    /** The article's storyId, read as the tenant's admin would (null while it has none). */
    String storyOf(UUID id) {
        String tenant = articles.get(id, null).tenant;
        return tenant.equals("acme") ? given().when().get(ARTICLES + "/" + id).then().statusCode(200).extract().path("storyId")
                : stringOrNull(articles.get(id, null).storyId);
    }

    private static String stringOrNull(UUID id) {
        return id == null ? null : id.toString();
    }
}
