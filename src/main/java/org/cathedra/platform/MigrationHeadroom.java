package org.cathedra.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.cathedra.shared.DiskFull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Before the schema migration runs, checks that the database can still write: a probe table takes
 * {@code cathedra.db.migration-headroom-mb} megabytes (8 unless set; 0 turns the check off) and is dropped again.
 * MariaDB cannot roll back schema statements, so a disk that fills up in the middle of a changeset with several
 * statements would leave part of it in place and the next start would stumble on it; with the headroom checked
 * first, a nearly full disk stops Cathedra before anything is changed (the whole schema takes about 5 MB).
 */
@Configuration(proxyBeanMethods = false)
class MigrationHeadroom {

    static final String PROBE = "cathedra_disk_probe";
    private static final Logger log = LoggerFactory.getLogger(MigrationHeadroom.class);

    @Bean
    static BeanPostProcessor migrationHeadroomCheck(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                // every bean passes here, the views too, each time one is made: only Liquibase's is looked at
                if (!(bean instanceof SpringLiquibase liquibase) || liquibase.getDataSource() == null) {
                    return bean;
                }
                int megabytes = Binder.get(environment).bind("cathedra.db.migration-headroom-mb", Integer.class)
                        .orElse(8);
                if (megabytes > 0) {
                    check(liquibase.getDataSource(), megabytes);
                }
                return bean;
            }
        };
    }

    static void check(DataSource dataSource, int megabytes) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + PROBE);
                s.execute("CREATE TABLE " + PROBE + " (chunk VARBINARY(6000) NOT NULL) ENGINE=InnoDB");
            }
            try (var insert = c.prepareStatement("INSERT INTO " + PROBE + " (chunk) VALUES (?)")) {
                // one small row per statement: a row that finds no page is refused with "table is full" before it
                // changes anything, while a statement that fails after writing rows must be rolled back, and InnoDB
                // (11.4) stops the whole server when that rollback finds no space ("[FATAL] ... in rollback")
                byte[] row = new byte[6000];
                for (long written = 0; written < megabytes * 1024L * 1024L; written += row.length) {
                    insert.setBytes(1, row);
                    insert.executeUpdate();
                }
            } finally {
                try (var s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS " + PROBE);
                } catch (SQLException e) {
                    log.warn("The disk probe table {} could not be dropped, the next start drops it: {}", PROBE,
                            e.getMessage());
                }
            }
            log.debug("{} MB of headroom for the migration checked in {} ms", megabytes,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            if (DiskFull.in(e)) {
                throw new NoHeadroomException(megabytes, e);
            }
            // anything else (no database, no privilege) is left to the migration itself to report
            log.warn("The disk probe before the migration could not run: {}", e.getMessage());
        }
    }

    /** The database could not take the probe: nothing of the schema was changed. */
    static final class NoHeadroomException extends IllegalStateException {
        NoHeadroomException(int megabytes, SQLException cause) {
            super("The database could not write " + megabytes + " MB before the schema migration: " + cause.getMessage(),
                    cause);
        }
    }
}
