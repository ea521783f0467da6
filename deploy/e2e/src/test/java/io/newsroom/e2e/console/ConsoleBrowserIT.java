package io.newsroom.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.e2e.ExtractedArticles;
import io.newsroom.e2e.RunningSuite;
import io.newsroom.e2e.client.ApiResponse;
import io.newsroom.e2e.client.GatewayClient;
import io.newsroom.e2e.client.OnboardedPartner;
import io.newsroom.e2e.client.TokenSource.Partner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.newsroom.e2e.RunningSuite.ADDRESSES;
import static io.newsroom.e2e.RunningSuite.GATEWAY;
import static io.newsroom.e2e.RunningSuite.TOKENS;
import static io.newsroom.e2e.RunningSuite.TOPICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console in a real browser: signed in on Keycloak's own login page as the realm's admin, each page's main action
 * is done with clicks and its result read back through the admin API; the refusals are seen as a browser sees them.
 * Screenshots of every page land in {@code target/screenshots}.
 */
@ExtendWith(RunningSuite.class)
class ConsoleBrowserIT {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final String ADMIN_USER = setting("NEWSROOM_ADMIN_USER", "admin");
    private static final String ADMIN_PASSWORD = setting("NEWSROOM_ADMIN_PASSWORD", "admin");
    private static final String ALICE_PASSWORD = setting("NEWSROOM_ALICE_PASSWORD", "alice");

    private static ConsoleBrowser admin;

    @BeforeAll
    static void signInAsAdmin() {
        ConsoleBrowser.assumeInstalled();
        admin = ConsoleBrowser.open(ADDRESSES.gateway());
        admin.go("/console");
        admin.logInOnKeycloakPage(ADMIN_USER, ADMIN_PASSWORD);
        admin.visible(By.cssSelector("h1"));
    }

    @AfterAll
    static void closeBrowser() {
        if (admin != null) {
            admin.close();
        }
    }

    @Test
    void withoutASessionTheConsoleSendsTheBrowserToKeycloaksLoginPage() {
        try (ConsoleBrowser anonymous = ConsoleBrowser.open(ADDRESSES.gateway())) {
            anonymous.go("/console/dead-letters");
            anonymous.visible(By.id("username"));
            assertTrue(anonymous.url().startsWith(ADDRESSES.keycloak() + "/realms/newsroom/protocol/openid-connect/auth"),
                    anonymous.url());
            assertTrue(anonymous.url().contains("client_id=newsroom-console"), anonymous.url());
            anonymous.screenshot("keycloak-login");
        }
    }

    @Test
    void signingOutEndsTheSessionAtKeycloakToo() {
        try (ConsoleBrowser leaving = ConsoleBrowser.open(ADDRESSES.gateway())) {
            leaving.go("/console");
            leaving.logInOnKeycloakPage(ADMIN_USER, ADMIN_PASSWORD);
            leaving.visible(By.id("logout")).click();
            leaving.until(driver -> leaving.url().startsWith(ADDRESSES.gateway() + "/console/signed-out"));
            assertEquals("Signed out", leaving.visible(By.tagName("h1")).getText());
            leaving.go("/console");
            leaving.visible(By.id("username"));
            assertTrue(leaving.url().startsWith(ADDRESSES.keycloak()), "signed in still: " + leaving.url());
        }
    }

    @Test
    void aUserWithoutTheAdminRoleGetsTheNotAllowedPage() {
        try (ConsoleBrowser alice = ConsoleBrowser.open(ADDRESSES.gateway())) {
            alice.go("/console");
            alice.logInOnKeycloakPage("alice", ALICE_PASSWORD);
            WebElement heading = alice.visible(By.id("not-allowed"));
            assertEquals("Not allowed", heading.getText());
            assertTrue(alice.find(By.tagName("main")).getText().contains("alice"), alice.find(By.tagName("main")).getText());
            assertFalse(alice.present(By.id("dead-letter-count")), "alice sees the overview");
            alice.screenshot("not-allowed");
        }
    }

    @Test
    void overviewDrawsTheExtractionsOfTheLastHourAndCountsTheDeadLettersTheApiLists() {
        String id = ExtractedArticles.submit(Partner.ACME, 1).get(0);
        admin.go("/console");
        // read in one wait: the live part may be swapped by htmx between two reads
        String label = admin.until(driver -> admin.visible(By.id("throughput")).getAttribute("aria-label"));
        assertFalse(admin.until(driver -> driver.findElements(By.cssSelector("#throughput rect"))).isEmpty(), "no bar in the chart");
        long drawn = Long.parseLong(label.substring(0, label.indexOf(' ')));
        assertTrue(drawn >= 1, "the chart counts no extraction though article " + id + " was just extracted: " + label);
        assertTrue(admin.until(driver -> admin.find(By.id("articles-per-tenant")).getText()).contains("acme"), "no row of tenant acme");

        // the count the page shows is the list the admin API answers (retried: the page refreshes itself)
        admin.until(WAIT, driver -> {
            int listed = GATEWAY.get(Partner.ADMIN, "/admin/v1/dead-letters").json().size();
            admin.go("/console");
            return admin.visible(By.id("dead-letter-count")).getText().equals(Integer.toString(listed));
        });
        // the live part is swapped in by htmx without a reload of the page
        String measured = admin.until(driver -> admin.find(By.id("measured-at")).getAttribute("datetime"));
        admin.until(WAIT, driver -> !admin.find(By.id("measured-at")).getAttribute("datetime").equals(measured));
        admin.visible(By.id("throughput"));
        admin.screenshot("overview");
    }

    @Test
    void aDeadLetterMadeByTheTestIsReplayedFromItsPageAndLeavesTheList() {
        String id = deadLetterOf(ExtractedArticles.submit(Partner.GLOBEX, 1).get(0), "globex");
        WebElement row = awaitListed(id);
        admin.screenshot("dead-letters");
        row.findElement(By.cssSelector("a")).click();
        assertEquals("io.newsroom.e2e.InjectedFailure", admin.visible(By.id("dead-letter")).getText()
                .lines().filter(line -> line.startsWith("error class")).findFirst().orElse("").replace("error class", "").strip());
        admin.screenshot("dead-letter");

        admin.visible(By.id("replay")).click();
        assertTrue(admin.visible(By.id("notice")).getText().contains(id), admin.find(By.id("notice")).getText());
        assertFalse(admin.present(By.cssSelector("tr[data-article='" + id + "']")), "the replayed letter is still listed");
        admin.screenshot("dead-letters-replayed");

        for (JsonNode letter : GATEWAY.get(Partner.ADMIN, "/admin/v1/dead-letters").json()) {
            assertFalse(letter.path("articleId").asText().equals(id), "the admin API still lists the replayed letter " + letter);
        }
        JsonNode article = ExtractedArticles.awaitAttempt(Partner.GLOBEX, id, 2);
        assertEquals("EXTRACTED", article.path("status").asText(), article::toString);
    }

    @Test
    void aReextractionStartedOnItsPageRunsToTheEndWithItsProgressShown() {
        OnboardedPartner partner = OnboardedPartner.create(GATEWAY, "console", "ConsoleBrowserIT re-extraction");
        try {
            String token = partner.token(TOKENS);
            List<String> ids = ExtractedArticles.submit(token, 3);
            String version = GATEWAY.getWithToken(token, "/api/v1/articles/" + ids.get(0) + "/extraction").json()
                    .path("extractorVersion").asText();

            admin.go("/console/reextractions");
            new Select(admin.visible(By.id("extractor-version"))).selectByValue(version);
            new Select(admin.find(By.id("tenant"))).selectByValue(partner.tenant());
            admin.screenshot("reextractions");
            admin.find(By.id("start-job")).click();
            String job = admin.visible(By.id("job-id")).getText();
            // the progress part is reloaded by htmx until the job ends
            admin.until(WAIT, driver -> "COMPLETED".equals(admin.find(By.id("job-progress")).getAttribute("data-state")));
            assertEquals("100 %", admin.find(By.id("job-percent")).getText());
            assertEquals("3", admin.find(By.id("job-total")).getText());
            admin.screenshot("reextraction-job");

            JsonNode progress = GATEWAY.get(Partner.ADMIN, "/admin/v1/reextractions/" + job).json();
            assertEquals("COMPLETED", progress.path("state").asText(), progress::toString);
            assertEquals(partner.tenant(), progress.path("tenant").asText(), progress::toString);
            assertEquals(version, progress.path("extractorVersion").asText(), progress::toString);
            assertEquals(3, progress.path("total").asLong(), progress::toString);
            assertEquals(3, progress.path("done").asLong(), progress::toString);
            assertEquals(0, progress.path("failed").asLong(), progress::toString);
            for (String id : ids) {
                JsonNode article = ExtractedArticles.awaitAttempt(token, id, 2);
                assertEquals("EXTRACTED", article.path("status").asText(), article::toString);
            }
            admin.go("/console/reextractions");
            admin.visible(By.cssSelector("tr[data-job='" + job + "'][data-state='COMPLETED']"));
            admin.screenshot("reextractions-history");
        } finally {
            partner.delete(GATEWAY);
        }
    }

    @Test
    void aPartnerOnboardedOnItsPageGetsTokensUntilItIsDisabledThereThenItsTokenGets401() {
        String tenant = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        String client = "partner-" + tenant;
        try {
            admin.go("/console/partners");
            admin.visible(By.id("partner-tenant")).sendKeys(tenant);
            admin.find(By.id("create-partner-submit")).click();
            assertEquals(client, admin.visible(By.id("partner-client-id-value")).getText());
            assertEquals(tenant, admin.find(By.id("partner-tenant-value")).getText());
            assertEquals(ADDRESSES.tokenEndpoint(), admin.find(By.id("token-endpoint")).getText());
            String secret = admin.find(By.id("partner-secret")).getText();
            admin.screenshot("partner-created");

            ApiResponse granted = TOKENS.clientCredentials(client, secret);
            assertEquals(200, granted.status(), granted::toString);
            String token = granted.json().path("access_token").asText();
            assertEquals(200, GATEWAY.getWithToken(token, "/api/v1/articles").status(), "the new partner's token is refused");
            JsonNode described = GATEWAY.get(Partner.ADMIN, "/admin/v1/partners/" + client).json();
            assertEquals(tenant, described.path("tenant").asText(), described::toString);
            assertTrue(described.path("enabled").asBoolean(), described::toString);

            admin.go("/console/partners");
            By row = By.cssSelector("tr[data-partner='" + client + "']");
            admin.find(row).findElement(By.cssSelector("button[data-test='disable']")).click();
            admin.visible(By.id("notice"));
            assertEquals("false", admin.find(row).getAttribute("data-enabled"));
            admin.screenshot("partners");

            assertFalse(GATEWAY.get(Partner.ADMIN, "/admin/v1/partners/" + client).json().path("enabled").asBoolean(true));
            assertEquals(401, TOKENS.clientCredentials(client, secret).status(), "a disabled partner still gets tokens");
            // the live token is refused within seconds (the revoked-client set), not when it expires
            int status = admin.until(Duration.ofSeconds(15),
                    driver -> GATEWAY.getWithToken(token, "/api/v1/articles").status() == 401 ? 401 : null);
            assertEquals(401, status);

            admin.find(row).findElement(By.cssSelector("a[data-test='delete']")).click();
            admin.visible(By.id("confirm-delete"));
            admin.screenshot("partner-delete");
            admin.find(By.id("confirm-delete-submit")).click();
            admin.visible(By.id("notice"));
            assertFalse(admin.present(row), "the deleted partner is still listed");
            assertEquals(404, GATEWAY.get(Partner.ADMIN, "/admin/v1/partners/" + client).status());
        } finally {
            GATEWAY.delete(Partner.ADMIN, "/admin/v1/partners/" + client);
        }
    }

    @Test
    void anArticleFoundBySearchShowsItsQuoteHighlightedInTheText() throws Exception {
        OnboardedPartner partner = OnboardedPartner.create(GATEWAY, "reading", "ConsoleBrowserIT articles");
        try {
            String token = partner.token(TOKENS);
            String content = Files.readString(ADDRESSES.projectRoot().resolve("deploy/samples/sample-article.txt"));
            ApiResponse created = GATEWAY.postWithToken(token, "/api/v1/articles",
                    GatewayClient.submission(content, "text/plain", "console-reading", null).toString());
            assertEquals(201, created.status(), created::toString);
            String id = created.json().path("id").asText();
            assertEquals("EXTRACTED", GATEWAY.awaitExtraction(token, id, WAIT).path("status").asText());
            JsonNode quotes = GATEWAY.getWithToken(token, "/api/v1/articles/" + id + "/extraction").json()
                    .path("extraction").path("quotes");
            assertFalse(quotes.isEmpty(), "the sample article has quotes: " + quotes);
            String quote = quotes.get(0).path("text").asText();

            admin.go("/console/articles");
            admin.visible(By.id("search-q")).sendKeys("flood barrier");
            new Select(admin.find(By.id("search-tenant"))).selectByValue(partner.tenant());
            admin.find(By.id("search-submit")).click();
            WebElement found = admin.visible(By.cssSelector("tr[data-article='" + id + "'] a[data-test='open-article']"));
            admin.screenshot("articles");
            found.click();

            admin.visible(By.id("article-text"));
            List<String> marked = admin.driver().findElements(By.cssSelector("#article-text mark.quote")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(marked.stream().anyMatch(text -> normalized(text).contains(normalized(quote))
                            || normalized(quote).contains(normalized(text)) && !text.isBlank()),
                    "the quote '" + quote + "' is not highlighted in the text; marked quotes: " + marked);
            String listed = admin.find(By.id("quotes")).getText();
            assertTrue(normalized(listed).contains(normalized(quote)), listed);
            String speaker = quotes.get(0).path("speaker").asText();
            assertTrue(speaker.isEmpty() || listed.contains(speaker), "speaker " + speaker + " not beside the quote: " + listed);
            admin.screenshot("article");
        } finally {
            partner.delete(GATEWAY);
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        String id = deadLetterOf(ExtractedArticles.submit(Partner.GLOBEX, 1).get(0), "globex");
        WebElement row = awaitListed(id);
        WebElement form = row.findElement(By.cssSelector("form"));
        admin.script("arguments[0].querySelector('input[name=\"csrf-token\"]').remove(); arguments[0].submit();", form);
        assertEquals("Refused", admin.visible(By.id("csrf-refused")).getText());
        admin.screenshot("csrf-refused");

        boolean stillListed = false;
        for (JsonNode letter : GATEWAY.get(Partner.ADMIN, "/admin/v1/dead-letters").json()) {
            stillListed |= letter.path("articleId").asText().equals(id);
        }
        assertTrue(stillListed, "the letter of " + id + " left the list though its replay was refused");
        assertEquals(1, GATEWAY.article(Partner.GLOBEX, id).json().path("attempt").asInt(), "the article was sent again");
    }

    /** Reloads the dead-letter list until the letter of the article shows; returns its row. */
    private static WebElement awaitListed(String id) {
        By row = By.cssSelector("tr[data-article='" + id + "']");
        return admin.until(WAIT, driver -> {
            admin.go("/console/dead-letters");
            return admin.present(row) ? admin.find(row) : null;
        });
    }

    private static String deadLetterOf(String id, String tenant) {
        TOPICS.publishDeadLetter(id, tenant, "io.newsroom.e2e.InjectedFailure", "dead letter written by ConsoleBrowserIT");
        return id;
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
