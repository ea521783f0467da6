package io.newsroom.article.repository;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a database that is unreachable or restarting (worth waiting for) from a statement or row that will
 * never succeed. Looks through the whole cause chain, since Hibernate, Agroal and Narayana each wrap the driver's error.
 */
public final class StorageOutage {

    private static final int MAX_CAUSES = 32;
    // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    // serialization_failure, deadlock_detected: the same transaction succeeds when run again
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01");

    private StorageOutage() {
    }

    /** The database cannot be reached right now: connection refused or lost, server shutting down, pool exhausted. */
    public static boolean causedBy(Throwable error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth++ < MAX_CAUSES; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isOutage(sql)) {
                return true;
            }
        }
        return false;
    }

    /** An outage, or a transient conflict between transactions: running the same work again can succeed. */
    public static boolean worthRetrying(Throwable error) {
        if (causedBy(error)) {
            return true;
        }
        int depth = 0;
        for (Throwable cause = error; cause != null && depth++ < MAX_CAUSES; cause = cause.getCause()) {
            if (cause instanceof LockAcquisitionException || cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(SQLException error) {
        String state = error.getSQLState();
        if (state != null) {
            return state.startsWith("08") || OUTAGE_STATES.contains(state);
        }
        // Agroal's pool timeouts carry no SQL state, only this wording
        String message = error.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
