package org.cathedra.demo;

import java.util.Arrays;
import org.cathedra.shared.InstituteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On start: writes demo data into an empty database (never in the prod profile or when data exists), then prints
 * the address and, in demo mode, the demo sign-ins.
 */
@Component
class DemoStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoDataLoader loader;
    private final InstituteSettings settings;
    private final Environment environment;

    DemoStartup(DemoDataLoader loader, InstituteSettings settings, Environment environment) {
        this.loader = loader;
        this.settings = settings;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        boolean demo = settings.demoData() && !prod;
        if (demo && loader.databaseIsEmpty()) {
            loader.load();
        }
        String port = environment.getProperty("local.server.port");
        if (port != null) {
            log.info("Cathedra is running at http://localhost:{}", port);
        }
        if (demo) {
            log.info("Demo sign-ins (password {}): admin (administrator), teacher (teacher), student (student)",
                    DemoDataLoader.PASSWORD);
        }
    }
}
