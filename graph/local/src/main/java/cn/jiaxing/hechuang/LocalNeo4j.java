package cn.jiaxing.hechuang;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community as an embedded DBMS with the Bolt connector on 127.0.0.1.
 *
 * <pre>
 * java -cp ... cn.jiaxing.hechuang.LocalNeo4j --home DIR --port N --password-file FILE
 *      [--pagecache 256m] [--detached]
 * </pre>
 *
 * Protocol with the Node side (stdout, one line each):
 * {@code HECHUANG_NEO4J_READY <port>} once Bolt accepts connections, or
 * {@code HECHUANG_NEO4J_ERROR <code> <message>} before exiting with status 2.
 * Unless {@code --detached}, the process stops when its stdin closes, so it can never
 * outlive the Node process that started it, even when that one is killed.
 */
public final class LocalNeo4j {
    private static final int EXIT_FAILURE = 2;

    public static void main(String[] args) {
        Map<String, String> options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail("usage", e.getMessage());
            return;
        }
        Path home = Path.of(options.get("home")).toAbsolutePath();
        int port = Integer.parseInt(options.get("port"));
        boolean detached = options.containsKey("detached");

        if (!portIsFree(port)) {
            fail("port_in_use", "port " + port + " on 127.0.0.1 is already in use");
            return;
        }
        String password;
        try {
            password = Files.readString(Path.of(options.get("password-file")), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            fail("password_file", "cannot read password file: " + e.getMessage());
            return;
        }

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Bolt waits 5 s twice for idle connections on shutdown by default; the
                    // service has closed its driver by then, so 1 s is plenty.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory,
                            ByteUnit.parse(options.getOrDefault("pagecache", "256m")))
                    .build();
        } catch (Throwable e) {
            fail(classify(e), rootMessage(e));
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Runnable shutdown = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    dbms.shutdown();
                } finally {
                    done.countDown();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shutdown.run();
            awaitQuietly(done);
        }, "hechuang-neo4j-shutdown"));

        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(60_000)) {
                throw new IllegalStateException("database did not become available within 60 s");
            }
            InitialPassword.apply(dbms, password);
        } catch (Throwable e) {
            shutdown.run();
            fail(classify(e), rootMessage(e));
            return;
        }

        System.out.println("HECHUANG_NEO4J_READY " + port);
        System.out.flush();

        if (!detached) {
            Thread watcher = new Thread(() -> {
                drain(System.in);
                shutdown.run();
            }, "hechuang-parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        awaitQuietly(done);
        System.exit(0);
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Nothing is expected on stdin; end of stream means the parent is gone.
            }
        } catch (IOException ignored) {
            // A broken pipe also means the parent is gone.
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            if (name.endsWith("FileLockException") || message.contains("Lock file has been locked")
                    || message.contains("already locked")) {
                return "data_dir_locked";
            }
            if (name.endsWith("PortBindException") || message.contains("Address already in use")) {
                return "port_in_use";
            }
        }
        return "startup_failed";
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replace('\n', ' ').replace('\r', ' ');
    }

    private static void fail(String code, String message) {
        System.out.println("HECHUANG_NEO4J_ERROR " + code + " " + message);
        System.out.flush();
        System.exit(EXIT_FAILURE);
    }

    /** Sets the password of the built-in {@code neo4j} user while it still has the default one. */
    static final class InitialPassword {
        static void apply(DatabaseManagementService dbms, String password) {
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            boolean changeRequired = system.executeTransactionally(
                    "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
                    Map.of(),
                    result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
            if (changeRequired) {
                system.executeTransactionally(
                        "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password));
            }
        }
    }

    static final class Options {
        static Map<String, String> parse(String[] args) {
            java.util.HashMap<String, String> options = new java.util.HashMap<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument " + arg);
                }
                String key = arg.substring(2);
                if (key.equals("detached")) {
                    options.put(key, "true");
                } else if (i + 1 < args.length) {
                    options.put(key, args[++i]);
                } else {
                    throw new IllegalArgumentException("missing value for " + arg);
                }
            }
            for (String required : new String[] {"home", "port", "password-file"}) {
                if (!options.containsKey(required)) {
                    throw new IllegalArgumentException("--" + required + " is required");
                }
            }
            return options;
        }
    }
}
