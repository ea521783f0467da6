package io.newsroom.e2e.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads article-service's tables directly: what the API cannot show by design (events applied per article,
 * rows of the outbox, rows a refused request must not have left).
 */
public final class ArticleLedger {

    private final String url;

    public ArticleLedger(String url) {
        this.url = url;
    }

    /** Articles whose content contains the marker (every generated request of a run carries one). */
    public long articlesContaining(String marker) {
        return single("SELECT count(*) FROM articles WHERE strpos(content, ?) > 0", marker);
    }

    public long articleRows() {
        return single("SELECT count(*) FROM articles");
    }

    public Map<String, Long> statusCounts(Collection<UUID> ids) {
        return grouped("SELECT status, count(*) FROM articles WHERE id = ANY(?) GROUP BY status", ids);
    }

    /** Extraction events article-service applied, per article (processed_events keeps one row per event id). */
    public Map<String, Long> extractionEventsApplied(Collection<UUID> ids) {
        return grouped("SELECT article_id::text, count(*) FROM processed_events "
                + "WHERE topic = 'articles.extracted' AND article_id = ANY(?) GROUP BY article_id", ids);
    }

    /** articles.submitted events queued in the outbox, per article. */
    public Map<String, Long> submittedEvents(Collection<UUID> ids) {
        return grouped("SELECT article_id::text, count(*) FROM outbox "
                + "WHERE topic = 'articles.submitted' AND article_id = ANY(?) GROUP BY article_id", ids);
    }

    public Map<String, Long> attempts(Collection<UUID> ids) {
        return grouped("SELECT id::text, attempt FROM articles WHERE id = ANY(?)", ids);
    }

    /** The newest stored articles: id to tenant. */
    public Map<UUID, String> newestArticles(int limit) {
        Map<UUID, String> result = new java.util.LinkedHashMap<>();
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT id, tenant FROM articles WHERE tenant IN ('acme', 'globex') ORDER BY submitted_at DESC LIMIT ?")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** When each extracted article's extraction was stored. */
    public Map<String, java.time.Instant> extractedAt(Collection<UUID> ids) {
        Map<String, java.time.Instant> result = new HashMap<>();
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT id::text, extracted_at FROM articles WHERE id = ANY(?) AND status = 'EXTRACTED'")) {
            query.setArray(1, uuids(connection, ids));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Articles of a tenant whose external id starts with the prefix, with their status. */
    public Map<String, String> statusByExternalId(String tenant, String prefix) {
        Map<String, String> result = new HashMap<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT external_id, status FROM articles WHERE tenant = ? AND starts_with(external_id, ?)")) {
            query.setString(1, tenant);
            query.setString(2, prefix);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getString(1), rows.getString(2));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Articles without their outbox event: an article and its event commit together, so this must stay 0. */
    public long articlesWithoutSubmittedEvent(Collection<UUID> ids) {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM articles a WHERE a.id = ANY(?) "
                     + "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.article_id = a.id AND o.topic = 'articles.submitted')")) {
            query.setArray(1, uuids(connection, ids));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private long single(String sql, String... parameters) {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Map<String, Long> grouped(String sql, Collection<UUID> ids) {
        Map<String, Long> result = new HashMap<>();
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, uuids(connection, ids));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getString(1), rows.getLong(2));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "newsroom", System.getenv().getOrDefault("NEWSROOM_DB_PASSWORD", "newsroom"));
    }

    private IllegalStateException failure(SQLException e) {
        return new IllegalStateException("query on " + url + " failed: " + e.getMessage(), e);
    }
}
