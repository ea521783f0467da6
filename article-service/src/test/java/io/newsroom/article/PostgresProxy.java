package io.newsroom.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay in front of the shared PostgreSQL server. Cutting it drops every open connection and refuses new ones,
 * which the service sees exactly as a database restart, without stopping a server other engineers use.
 */
public final class PostgresProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "postgres-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean cut;
    private volatile byte[] dropMarker;

    public PostgresProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Drops the open connections; new ones are closed as soon as they are accepted. */
    public void cut() {
        cut = true;
        sockets.forEach(PostgresProxy::closeQuietly);
        sockets.clear();
    }

    public void restore() {
        cut = false;
        dropMarker = null;
    }

    /**
     * Drops every open connection, once, the moment the service sends a request carrying this text (before the
     * server sees it): a connection lost in the middle of a transaction. New connections are accepted as usual.
     */
    public void dropWhenSent(String marker) {
        dropMarker = marker.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        cut();
        closeQuietly(listener);
        threads.shutdownNow();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                Socket server = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(server);
                threads.execute(() -> pipeWatched(client, server));
                threads.execute(() -> pipe(server, client));
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side went away; closing both ends below tells the other side
        } finally {
            closePair(from, to);
        }
    }

    private void closePair(Socket from, Socket to) {
        closeQuietly(from);
        closeQuietly(to);
        sockets.remove(from);
        sockets.remove(to);
    }

    /** Copies the service's requests to the server, dropping everything when one carries the armed marker. */
    private void pipeWatched(Socket from, Socket to) {
        byte[] buffer = new byte[64 * 1024];
        byte[] window = new byte[0];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read; (read = in.read(buffer)) >= 0; ) {
                byte[] marker = dropMarker;
                if (marker != null) {
                    // the tail of the previous read is kept, so that a marker split across two reads is still seen
                    byte[] seen = new byte[window.length + read];
                    System.arraycopy(window, 0, seen, 0, window.length);
                    System.arraycopy(buffer, 0, seen, window.length, read);
                    if (contains(seen, marker)) {
                        dropMarker = null;
                        sockets.forEach(PostgresProxy::closeQuietly);
                        sockets.clear();
                        return;
                    }
                    int keep = Math.min(seen.length, marker.length - 1);
                    window = Arrays.copyOfRange(seen, seen.length - keep, seen.length);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away; closing both ends below tells the other side
        } finally {
            closePair(from, to);
        }
    }

    private static boolean contains(byte[] data, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= data.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
