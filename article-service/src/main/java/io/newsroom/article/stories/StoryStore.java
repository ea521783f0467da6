package io.newsroom.article.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of story grouping (tables of V9), on a plain JDBC connection: the service runs it inside its transactions,
 * the benchmark against a scratch schema.
 */
public final class StoryStore {

    /** Key space of the per-tenant advisory lock taken while an article is given its story. */
    static final int STORY_LOCK_SPACE = 0x53_54_52_59;

    /** Index rows read per band key of a new article. */
    static final int POSTINGS_PER_KEY = 200;

    /** An article of the tenant found by a shared band key: its story, fingerprint and how many bands it shares. */
    public record Candidate(UUID articleId, UUID storyId, Fingerprint fingerprint, int sharedBands) {
    }

    /** What is stored of an article's grouping; storyId and fingerprint null before its first grouping. */
    public record Grouping(UUID storyId, Fingerprint fingerprint) {
    }

    private StoryStore() {
    }

    /**
     * Serialises story assignment in a tenant until the transaction ends: two copies of one story stored at the
     * same time see each other, so they cannot start two stories.
     */
    public static void lockTenant(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, STORY_LOCK_SPACE);
            lock.setString(2, tenant);
            lock.execute();
        }
    }

    public static Optional<Grouping> groupingOf(Connection connection, UUID articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select story_id, story_signature, story_shingles from articles where id = ?")) {
            select.setObject(1, articleId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                byte[] signature = row.getBytes(2);
                return Optional.of(new Grouping(row.getObject(1, UUID.class),
                        signature == null ? null : Fingerprint.of(signature, row.getInt(3))));
            }
        }
    }

    /** The tenant's articles sharing at least one of the keys, most shared bands first, at most limit. */
    public static List<Candidate> candidates(Connection connection, String tenant, long[] keys, UUID except, int limit)
            throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        if (keys.length == 0) {
            return candidates;
        }
        // at most POSTINGS_PER_KEY rows per key: a story copied a thousand times costs a new copy no more than one
        // copied a hundred times (its first copies are found all the same)
        try (PreparedStatement select = connection.prepareStatement("""
                select a.id, a.story_id, a.story_signature, a.story_shingles, c.shared
                from (select b.article_id, count(*) as shared
                      from unnest(?) as k(key)
                      cross join lateral (select article_id from story_bands
                                          where tenant = ? and band_key = k.key and article_id <> ? limit ?) b
                      group by b.article_id order by count(*) desc, b.article_id limit ?) c
                join articles a on a.id = c.article_id
                where a.story_signature is not null and a.story_id is not null
                order by c.shared desc, a.id""")) {
            select.setArray(1, connection.createArrayOf("bigint", boxed(keys)));
            select.setString(2, tenant);
            select.setObject(3, except == null ? new UUID(0, 0) : except);
            select.setInt(4, POSTINGS_PER_KEY);
            select.setInt(5, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new Candidate(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            Fingerprint.of(rows.getBytes(3), rows.getInt(4)), rows.getInt(5)));
                }
            }
        }
        return candidates;
    }

    /** Tenants with extractions not grouped yet (stored before V9, or left by a stop between storing and grouping), in name order. */
    public static List<String> tenantsWithUngrouped(Connection connection) throws SQLException {
        List<String> tenants = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select distinct tenant from articles where story_pending order by tenant");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tenants.add(rows.getString(1));
            }
        }
        return tenants;
    }

    /**
     * Texts of the tenant's extractions not grouped yet with an id after `after`, in id order, at most limit; locked,
     * and skipping rows the pipeline holds (it groups those itself, and waiting on it under the tenant's lock would
     * deadlock with it).
     */
    public static List<StoryText> ungrouped(Connection connection, String tenant, UUID after, int limit) throws SQLException {
        List<StoryText> texts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, coalesce(extraction ->> 'text', '') "
                + "from articles where tenant = ? and story_pending and id > ? order by id limit ? "
                + "for update skip locked")) {
            select.setString(1, tenant);
            select.setObject(2, after);
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    texts.add(new StoryText(rows.getObject(1, UUID.class), tenant, rows.getString(2)));
                }
            }
        }
        return texts;
    }

    /**
     * Of these articles of the tenant, the ones whose extraction is not grouped yet, with the hash of that extraction;
     * locked, in id order.
     */
    public static Map<UUID, String> pending(Connection connection, String tenant, Collection<UUID> ids) throws SQLException {
        Map<UUID, String> pending = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, extraction_hash from articles "
                + "where id = any(?) and tenant = ? and story_pending order by id for update")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            select.setString(2, tenant);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pending.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        }
        return pending;
    }

    /** The stored extraction's text (empty when it has none). */
    public static String textOf(Connection connection, UUID articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select coalesce(extraction ->> 'text', '') from articles where id = ?")) {
            select.setObject(1, articleId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    /** Marks the article's extraction grouped while its story and fingerprint stay as they are. */
    public static void keep(Connection connection, UUID articleId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update articles set story_pending = false where id = ? and story_pending")) {
            update.setObject(1, articleId);
            update.executeUpdate();
        }
    }

    /** Whether an article of the tenant other than except belongs to the story. */
    public static boolean storyHasOthers(Connection connection, String tenant, UUID storyId, UUID except) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select 1 from articles where tenant = ? and story_id = ? and id <> ? limit 1")) {
            select.setString(1, tenant);
            select.setObject(2, storyId);
            select.setObject(3, except);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * Stores the article's story and fingerprint and its band keys, marking its extraction grouped, replacing those it had when it was grouped
     * before (an article never grouped has none: no delete for it).
     */
    public static void assign(Connection connection, String tenant, UUID articleId, UUID storyId, Fingerprint fingerprint,
                              long[] keys, boolean groupedBefore) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update articles set story_id = ?, story_signature = ?, story_shingles = ?, story_pending = false where id = ?")) {
            update.setObject(1, storyId);
            update.setBytes(2, fingerprint.signatureBytes());
            update.setInt(3, fingerprint.shingles());
            update.setObject(4, articleId);
            update.executeUpdate();
        }
        if (groupedBefore) {
            try (PreparedStatement delete = connection.prepareStatement("delete from story_bands where article_id = ?")) {
                delete.setObject(1, articleId);
                delete.executeUpdate();
            }
        }
        if (keys.length > 0) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into story_bands (tenant, band_key, article_id) select ?, k, ? from unnest(?) as k")) {
                insert.setString(1, tenant);
                insert.setObject(2, articleId);
                insert.setArray(3, connection.createArrayOf("bigint", boxed(keys)));
                insert.executeUpdate();
            }
        }
    }

    private static Long[] boxed(long[] keys) {
        Long[] boxed = new Long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            boxed[i] = keys[i];
        }
        return boxed;
    }
}
