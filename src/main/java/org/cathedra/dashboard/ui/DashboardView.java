package org.cathedra.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cathedra.shared.ui.ViewHeader;

/** The landing page after sign-in. */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView() {
        add(new ViewHeader(getTranslation("dashboard.title")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
