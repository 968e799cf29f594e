package org.cathedra.enrollment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.enrollment.EnrollmentRules;
import org.cathedra.enrollment.RosterExport;
import org.cathedra.enrollment.RosterService;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The office picks an offering made here, adds people, withdraws one, enrolls a cohort and exports the list. */
class RostersViewTest extends UiTest {

    @Autowired
    EnrollmentFixture fixture;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterExport export;
    @Autowired
    EnrollmentRules rules;

    private RostersView openOn(EnrollmentFixture.Setup setup) {
        UI.getCurrent().navigate("admin/rosters");
        RostersView view = _get(RostersView.class);
        assertThat(view.roster.isVisible()).isFalse();
        view.offering.setValue(rosters.offerings(null, PageRequest.of(0, 1000)).stream()
                .filter(o -> o.getId() == setup.offeringId()).findFirst().orElseThrow());
        assertThat(view.roster.isVisible()).isTrue();
        return view;
    }

    private void add(RostersView view, String lastName, boolean override, String reason) {
        _click(view.addStudent);
        AddStudentDialog dialog = _get(AddStudentDialog.class);
        dialog.student.setValue(rosters.students(lastName, PageRequest.of(0, 5)).get(0));
        dialog.override.setValue(override);
        dialog.reason.setValue(reason);
        _click(dialog.saveButton());
    }

    @Test
    void the_office_adds_students_withdraws_one_and_the_first_waiting_is_offered_the_seat() {
        var setup = fixture.offeringOpenNow(1);
        List<Long> ids = fixture.students(setup.programmeId(), null, 0);
        assertThat(ids).isEmpty();
        String first = "Первая" + setup.offeringId();
        String second = "Вторая" + setup.offeringId();
        String third = "Третья" + setup.offeringId();
        fixture.studentWithLogin(setup.programmeId(), first);
        fixture.studentWithLogin(setup.programmeId(), second);
        fixture.studentWithLogin(setup.programmeId(), third);
        signIn("admin");
        RostersView view = openOn(setup);

        add(view, first, false, "");
        add(view, second, false, "");
        assertThat(GridKt._size(view.seated)).isEqualTo(1);
        assertThat(GridKt._size(view.waitlist)).isEqualTo(1);
        assertThat(view.seats.getText()).contains("Seats taken: 1 of 1");

        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.seated, 0, "actions");
        _click((Button) actions.getComponentAt(0));
        _get(TextArea.class).setValue("Left the residency");
        _click(_get(FormDialog.class).saveButton());

        assertThat(GridKt._size(view.waitlist)).isZero();
        assertThat(String.join(" ", GridKt._getFormattedRow(view.seated, 0))).contains(second)
                .contains("Seat offered");

        add(view, third, true, "Needed for the clinical rotation");
        assertThat(GridKt._size(view.seated)).isEqualTo(2);
        assertThat(view.seats.getText()).contains("Seats taken: 2 of 1");
        assertThat(String.join(" ", GridKt._getFormattedRow(view.seated, 0))
                + String.join(" ", GridKt._getFormattedRow(view.seated, 1))).contains("over capacity");

        String csv = new String(export.csv(setup.offeringId(), Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNo.,Student,Cohort,E-mail,Status,Since,Reason\r\n").contains(second)
                .contains(third).doesNotContain(first);
    }

    @Test
    void a_cohort_is_enrolled_from_the_view_and_the_roster_exports_to_excel() throws Exception {
        var setup = fixture.offeringOpenNow(2);
        String cohort = "VIEW-" + setup.offeringId();
        fixture.students(setup.programmeId(), cohort, 3);
        signIn("admin");
        RostersView view = openOn(setup);

        _click(view.enrollCohort);
        CohortDialog dialog = _get(CohortDialog.class);
        dialog.cohort.setValue(cohort);
        _click(dialog.saveButton());

        assertThat(GridKt._size(view.seated)).isEqualTo(2);
        assertThat(GridKt._size(view.waitlist)).isEqualTo(1);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                export.xlsx(setup.offeringId(), Locale.ENGLISH)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Student");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("1");
        }
    }

    @Test
    void the_office_sets_an_offerings_own_window_and_admission_by_application() {
        var setup = fixture.offeringOpenNow(2);
        signIn("admin");
        RostersView view = openOn(setup);

        _click(view.rulesButton);
        RulesDialog dialog = _get(RulesDialog.class);
        assertThat(dialog.opens.getValue()).isNotNull();
        LocalDateTime opens = LocalDateTime.of(2086, 8, 20, 10, 0);
        dialog.opens.setValue(opens);
        dialog.closes.setValue(opens.plusDays(10));
        dialog.withdrawUntil.setValue(opens.plusDays(20));
        dialog.byApplication.setValue(true);
        _click(dialog.saveButton());

        assertThat(rules.windowOf(setup.offeringId()).orElseThrow().getOpensAt())
                .isEqualTo(opens.atZone(ZoneId.of("Europe/Moscow")).toInstant());
        assertThat(rosters.seats(setup.offeringId()).byApplication()).isTrue();

        _click(view.rulesButton);
        RulesDialog again = _get(RulesDialog.class);
        assertThat(again.opens.getValue()).isEqualTo(opens);
        again.opens.setValue(opens.minusDays(30));
        _click(again.saveButton());
        assertThat(rules.windowOf(setup.offeringId()).orElseThrow().getOpensAt())
                .isEqualTo(opens.minusDays(30).atZone(ZoneId.of("Europe/Moscow")).toInstant());
    }
}
