package org.cathedra.enrollment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.enrollment.EnrollmentRules;
import org.cathedra.enrollment.EnrollmentService;
import org.cathedra.enrollment.RosterService;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The demo teacher decides an application to a group they teach; they cannot add or withdraw people. */
class TeacherRostersViewTest extends UiTest {

    @Autowired
    EnrollmentFixture fixture;
    @Autowired
    EnrollmentRules rules;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    RosterService rosters;

    @Test
    void a_teacher_approves_an_application_to_their_group() {
        var setup = fixture.offeringOpenNow(2);
        SignIn.as(accounts, "admin");
        rules.admitByApplication(setup.offeringId(), true);
        List<Long> people = fixture.students(setup.programmeId(), null, 1);
        EnrollmentFixture.signInAsStudent(people.get(0));
        enrollments.enroll(setup.offeringId());
        signIn("teacher");
        UI.getCurrent().navigate("rosters");
        TeacherRostersView view = _get(TeacherRostersView.class);
        CourseOffering mine = rosters.myOfferings(PageRequest.of(0, 500)).stream()
                .filter(o -> o.getId() == setup.offeringId()).findFirst().orElseThrow();
        view.offering.setValue(mine);

        assertThat(view.addStudent.isVisible()).isFalse();
        assertThat(view.enrollCohort.isVisible()).isFalse();
        assertThat(GridKt._size(view.applications)).isEqualTo(1);
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.applications, 0, "actions");
        assertThat(actions.getComponentCount()).isEqualTo(2);
        _click((Button) actions.getComponentAt(0));
        _get(TextArea.class).setValue("Has the laboratory prerequisites");
        _click(_get(FormDialog.class).saveButton());

        assertThat(GridKt._size(view.applications)).isZero();
        assertThat(GridKt._size(view.seated)).isEqualTo(1);
        assertThat(((HorizontalLayout) GridKt._getCellComponent(view.seated, 0, "actions")).getComponentCount())
                .isZero();
    }
}
