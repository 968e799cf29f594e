package org.cathedra.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;

/** The session check of a signed-in user's account: ended when the account may no longer be used, kept otherwise. */
class UsableAccountFilterTest {

    private final AccountService accounts = mock(AccountService.class);
    private final UsableAccountFilter filter = new UsableAccountFilter(accounts);
    private final MockHttpSession session = new MockHttpSession();
    private final MockFilterChain chain = new MockFilterChain();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private void signedIn() {
        CathedraUser user = new CathedraUser(7, "anna", "", UserAccount.Role.STUDENT, 70L, "Anna", Locale.ENGLISH,
                false, true, false);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private void request() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), chain);
    }

    @Test
    void a_session_whose_account_was_disabled_ends() throws Exception {
        signedIn();
        when(accounts.isUsable(7)).thenReturn(false);

        request();

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void a_database_that_does_not_answer_leaves_the_session_as_it_is_and_the_request_goes_on() throws Exception {
        signedIn();
        when(accounts.isUsable(7)).thenThrow(new CannotCreateTransactionException("pool timed out"));

        request();

        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
        assertThat(chain.getRequest()).isNotNull();
    }
}
