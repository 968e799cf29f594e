package org.cathedra.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.cathedra.dashboard.DashboardViews.AdminHome;
import org.cathedra.directory.Student;

/** The academic office's overview: live counts and shortcuts to the registers. */
class AdminDashboard extends Composite<Div> {

    AdminDashboard(AdminHome home) {
        Locale locale = getLocale();
        Div root = getContent();
        root.addClassName("dashboard-body");
        long students = home.students().values().stream().mapToLong(Long::longValue).sum();
        Div people = new Div(
                Cards.stat(Cards.number(students, locale), getTranslation("dashboard.admin.students"),
                        "stat-students"),
                Cards.stat(Cards.number(home.students().get(Student.LearnerKind.RESIDENT), locale),
                        getTranslation("dashboard.admin.residents"), "stat-residents"),
                Cards.stat(Cards.number(home.students().get(Student.LearnerKind.PHD), locale),
                        getTranslation("dashboard.admin.phd"), "stat-phd"),
                Cards.stat(Cards.number(home.students().get(Student.LearnerKind.CPD), locale),
                        getTranslation("dashboard.admin.cpd"), "stat-cpd"),
                Cards.stat(Cards.number(home.teachers(), locale), getTranslation("dashboard.admin.teachers"),
                        "stat-teachers"),
                Cards.stat(Cards.number(home.departments(), locale), getTranslation("dashboard.admin.departments"),
                        "stat-departments"));
        people.addClassName("stat-cards");
        Div teaching = new Div(
                Cards.stat(Cards.number(home.programmes(), locale), getTranslation("dashboard.admin.programmes"),
                        "stat-programmes"),
                Cards.stat(Cards.number(home.courses(), locale), getTranslation("dashboard.admin.courses"),
                        "stat-courses"),
                Cards.stat(Cards.number(home.offeringsThisYear(), locale),
                        getTranslation("dashboard.admin.offerings", home.academicYear() + "/"
                                + (home.academicYear() + 1)), "stat-offerings"),
                Cards.stat(Cards.number(home.lockedAccounts(), locale), getTranslation("dashboard.admin.locked"),
                        "stat-locked"));
        teaching.addClassName("stat-cards");
        Div shortcuts = new Div();
        shortcuts.addClassName("shortcuts");
        for (String route : new String[] {"departments", "teachers", "students", "programmes", "courses", "terms",
                "offerings", "accounts"}) {
            Anchor link = new Anchor("admin/" + route, getTranslation("dashboard.admin.go." + route));
            link.addClassName("shortcut");
            shortcuts.add(link);
        }
        root.add(Cards.section(getTranslation("dashboard.admin.people"), people),
                Cards.section(getTranslation("dashboard.admin.teaching"), teaching),
                Cards.section(getTranslation("dashboard.admin.shortcuts"), shortcuts));
    }
}
