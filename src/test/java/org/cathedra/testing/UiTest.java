package org.cathedra.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import java.util.Locale;
import org.cathedra.directory.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base of browserless UI tests (Karibu-Testing): a mocked Vaadin environment on the real Spring context and the
 * embedded MariaDB, with Spring Security's signed-in user carried over to Vaadin's route access checks.
 */
@CathedraTest
public abstract class UiTest {

    private static final Routes ROUTES = AppRoutes.routes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected AccountService accounts;

    @BeforeEach
    void setUpVaadin() {
        SignIn.out();
        startUi();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    /** Signs in a stored account and starts a fresh UI as that user, in the given language. */
    protected void signIn(String username, Locale locale) {
        MockVaadin.tearDown();
        // the language is the user's stored preference, applied when their UI starts
        SignIn.as(accounts, username);
        accounts.changeOwnLanguage(locale);
        SignIn.as(accounts, username);
        startUi();
    }

    /** Drops any signed-in user and starts a fresh anonymous UI. */
    protected void signOutToFreshUi() {
        MockVaadin.tearDown();
        SignIn.out();
        startUi();
    }

    /** Signs in a stored account in English. */
    protected void signIn(String username) {
        signIn(username, Locale.ENGLISH);
    }

    private void startUi() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        MockVaadin.setMockRequestFactory(session -> {
            if (auth != null) {
                // where the login filter would have put it: Vaadin reads the security context from the session
                SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
                securityContext.setAuthentication(auth);
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        securityContext);
            }
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> auth != null && auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        MockSpringServlet servlet = new MockSpringServlet(ROUTES, context, UI::new) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                VaadinServletService service = super.createServletService(configuration);
                // before the first navigation, so that views open inside the application shell
                AppRoutes.registerLayouts(service.getContext());
                return service;
            }
        };
        MockVaadin.setup(UI::new, servlet);
    }
}
