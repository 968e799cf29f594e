package org.cathedra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cathedra.testing.AppRoutes;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;

/**
 * Walks every registered route as nobody, a student, a teacher and an administrator, and checks that exactly the
 * roles of the access matrix below can open it. A new route fails this test until it is added to the matrix.
 */
class RouteAccessTest extends UiTest {

    static final String ANONYMOUS = "anonymous";
    private static final Set<String> EVERYONE_SIGNED_IN = Set.of("student", "teacher", "admin");
    private static final Set<String> ADMIN_ONLY = Set.of("admin");

    /** Route path -> the demo accounts that may open it. */
    static final Map<String, Set<String>> MATRIX = Map.ofEntries(
            Map.entry("login", Set.of(ANONYMOUS, "student", "teacher", "admin")),
            Map.entry("", EVERYONE_SIGNED_IN),
            Map.entry("profile", EVERYONE_SIGNED_IN),
            Map.entry("admin/departments", ADMIN_ONLY),
            Map.entry("admin/teachers", ADMIN_ONLY),
            Map.entry("admin/students", ADMIN_ONLY),
            Map.entry("admin/accounts", ADMIN_ONLY),
            Map.entry("admin/programmes", ADMIN_ONLY),
            Map.entry("admin/courses", ADMIN_ONLY),
            Map.entry("admin/terms", ADMIN_ONLY),
            Map.entry("admin/offerings", ADMIN_ONLY),
            Map.entry("admin/audit", ADMIN_ONLY),
            Map.entry("notifications", EVERYONE_SIGNED_IN),
            Map.entry("admin/rosters", ADMIN_ONLY),
            Map.entry("enrollment", Set.of("student")),
            Map.entry("rosters", Set.of("teacher")),
            Map.entry("internship/preferences", Set.of("student")),
            Map.entry("internship/logbook", Set.of("student")),
            Map.entry("internship/trainees", Set.of("teacher")),
            Map.entry("admin/internships", ADMIN_ONLY),
            Map.entry("admin/internship-sites", ADMIN_ONLY),
            Map.entry("gradebook", Set.of("teacher", "admin")),
            Map.entry("admin/grade-scales", ADMIN_ONLY),
            Map.entry("grades", Set.of("student")),
            Map.entry("record-book", Set.of("student")),
            Map.entry("admin/rooms", ADMIN_ONLY),
            Map.entry("admin/timetable", ADMIN_ONLY),
            Map.entry("admin/timetable/solve", ADMIN_ONLY),
            Map.entry("timetable", Set.of("student", "teacher")),
            Map.entry("unavailability", Set.of("teacher", "admin")),
            Map.entry("attendance", Set.of("teacher", "admin")),
            Map.entry("admin/internship-setup", ADMIN_ONLY));

    @Test
    void every_route_is_open_to_exactly_the_roles_of_the_matrix() {
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (Class<? extends Component> view : AppRoutes.routeClasses()) {
            routes.put(view.getAnnotation(Route.class).value(), view);
        }
        assertThat(MATRIX.keySet()).as("every registered route has an entry in the access matrix")
                .containsAll(routes.keySet());

        Map<String, Set<String>> actual = new TreeMap<>();
        for (String who : List.of(ANONYMOUS, "student", "teacher", "admin")) {
            for (var route : routes.entrySet()) {
                if (!ANONYMOUS.equals(who)) {
                    signIn(who);
                } else {
                    signOutToFreshUi();
                }
                UI.getCurrent().navigate(route.getKey());
                boolean opened = UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                        .anyMatch(c -> c.getClass() == route.getValue());
                if (opened) {
                    actual.computeIfAbsent(route.getKey(), k -> new TreeSet<>()).add(who);
                }
            }
        }
        for (String path : routes.keySet()) {
            assertThat(actual.getOrDefault(path, Set.of())).as("who may open '%s'", path)
                    .containsExactlyInAnyOrderElementsOf(MATRIX.get(path));
        }
    }

    @Test
    void the_registered_routes_are_all_reachable_through_the_router() {
        signIn("admin");
        Set<String> registered = new TreeSet<>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().forEach(r -> registered.add(r.getTemplate()));
        assertThat(registered).containsAll(AppRoutes.routeClasses().stream()
                .map(c -> c.getAnnotation(Route.class).value()).toList());
    }

    @Test
    void the_access_control_installed_is_the_one_without_the_per_check_lookup_and_sends_strangers_to_sign_in() {
        assertThat(context.getBean(NavigationAccessControl.class)).isInstanceOf(CathedraNavigationAccessControl.class);
        signOutToFreshUi();
        UI.getCurrent().navigate("grades");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anyMatch(c -> c instanceof LoginView);
    }
}
