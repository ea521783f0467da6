package io.newsroom.article.messaging;

import io.newsroom.article.config.ArticleConfig;
import io.newsroom.article.repository.OutboxRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * Wakes the relays of the other replicas through PostgreSQL LISTEN/NOTIFY: a transaction that queues an outbox event
 * notifies the channel (delivered on commit, nothing on rollback), and each instance's listener wakes its own relay
 * when another instance's commit is announced (its own commits already wake it in process). The listener holds one
 * connection of its own, outside the pool; while it is down the relay's periodic scan delivers, and it reconnects.
 */
@ApplicationScoped
public class OutboxNotifications {

    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);
    /** Longest wait for a notification before the listener checks for shutdown. */
    private static final int POLL_MILLIS = 1000;
    /** Silence after which the listener checks that its connection still works (a half-open socket says nothing). */
    private static final Duration PROBE_AFTER = Duration.ofSeconds(30);

    /** Payload of this instance's notifications, so that its listener skips its own commits. */
    private final String instanceId = UUID.randomUUID().toString();

    @Inject
    ArticleConfig config;

    @Inject
    OutboxRepository outbox;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private volatile boolean stopping;
    private volatile boolean listening;
    private Thread listener;

    /** Whether commits are announced to the other replicas: a channel is configured. */
    public boolean enabled() {
        return !"none".equals(config.outbox().notifyChannel());
    }

    /** Whether this instance's listener is connected and listening (for tests and diagnostics). */
    public boolean listening() {
        return listening;
    }

    /** Announces, within the caller's transaction, that it queued an outbox event; delivered only if it commits. */
    public void announceQueued() {
        if (enabled()) {
            outbox.notifyRelays(channel(), payload());
        }
    }

    /** The channel a transaction that queues an event notifies, or null when commits are not announced. */
    public String channel() {
        return enabled() ? config.outbox().notifyChannel() : null;
    }

    /** What this instance's notifications carry, so that its own listener can tell them from the others'. */
    public String payload() {
        return instanceId;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.outbox().relayEnabled() && enabled()) {
            listener = Thread.ofPlatform().name("outbox-listener").daemon().start(this::listenUntilStopped);
        }
    }

    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (listener != null) {
            listener.join(Duration.ofMillis(2L * POLL_MILLIS));
        }
    }

    private void listenUntilStopped() {
        boolean warned = false;
        while (!stopping) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + quoted(config.outbox().notifyChannel()));
                }
                listening = true;
                if (warned) {
                    LOG.info("Outbox listener reconnected");
                    warned = false;
                }
                // a commit announced while the listener was away may have been missed: one round catches up
                relay.wakeUp();
                listen(connection.unwrap(PGConnection.class), connection);
            } catch (SQLException e) {
                listening = false;
                if (!warned && !stopping) {
                    LOG.warnf("Outbox listener lost its connection, the periodic scan delivers until it is back: %s", e);
                    warned = true;
                }
                pause(config.outbox().relayInterval());
            } finally {
                listening = false;
            }
        }
    }

    private void listen(PGConnection notifications, Connection connection) throws SQLException {
        long quietSince = System.nanoTime();
        while (!stopping) {
            PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
            if (received != null && received.length > 0) {
                quietSince = System.nanoTime();
                if (fromAnotherInstance(received)) {
                    relay.wakeUp();
                }
            } else if (System.nanoTime() - quietSince > PROBE_AFTER.toNanos()) {
                try (Statement probe = connection.createStatement()) {
                    probe.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private boolean fromAnotherInstance(PGNotification[] received) {
        for (PGNotification notification : received) {
            if (!instanceId.equals(notification.getParameter())) {
                return true;
            }
        }
        return false;
    }

    /** The channel as a quoted SQL identifier (LISTEN takes no bind parameter). */
    static String quoted(String channel) {
        return '"' + channel.replace("\"", "\"\"") + '"';
    }

    private void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
