import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * Runs PostgreSQL from the zonky embedded binaries on 127.0.0.1 for machines without a PostgreSQL server,
 * provisions the newsroom role and databases, and stops the server when this process gets SIGTERM.
 * Usage (deploy/local/infra.sh): java -cp "LIBS/*" EmbeddedPostgresLauncher.java PORT DATA_DIR
 */
public class EmbeddedPostgresLauncher {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]);
        Files.createDirectories(dataDir.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                // keep the articles across restarts, like a real server
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }));
        provision(port);
        System.out.println("embedded PostgreSQL ready on 127.0.0.1:" + port + " (data " + dataDir + ")");
        stopped.await();
    }

    private static void provision(int port) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
             Statement sql = connection.createStatement()) {
            if (!exists(sql, "SELECT 1 FROM pg_roles WHERE rolname = 'newsroom'")) {
                sql.execute("CREATE ROLE newsroom LOGIN CREATEDB PASSWORD 'newsroom'");
            }
            for (String database : new String[] {"newsroom", "newsroom_test"}) {
                if (!exists(sql, "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    sql.execute("CREATE DATABASE " + database + " OWNER newsroom");
                }
            }
        }
    }

    private static boolean exists(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next();
        }
    }
}
