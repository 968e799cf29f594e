package org.cathedra.enrollment.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cathedra.enrollment.EnrollmentRules;
import org.cathedra.enrollment.RosterExport;
import org.cathedra.enrollment.RosterService;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;

/** The office's rosters: every offering; add, withdraw, enroll a cohort, decide applications, export. */
@Route("admin/rosters")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 25, icon = "vaadin:users", title = "nav.rosters")
class RostersView extends RosterBoard {

    RostersView(RosterService rosters, RosterExport export, EnrollmentRules rules, InstituteSettings settings) {
        super(rosters, export, true, rules, settings.zone());
    }
}
