package org.cathedra.platform;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB before any data source exists when no external database is configured
 * ({@code spring.datasource.url} unset) and points Spring's data source at it.
 */
class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor {

    static final String ENABLED = "cathedra.embedded-db.enabled";
    static final String DATA_DIR = "cathedra.embedded-db.data-dir";
    /** Whether the data folder is deleted when the JVM ends (the tests' databases); false by default. */
    static final String THROW_AWAY = "cathedra.embedded-db.delete-on-exit";
    static final String DATABASE = "cathedra.embedded-db.database";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(env.getProperty(DATA_DIR, "data/mariadb")).toAbsolutePath();
        String database = env.getProperty(DATABASE, "cathedra");
        EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(dataDir, database,
                env.getProperty(THROW_AWAY, Boolean.class, false));
        env.getPropertySources().addFirst(new MapPropertySource("cathedraEmbeddedDb", Map.of(
                "spring.datasource.url", db.jdbcUrl(database),
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                "cathedra.embedded-db.port", db.port())));
    }
}
