package org.cathedra.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.internal.UserAccountRepository;
import org.cathedra.testing.TestPeople;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutTest extends UiTest {

    @Autowired
    UserAccountRepository repository;
    @Autowired
    TestPeople people;

    private List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void a_student_is_offered_only_what_a_student_may_open() {
        signIn("student");
        UI.getCurrent().navigate("");
        assertThat(navigation()).containsExactly("Dashboard", "My timetable", "Enrollment", "My grades",
                "Record book", "Placement choices", "Logbook", "Notifications");
    }

    @Test
    void an_administrator_is_offered_the_registers() {
        signIn("admin");
        UI.getCurrent().navigate("");
        assertThat(navigation()).contains("Dashboard", "Departments", "Teachers", "Students", "Programmes",
                "Courses", "Terms", "Grade scales", "Internship sites", "Internship set-up");
    }

    @Test
    void the_dark_theme_is_switched_on_and_remembered_for_the_user() {
        String user = people.studentWithoutProgramme();
        signIn(user);
        UI.getCurrent().navigate("");
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "Dark theme");
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        assertThat(repository.findByUsername(user).orElseThrow().isDarkTheme()).isTrue();
    }

    @Test
    void the_language_chosen_in_the_menu_is_remembered_for_the_user() {
        String user = people.studentWithoutProgramme();
        signIn(user, Locale.ENGLISH);
        UI.getCurrent().navigate("");
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "Русский");
        assertThat(UI.getCurrent().getSession().getLocale().getLanguage()).isEqualTo("ru");
        assertThat(repository.findByUsername(user).orElseThrow().getLocale().getLanguage()).isEqualTo("ru");
    }
}
