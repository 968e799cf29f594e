package org.cathedra.directory;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.cathedra.directory.internal.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

class InitialAdministratorTest {

    @Test
    void a_second_node_losing_the_race_for_the_first_administrator_starts_normally() {
        var accounts = mock(UserAccountRepository.class);
        when(accounts.count()).thenReturn(0L);
        when(accounts.saveAndFlush(any())).thenThrow(new DataIntegrityViolationException("Duplicate entry 'office'"));
        var environment = new MockEnvironment().withProperty("cathedra.initial-admin.username", "office")
                .withProperty("cathedra.initial-admin.password", "a-long-enough-secret-2026");

        var initial = new InitialAdministrator(accounts, NoOpPasswordEncoder.getInstance(), environment);

        assertThatCode(initial::createIfNoAccountExists).doesNotThrowAnyException();
        verify(accounts).saveAndFlush(any());
    }
}
