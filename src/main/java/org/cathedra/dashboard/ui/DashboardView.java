package org.cathedra.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cathedra.dashboard.DashboardService;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.shared.ui.ViewHeader;

/** The landing page after sign-in: a different overview for a student, a teacher and an administrator. */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.dashboard")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(DashboardService dashboards, CurrentUser currentUser) {
        addClassName("dashboard-view");
        CathedraUser user = currentUser.require();
        add(new ViewHeader(getTranslation("dashboard.title"),
                getTranslation("dashboard.greeting", user.displayName())));
        switch (user.role()) {
            case STUDENT -> add(new StudentDashboard(dashboards.studentHome(getLocale())));
            case TEACHER -> add(new TeacherDashboard(dashboards.teacherHome(getLocale())));
            case ADMIN -> add(new AdminDashboard(dashboards.adminHome()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
