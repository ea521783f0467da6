package io.newsroom.article.repository;

import io.newsroom.article.service.MentionedDays;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V6's backfill, replayed in a transaction that is rolled back: its SQL function covers the same days as
 * MentionedDays, and odd documents and values are skipped rather than failing the migration.
 */
@QuarkusTest
class DateMentionsBackfillTest {

    private static final String MIGRATION = "db/migration/V6__date_mentions.sql";
    private static final List<String> VALUES = List.of("2025", "2024", "2025-05", "2025-02", "2025-12", "2025-13",
            "2025-00", "2025-Q1", "2025-Q4", "2025-Q5", "2025-W01", "2025-W21", "2020-W53", "2025-W53", "2025-W00",
            "2025-05-19", " 2025-05-19 ", "2024-02-29", "2025-02-29", "2025-04-31", "2025-05-20T00:02",
            "2025-05-20T23:30-05:00", "2025-05-19TMO", "XXXX-05-19", "2025-XX", "PRESENT_REF", "P3Y", "0000",
            "0000-05-19", "25-05-19", "2025-5-19", "20250519", "2025-05-19 10:00", "May 2025", "199X", "", "9999-12-31");

    @Inject
    DataSource dataSource;

    @Test
    void theBackfillCoversTheDaysMentionedDaysDoesAndSkipsOddValues() throws Exception {
        String[] script = backfill();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(script[0]);
                for (String value : VALUES) {
                    assertEquals(MentionedDays.of(value), sqlDays(connection, value), () -> "days of '" + value + "'");
                }
                UUID odd = insertArticle(connection, """
                        {"dates": [1, "x", null, {}, {"value": null}, {"value": ["a"]}, {"value": {"v": 1}},
                                   {"value": 2025}, {"value": "2025-13"}, {"value": "2025-05-19"},
                                   {"value": " 2025-05-19"}, {"value": "2025-W21"}]}""");
                UUID notAnArray = insertArticle(connection, "{\"dates\": \"2025-05-19\"}");
                UUID aString = insertArticle(connection, "\"2025-05-19\"");
                statement.executeUpdate("delete from date_mentions where article_id in ('%s', '%s', '%s')"
                        .formatted(odd, notAnArray, aString));
                statement.executeUpdate(script[1]);
                assertEquals(List.of("2025 2025-01-01 2026-01-01", "2025-05-19 2025-05-19 2025-05-20",
                        "2025-W21 2025-05-19 2025-05-26"), stored(connection, odd));
                assertEquals(List.of(), stored(connection, notAnArray));
                assertEquals(List.of(), stored(connection, aString));
            } finally {
                connection.rollback();
            }
        }
    }

    /** The function and the backfill statement of the migration. */
    private static String[] backfill() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(MIGRATION)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String function = sql.substring(sql.indexOf("CREATE FUNCTION pg_temp.mentioned_days"), sql.lastIndexOf("$$;") + 2);
            String insert = sql.substring(sql.indexOf("INSERT INTO date_mentions"));
            return new String[]{function, insert.substring(0, insert.lastIndexOf(';'))};
        }
    }

    private static Optional<MentionedDays.Range> sqlDays(Connection connection, String value) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "select lower(d), upper(d) from (select pg_temp.mentioned_days(?) as d) r where d is not null")) {
            select.setString(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new MentionedDays.Range(row.getObject(1, LocalDate.class),
                        row.getObject(2, LocalDate.class))) : Optional.empty();
            }
        }
    }

    private static UUID insertArticle(Connection connection, String extraction) throws Exception {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into articles (id, tenant, request_hash, content, content_type, content_hash, status,
                submitted_at, updated_at, extraction) values (?, 'backfill', 'h', 'c', 'text/plain', ?, 'EXTRACTED',
                now(), now(), cast(? as jsonb))""")) {
            insert.setObject(1, id);
            insert.setString(2, id.toString());
            insert.setString(3, extraction);
            insert.executeUpdate();
        }
        return id;
    }

    private static List<String> stored(Connection connection, UUID articleId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select value, starts_on, ends_on from date_mentions where article_id = ? order by value")) {
            select.setObject(1, articleId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3));
                }
            }
        }
        return rows;
    }
}
