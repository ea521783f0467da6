package io.newsroom.extraction.messaging;

import io.newsroom.extraction.config.ExtractionConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers the ids of the most recently handled events so a redelivered duplicate is skipped. */
@ApplicationScoped
public class RecentEvents {

    private final Map<String, Boolean> seen;

    public RecentEvents(ExtractionConfig config) {
        int capacity = config.recentEvents();
        seen = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized boolean contains(String eventId) {
        return seen.containsKey(eventId);
    }

    public synchronized void remember(String eventId) {
        seen.put(eventId, Boolean.TRUE);
    }
}
