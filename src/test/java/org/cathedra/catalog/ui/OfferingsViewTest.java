package org.cathedra.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.CourseService;
import org.cathedra.catalog.OfferingService;
import org.cathedra.catalog.StudyLoad;
import org.cathedra.catalog.TeacherChoice;
import org.cathedra.catalog.Term;
import org.cathedra.catalog.TermService;
import org.cathedra.catalog.internal.CourseOfferingRepository;
import org.cathedra.catalog.internal.TermRepository;
import org.cathedra.directory.Department;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Offerings of courses created here, in academic year 2078, which no other test uses. */
class OfferingsViewTest extends UiTest {

    @Autowired
    CourseService courseService;
    @Autowired
    TermService termService;
    @Autowired
    OfferingService offeringService;
    @Autowired
    TermRepository terms;
    @Autowired
    CourseOfferingRepository offerings;

    @BeforeEach
    void signInAsAdministrator() {
        signIn("admin");
    }

    private OfferingsView open() {
        UI.getCurrent().navigate("admin/offerings");
        return _get(OfferingsView.class);
    }

    private Term term() {
        return terms.findByAcademicYearAndPart(2078, Term.Part.AUTUMN).orElseGet(() -> termService.create(
                new TermService.Draft(2078, Term.Part.AUTUMN, LocalDate.of(2078, 9, 1), LocalDate.of(2079, 1, 31))));
    }

    private Department department(String code) {
        return courseService.departments().stream().filter(d -> d.getCode().equals(code)).findFirst().orElseThrow();
    }

    private Course course(String code) {
        return courseService.create(new CourseService.Draft(code, "Дисциплина " + code, "Course " + code,
                department("NEU").getId(), new StudyLoad(72), Course.AssessmentForm.EXAM,
                Course.Component.DISCIPLINE));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> dialogBox(String label) {
        // the filter bar has boxes with the same labels; the dialog's come last
        return _find(ComboBox.class, spec -> spec.withLabel(label)).getLast();
    }

    @Test
    void an_administrator_sees_offerings_with_their_teachers() {
        OfferingsView view = open();
        assertThat(_get(H1.class).getText()).isEqualTo("Course offerings");
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(33);
        int row = GridKt._findAll(view.grid).stream().map(o -> o.getCourse().getCode()).toList().indexOf("MG-101");
        List<String> cells = GridKt._getFormattedRow(view.grid, row);
        assertThat(cells).startsWith("MG-101", "Medical Genetics", "2026/2027, Autumn term", "A", "35");
        assertThat(cells.get(5)).contains("Соколова Ирина Андреевна");
    }

    @Test
    void filters_by_term_department_and_text_narrow_the_list() {
        OfferingsView view = open();
        Term spring = terms.findByAcademicYearAndPart(2026, Term.Part.SPRING).orElseThrow();
        _setValue(view.term, spring);
        assertThat(GridKt._findAll(view.grid)).isNotEmpty().allMatch(o -> o.getTerm().equals(spring));
        _setValue(view.department, department("MG"));
        assertThat(GridKt._findAll(view.grid)).extracting(o -> o.getCourse().getCode())
                .containsExactlyInAnyOrder("MG-102", "MG-201", "MG-301", "PHD-103");
        _setValue(view.search, "counselling");
        assertThat(GridKt._findAll(view.grid)).extracting(o -> o.getCourse().getCode()).containsExactly("MG-102");
        _setValue(view.search, "nothing like this");
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void a_form_with_errors_shows_them_on_the_fields_and_saves_nothing() {
        Course course = course("OV-BAD-1");
        open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        _setValue(dialogBox("Course"), course);
        _setValue(dialogBox("Term"), term());
        _setValue(field("Capacity"), "0");
        FormDialog dialog = _get(FormDialog.class);
        _click(dialog.saveButton());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(field("Capacity").getErrorMessage()).isEqualTo("Capacity must be between 1 and 1000.");

        _setValue(field("Capacity"), "twelve");
        _click(dialog.saveButton());
        assertThat(field("Capacity").getErrorMessage()).isEqualTo("Capacity: enter a whole number.");
        assertThat(offerings.sectionTaken(course.getId(), term().getId(), "A", null)).isFalse();
    }

    @Test
    void a_good_form_saves_and_the_new_offering_appears_with_teachers_of_the_department_first() {
        Course course = course("OV-NEW-1");
        OfferingsView view = open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        _setValue(dialogBox("Course"), course);
        _setValue(dialogBox("Term"), term());
        _setValue(field("Section"), "N1");
        _setValue(field("Capacity"), "12");
        MultiSelectComboBox<TeacherChoice> teachers = _get(MultiSelectComboBox.class,
                spec -> spec.withLabel("Teachers"));
        List<TeacherChoice> offered = offeringService.teacherChoices(department("NEU").getId(), null,
                PageRequest.of(0, 10));
        assertThat(offered.getFirst().departmentCode()).isEqualTo("NEU");
        _setValue(teachers, Set.of(offered.get(0), offered.get(1)));
        _click(_get(FormDialog.class).saveButton());

        assertThat(_find(FormDialog.class)).isEmpty();
        _setValue(view.search, "OV-NEW-1");
        CourseOffering saved = GridKt._get(view.grid, 0);
        assertThat(saved.getSection()).isEqualTo("N1");
        assertThat(saved.getCapacity()).isEqualTo(12);
        assertThat(saved.getTeachers()).extracting(t -> t.getId())
                .containsExactlyInAnyOrder(offered.get(0).id(), offered.get(1).id());
        assertThat(GridKt._getFormatted(view.grid, 0, "teachers")).contains(offered.get(0).fullName());
    }

    @Test
    void a_second_offering_of_the_same_section_is_refused_with_the_dialog_still_open() {
        Course course = course("OV-DUP-1");
        offeringService.create(new OfferingService.Draft(course.getId(), term().getId(), "A", 10, Set.of()));
        open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        _setValue(dialogBox("Course"), course);
        _setValue(dialogBox("Term"), term());
        _setValue(field("Capacity"), "20");
        FormDialog dialog = _get(FormDialog.class);
        _click(dialog.saveButton());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(field("Section").getErrorMessage()).isEqualTo("This course already has section \"A\" in this term.");
    }

    @Test
    void deactivation_asks_for_confirmation_first() {
        Course course = course("OV-OFF-1");
        offeringService.create(new OfferingService.Draft(course.getId(), term().getId(), "A", 10, Set.of()));
        OfferingsView view = open();
        _setValue(view.search, "OV-OFF-1");

        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class,
                spec -> spec.withText("Deactivate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm))
                .isEqualTo("Deactivate OV-OFF-1, section A, 2078/2079, Autumn term?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(offerings.findAll()).filteredOn(o -> o.getCourse().getId().equals(course.getId()))
                .singleElement().extracting(CourseOffering::isActive).isEqualTo(false);
        _setValue(view.showInactive, true);
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._getCellComponent(view.grid, 0, "status").getElement().getText()).isEqualTo("Inactive");
    }
}
