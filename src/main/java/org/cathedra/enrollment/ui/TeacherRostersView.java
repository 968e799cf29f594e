package org.cathedra.enrollment.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cathedra.enrollment.EnrollmentRules;
import org.cathedra.enrollment.RosterExport;
import org.cathedra.enrollment.RosterService;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;

/** A teacher's rosters: the groups they teach, who is seated or waiting, and the applications to decide. */
@Route("rosters")
@RolesAllowed(Roles.TEACHER)
@Menu(order = 6, icon = "vaadin:users", title = "nav.myRosters")
class TeacherRostersView extends RosterBoard {

    TeacherRostersView(RosterService rosters, RosterExport export, EnrollmentRules rules, InstituteSettings settings) {
        super(rosters, export, false, rules, settings.zone());
    }
}
