package org.cathedra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.cathedra.CathedraApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The production set-up: the prod profile against an external MariaDB given by spring.datasource.*, as docker/
 * configures it. The schema is migrated, no demo data appears, and the first administrator comes from settings.
 */
class ProductionProfileIT {

    @Test
    void the_prod_profile_migrates_an_external_database_without_demo_data_and_creates_the_first_administrator() {
        // a second application in this JVM installs its own global security-context strategy: put ours back after
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            startProductionApplication();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    private static void startProductionApplication() {
        EmbeddedMariaDb server = EmbeddedMariaDb.startOnce(Path.of("target/it-db"), "cathedra_it");
        server.createDatabase("cathedra_external");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CathedraApplication.class)
                .profiles("prod")
                .properties("spring.datasource.url=" + server.jdbcUrl("cathedra_external"),
                        "spring.datasource.username=root", "spring.datasource.password=",
                        "server.port=0", "vaadin.productionMode=false",
                        "cathedra.initial-admin.username=office",
                        "cathedra.initial-admin.password=first-admin-password")
                .run()) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class)).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from department", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from student", Integer.class)).isZero();
            assertThat(jdbc.queryForList("select username, role from user_account"))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("username")).isEqualTo("office");
                        assertThat(row.get("role")).isEqualTo("ADMIN");
                    });
        }
    }
}
