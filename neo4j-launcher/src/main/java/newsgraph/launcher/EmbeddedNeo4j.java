package newsgraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts a Neo4j Community DBMS with Bolt on 127.0.0.1 and keeps it up until told to stop.
 *
 * Contract with the Node side (src/db/embeddedNeo4j.ts):
 *  - configuration comes from environment variables (see {@link Settings});
 *  - exactly one line "NEO4J_READY bolt://127.0.0.1:PORT" is printed on stdout once Bolt accepts
 *    connections (PORT is the real port, also when 0 asked for a free one);
 *  - the DBMS is shut down cleanly on SIGTERM/SIGINT, when stdin reaches end-of-file (the parent
 *    closed its pipe or died) and when the parent process is gone, so no orphan JVM keeps the store;
 *  - a start-up failure prints "NEO4J_FAILED <reason>" on stdout and exits with code 1.
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    record Settings(Path dataDir, int boltPort, long pageCacheBytes, Duration txTimeout, boolean watchStdin) {
        static Settings fromEnvironment() {
            String dir = env("EMBEDDED_NEO4J_DIR", "./data/neo4j");
            int port = Integer.parseInt(env("EMBEDDED_NEO4J_BOLT_PORT", "7687"));
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("EMBEDDED_NEO4J_BOLT_PORT: expected 0..65535, got " + port);
            }
            long pageCacheMb = Long.parseLong(env("EMBEDDED_NEO4J_PAGECACHE_MB", "512"));
            long txTimeoutSeconds = Long.parseLong(env("EMBEDDED_NEO4J_TX_TIMEOUT_S", "60"));
            boolean watchStdin = "1".equals(env("EMBEDDED_NEO4J_WATCH_STDIN", "0"));
            return new Settings(Path.of(dir).toAbsolutePath(), port, pageCacheMb * 1024 * 1024,
                    Duration.ofSeconds(txTimeoutSeconds), watchStdin);
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value.trim();
        }
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.fromEnvironment();
        } catch (RuntimeException e) {
            fail("bad configuration: " + e.getMessage());
            return;
        }

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(settings.dataDir())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes())
                    .setConfig(GraphDatabaseSettings.transaction_timeout, settings.txTimeout())
                    .build();
        } catch (RuntimeException e) {
            fail(rootMessage(e));
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    dbms.shutdown();
                } finally {
                    done.countDown();
                }
            }
        };
        // SIGTERM and SIGINT run shutdown hooks; the hook waits for a clean store shutdown.
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort bolt = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bolt == null) {
            fail("Bolt connector did not register a port");
            return;
        }
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + bolt.getPort());
        System.out.flush();

        if (settings.watchStdin()) {
            daemon("stdin-watch", () -> {
                try (InputStream in = System.in) {
                    byte[] buffer = new byte[256];
                    while (in.read(buffer) >= 0) {
                        // The parent never writes; reading only detects that the pipe closed.
                    }
                } catch (IOException ignored) {
                    // A broken pipe means the same as end-of-file.
                }
                System.exit(0);
            });
        }
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        parent.ifPresent(p -> daemon("parent-watch", () -> {
            while (p.isAlive()) {
                sleep(Duration.ofSeconds(1));
            }
            System.exit(0);
        }));

        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return (message == null ? cause.getClass().getSimpleName() : message).replace('\n', ' ');
    }

    private static void fail(String reason) {
        System.out.println("NEO4J_FAILED " + reason);
        System.out.flush();
        System.exit(1);
    }
}
