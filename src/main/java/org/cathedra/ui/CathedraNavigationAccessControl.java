package org.cathedra.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Vaadin's Spring navigation access control, with the role prefix holder given once instead of looked up at every
 * check. Vaadin's own looks the holder up through its service lookup on each call, which does not cache it and
 * scans the class path for service providers each time; the side navigation asks once per menu route on every
 * navigation, so under load that scan (and the lock on the jar cache it takes) became most of a navigation's cost.
 * The decision is the same: the servlet request's own role check, with the role prefix of Spring Security.
 */
class CathedraNavigationAccessControl extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder rolePrefix;

    CathedraNavigationAccessControl(Collection<NavigationAccessChecker> checkers,
            AccessCheckDecisionResolver decisionResolver, VaadinRolePrefixHolder rolePrefix) {
        super(checkers, decisionResolver);
        this.rolePrefix = rolePrefix;
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        if (request == null) {
            // a background thread: Vaadin's answer from the security context (rare)
            return super.getRolesChecker(null);
        }
        if (!rolePrefix.isSet()) {
            rolePrefix.resetRolePrefix(request);
        }
        return request::isUserInRole;
    }
}
