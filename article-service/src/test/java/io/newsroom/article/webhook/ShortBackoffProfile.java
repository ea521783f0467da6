package io.newsroom.article.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Webhook retries within milliseconds, and an endpoint disabled after eight failures, however recent; the dispatcher,
 * when a test starts it, polls every 20 ms.
 */
public class ShortBackoffProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "newsroom.webhooks.initial-backoff", "1ms",
                "newsroom.webhooks.max-backoff", "4ms",
                "newsroom.webhooks.disable-after-failures", "8",
                "newsroom.webhooks.disable-after", "PT0S",
                "newsroom.webhooks.batch-size", "50",
                "newsroom.webhooks.poll-interval", "20ms",
                "newsroom.webhooks.public-base-url", "https://api.newsroom.example/");
    }
}
