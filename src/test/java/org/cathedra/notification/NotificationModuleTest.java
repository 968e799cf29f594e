package org.cathedra.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.cathedra.CathedraApplication;
import org.cathedra.notification.ui.NotificationBell;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class NotificationModuleTest {

    private final ApplicationModule module = ApplicationModules.of(CathedraApplication.class)
            .getModuleByName("notification").orElseThrow();

    @Test
    void the_shell_may_use_the_bell_and_the_service_but_no_internals() {
        assertThat(module.getNamedInterfaces().getByName("bell")).hasValueSatisfying(bell ->
                assertThat(bell.contains(NotificationBell.class)).isTrue());
        assertThat(module.getNamedInterfaces().getUnnamedInterface().contains(NotificationService.class)).isTrue();
        assertThat(module.getNamedInterfaces().stream().anyMatch(api -> api.contains(
                org.cathedra.notification.internal.NotificationRepository.class))).isFalse();
    }
}
