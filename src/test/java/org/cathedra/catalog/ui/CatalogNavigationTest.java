package org.cathedra.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;

class CatalogNavigationTest extends UiTest {

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void the_administrator_menu_lists_the_catalog_in_order() {
        signIn("admin");
        UI.getCurrent().navigate("");
        assertThat(menu()).containsSubsequence("Programmes", "Courses", "Terms", "Course offerings");
    }

    @Test
    void teachers_and_students_neither_see_nor_open_the_catalog_administration() {
        for (String user : new String[] {"teacher", "student"}) {
            signIn(user);
            UI.getCurrent().navigate("");
            assertThat(menu()).doesNotContain("Programmes", "Courses", "Terms", "Course offerings");
            for (String route : new String[] {"admin/programmes", "admin/courses", "admin/terms", "admin/offerings"}) {
                UI.getCurrent().navigate(route);
                assertThat(_get(H1.class).getText()).as(user + " on " + route).isEqualTo("Page not found");
            }
            assertThat(_find(ProgrammesView.class)).isEmpty();
            assertThat(_find(OfferingsView.class)).isEmpty();
        }
    }
}
