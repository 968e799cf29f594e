package org.cathedra.shared;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Institute-wide settings. Times of day are local to the institute ({@code zone}); instants are stored in UTC.
 *
 * @param name        the institute's name shown in the shell
 * @param zone        the institute's time zone, Europe/Moscow unless configured
 * @param demoData    whether demo data may be loaded into an empty database (never in the prod profile)
 */
@ConfigurationProperties(prefix = "cathedra")
public record InstituteSettings(String name, ZoneId zone, boolean demoData) {

    public InstituteSettings {
        if (name == null || name.isBlank()) {
            name = "Cathedra";
        }
        if (zone == null) {
            zone = ZoneId.of("Europe/Moscow");
        }
    }
}
