package org.cathedra.enrollment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import org.cathedra.catalog.Term;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.enrollment.EnrollmentRules;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A student of a programme made here enrolls, sees the seats drop, and withdraws. */
class EnrollmentViewTest extends UiTest {

    @Autowired
    EnrollmentFixture fixture;
    @Autowired
    EnrollmentRules rules;

    private EnrollmentView open() {
        UI.getCurrent().navigate("enrollment");
        return _get(EnrollmentView.class);
    }

    private static String row(com.vaadin.flow.component.grid.Grid<?> grid, int index) {
        return String.join(" | ", GridKt._getFormattedRow(grid, index));
    }

    @Test
    void a_student_enrolls_in_an_open_offering_and_withdraws_with_a_reason() {
        var setup = fixture.offeringOpenNow(3);
        signIn(fixture.studentWithLogin(setup.programmeId(), "Веткина"));
        EnrollmentView view = open();
        assertThat(GridKt._size(view.offerings)).isEqualTo(1);
        assertThat(row(view.offerings, 0)).contains("3 of 3 left").contains("Open until");
        assertThat(GridKt._size(view.mine)).isZero();

        _click((Button) GridKt._getCellComponent(view.offerings, 0, "actions"));

        assertThat(view.offerings.isVisible()).isFalse();
        assertThat(view.noOfferings.isVisible()).isTrue();
        assertThat(GridKt._size(view.mine)).isEqualTo(1);
        assertThat(row(view.mine, 0)).contains("Enrolled");
        assertThat(fixture.seats(setup.offeringId()).taken()).isEqualTo(1);

        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.mine, 0, "actions");
        _click((Button) actions.getComponentAt(0));
        _get(TextArea.class).setValue("Moved to the laboratory track");
        _click(_get(FormDialog.class).saveButton());

        assertThat(row(view.mine, 0)).contains("Withdrawn");
        assertThat(GridKt._size(view.offerings)).isEqualTo(1);
        assertThat(row(view.offerings, 0)).contains("3 of 3 left");
    }

    @Test
    void an_offering_whose_window_has_not_opened_says_when_it_opens_and_cannot_be_enrolled() {
        Instant now = Instant.now();
        var setup = fixture.offering(3, Term.Part.AUTUMN, now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(20)),
                now.plus(Duration.ofDays(20)), null);
        signIn(fixture.studentWithLogin(setup.programmeId(), "Ранняя"));
        EnrollmentView view = open();

        assertThat(row(view.offerings, 0)).contains("Opens on");
        assertThat(((Button) GridKt._getCellComponent(view.offerings, 0, "actions")).isEnabled()).isFalse();
    }

    @Test
    void the_view_speaks_russian_to_a_russian_reader() {
        var setup = fixture.offeringOpenNow(2);
        signIn(fixture.studentWithLogin(setup.programmeId(), "Русская"), java.util.Locale.forLanguageTag("ru"));
        EnrollmentView view = open();

        assertThat(row(view.offerings, 0)).contains("свободно 2 из 2");
        assertThat(((Button) GridKt._getCellComponent(view.offerings, 0, "actions")).getText())
                .isEqualTo("Записаться");
    }
    @Test
    void an_offering_whose_prerequisite_is_missing_says_which_course_comes_first_and_cannot_be_enrolled() {
        var basics = fixture.offeringOpenNow(3);
        Instant now = Instant.now();
        var advanced = fixture.offering(3, Term.Part.SPRING, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(5)), basics.programmeId());
        signIn("admin");
        rules.requirePrerequisite(advanced.courseId(), basics.courseId());
        signIn(fixture.studentWithLogin(basics.programmeId(), "Торопливая"));
        EnrollmentView view = open();

        int row = GridKt._findAll(view.offerings).stream().map(o -> o.offeringId()).toList()
                .indexOf(advanced.offeringId());
        String basicsCode = GridKt._findAll(view.offerings).stream()
                .filter(o -> o.offeringId() == basics.offeringId()).findFirst().orElseThrow().courseCode();
        assertThat(row(view.offerings, row)).contains("Open until")
                .contains("take " + basicsCode + " in an earlier term first");
        assertThat(((Button) GridKt._getCellComponent(view.offerings, row, "actions")).isEnabled()).isFalse();
        int other = 1 - row;
        assertThat(row(view.offerings, other)).doesNotContain("earlier term");
        assertThat(((Button) GridKt._getCellComponent(view.offerings, other, "actions")).isEnabled()).isTrue();
    }
}
