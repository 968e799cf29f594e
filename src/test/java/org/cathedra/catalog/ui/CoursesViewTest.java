package org.cathedra.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.CourseService;
import org.cathedra.catalog.StudyLoad;
import org.cathedra.catalog.internal.CourseRepository;
import org.cathedra.directory.Department;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CoursesViewTest extends UiTest {

    @Autowired
    CourseRepository courses;
    @Autowired
    CourseService service;

    private CoursesView open() {
        signIn("admin");
        UI.getCurrent().navigate("admin/courses");
        return _get(CoursesView.class);
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private Department department(String code) {
        return service.departments().stream().filter(d -> d.getCode().equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void fill(String code, String departmentCode) {
        _setValue(field("Code"), code);
        // the filter bar has a department box too; the dialog's comes last
        ComboBox<Department> department = _find(ComboBox.class, spec -> spec.withLabel("Department")).getLast();
        _setValue(department, department(departmentCode));
        _setValue(field("Name in Russian"), "Дисциплина " + code);
        _setValue(field("Name in English"), "Course " + code);
        _setValue(_get(Select.class, spec -> spec.withLabel("Assessment")), Course.AssessmentForm.GRADED_CREDIT);
    }

    @Test
    void an_administrator_sees_the_courses_of_every_department() {
        CoursesView view = open();
        assertThat(_get(H1.class).getText()).isEqualTo("Courses");
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(29);
        int row = GridKt._findAll(view.grid).stream().map(Course::getCode).toList().indexOf("MG-101");
        assertThat(GridKt._getFormattedRow(view.grid, row)).startsWith("MG-101", "Medical Genetics", "MG",
                "6 CU = 216 h", "Exam", "Discipline");
    }

    @Test
    void filters_by_text_department_and_assessment_narrow_the_list() {
        CoursesView view = open();
        _setValue(view.department, department("CYT"));
        assertThat(GridKt._findAll(view.grid)).isNotEmpty()
                .allMatch(c -> c.getDepartment().getCode().equals("CYT"));
        _setValue(view.assessmentForm, Course.AssessmentForm.EXAM);
        assertThat(GridKt._findAll(view.grid)).extracting(Course::getCode).containsExactly("CYT-101");
        _setValue(view.search, "microarray");
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
    }

    @Test
    void credit_units_and_hours_convert_into_each_other_while_typing() {
        open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        TextField creditUnits = field("Credit units");
        TextField hours = field("Academic hours");

        _setValue(creditUnits, "0.5");
        assertThat(hours.getValue()).isEqualTo("18");
        _setValue(creditUnits, "3");
        assertThat(hours.getValue()).isEqualTo("108");
        _setValue(hours, "72");
        assertThat(creditUnits.getValue()).isEqualTo("2");
        _setValue(hours, "100");
        assertThat(creditUnits.getValue()).isEqualTo("2.78");
        assertThat(creditUnits.isInvalid()).isFalse();

        _setValue(creditUnits, "0.3");
        assertThat(creditUnits.isInvalid()).isTrue();
        assertThat(creditUnits.getErrorMessage())
                .isEqualTo("0.3 credit units is not a whole number of academic hours (1 credit unit = 36 hours).");
    }

    @Test
    void a_russian_user_types_credit_units_with_a_comma() {
        signIn("admin", Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("admin/courses");
        _click(_get(Button.class, spec -> spec.withText("Создать")));
        _setValue(field("Зачётные единицы"), "1,5");
        assertThat(field("Академические часы").getValue()).isEqualTo("54");
        _setValue(field("Академические часы"), "9");
        assertThat(field("Зачётные единицы").getValue()).isEqualTo("0,25");
    }

    @Test
    void a_form_with_errors_shows_them_on_the_fields_and_saves_nothing() {
        open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill("CV-BAD-1", "MG");
        _setValue(field("Name in English"), "   ");
        _setValue(field("Credit units"), "0.3");
        FormDialog dialog = _get(FormDialog.class);
        _click(dialog.saveButton());

        assertThat(dialog.isOpened()).isTrue();
        assertThat(field("Name in English").getErrorMessage()).isEqualTo("Name in English is required.");
        assertThat(field("Credit units").isInvalid()).isTrue();
        assertThat(courses.existsByCode("CV-BAD-1")).isFalse();
    }

    @Test
    void a_good_form_saves_and_the_new_course_appears() {
        CoursesView view = open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill("CV-NEW-1", "ONC");
        _setValue(field("Credit units"), "1.5");
        _click(_get(FormDialog.class).saveButton());

        assertThat(_find(FormDialog.class)).isEmpty();
        assertThat(courses.findByCode("CV-NEW-1")).get().satisfies(c -> {
            assertThat(c.getLoad().academicHours()).isEqualTo(54);
            assertThat(c.getAssessmentForm()).isEqualTo(Course.AssessmentForm.GRADED_CREDIT);
        });
        _setValue(view.search, "CV-NEW-1");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).startsWith("CV-NEW-1", "Course CV-NEW-1", "ONC",
                "1.5 CU = 54 h");
    }

    @Test
    void editing_shows_the_stored_values_and_saves_the_change() {
        CoursesView view = open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill("CV-EDIT-1", "MG");
        _setValue(field("Academic hours"), "36");
        _click(_get(FormDialog.class).saveButton());
        _setValue(view.search, "CV-EDIT-1");

        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class, spec -> spec.withText("Edit")));
        assertThat(field("Code").getValue()).isEqualTo("CV-EDIT-1");
        assertThat(field("Credit units").getValue()).isEqualTo("1");
        _setValue(field("Name in English"), "Course renamed");
        _click(_get(FormDialog.class).saveButton());
        assertThat(courses.findByCode("CV-EDIT-1")).get().extracting(Course::getNameEn).isEqualTo("Course renamed");
    }

    @Test
    void a_save_over_someone_else_s_change_is_refused_with_the_dialog_still_open() {
        CoursesView view = open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill("CV-STALE-1", "MG");
        _setValue(field("Academic hours"), "36");
        _click(_get(FormDialog.class).saveButton());
        _setValue(view.search, "CV-STALE-1");
        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class, spec -> spec.withText("Edit")));

        Course meanwhile = courses.findByCode("CV-STALE-1").orElseThrow();
        service.update(meanwhile.getId(), meanwhile.getVersion(), new CourseService.Draft("CV-STALE-1",
                "Дисциплина", "Changed by someone else", department("MG").getId(), meanwhile.getLoad(),
                Course.AssessmentForm.EXAM, Course.Component.DISCIPLINE));
        NotificationsKt.clearNotifications();
        _setValue(field("Name in English"), "My change");
        FormDialog dialog = _get(FormDialog.class);
        _click(dialog.saveButton());

        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNotifications(
                "Someone else has changed this record meanwhile. Reload it and make your change again.");
        assertThat(courses.findByCode("CV-STALE-1")).get().extracting(Course::getNameEn)
                .isEqualTo("Changed by someone else");
    }

    @Test
    void deactivation_asks_for_confirmation_first() {
        CoursesView view = open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill("CV-OFF-1", "MG");
        _setValue(field("Academic hours"), "36");
        _click(_get(FormDialog.class).saveButton());
        _setValue(view.search, "CV-OFF-1");

        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class,
                spec -> spec.withText("Deactivate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Deactivate course CV-OFF-1?");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(courses.findByCode("CV-OFF-1")).get().extracting(Course::isActive).isEqualTo(true);

        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class,
                spec -> spec.withText("Deactivate")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(courses.findByCode("CV-OFF-1")).get().extracting(Course::isActive).isEqualTo(false);

        _setValue(view.showInactive, true);
        MockVaadin.clientRoundtrip(false);
        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class,
                spec -> spec.withText("Activate")));
        assertThat(courses.findByCode("CV-OFF-1")).get().extracting(Course::isActive).isEqualTo(true);
    }

    @Test
    void a_student_does_not_get_the_course_administration() {
        signIn("student");
        UI.getCurrent().navigate("admin/courses");
        assertThat(_find(CoursesView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }
    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Course> prerequisites(String label) {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel(label));
    }

    private Course stored(String code) {
        return courses.findByCode(code).orElseThrow();
    }

    private void editRow(CoursesView view, String code) {
        _setValue(view.search, code);
        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class, spec -> spec.withText("Edit")));
    }

    @Test
    void an_administrator_picks_a_courses_prerequisites_sees_them_listed_and_cannot_close_a_cycle() {
        signIn("admin");
        Course basics = service.create(new CourseService.Draft("CV-PRQ-B", "Основы", "Basics",
                department("MG").getId(), new StudyLoad(36), Course.AssessmentForm.EXAM, Course.Component.DISCIPLINE));
        Course advanced = service.create(new CourseService.Draft("CV-PRQ-A", "Продвинутый", "Advanced",
                department("MG").getId(), new StudyLoad(36), Course.AssessmentForm.EXAM, Course.Component.DISCIPLINE));
        CoursesView view = open();

        editRow(view, "CV-PRQ-A");
        MultiSelectComboBox<Course> field = prerequisites("Prerequisites");
        assertThat(field.getValue()).isEmpty();
        assertThat(field.getListDataView().getItems()).extracting(Course::getCode)
                .contains("CV-PRQ-B", "MG-101").doesNotContain("CV-PRQ-A");
        _setValue(field, Set.of(stored("CV-PRQ-B")));
        _click(_get(FormDialog.class).saveButton());

        assertThat(_find(FormDialog.class)).isEmpty();
        assertThat(service.prerequisites(advanced.getId())).extracting(Course::getCode).containsExactly("CV-PRQ-B");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("CV-PRQ-B");

        // the basics cannot in turn require the advanced course
        editRow(view, "CV-PRQ-B");
        _setValue(prerequisites("Prerequisites"), Set.of(stored("CV-PRQ-A")));
        FormDialog dialog = _get(FormDialog.class);
        _click(dialog.saveButton());

        assertThat(dialog.isOpened()).isTrue();
        assertThat(prerequisites("Prerequisites").isInvalid()).isTrue();
        assertThat(prerequisites("Prerequisites").getErrorMessage()).isEqualTo("CV-PRQ-A cannot be a prerequisite"
                + " of CV-PRQ-B: CV-PRQ-A already requires CV-PRQ-B (CV-PRQ-A → CV-PRQ-B), so nobody could ever"
                + " enroll in either.");
        assertThat(service.prerequisites(basics.getId())).isEmpty();
    }

    @Test
    void the_prerequisites_field_speaks_russian() {
        signIn("admin", Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("admin/courses");
        _click(_get(Button.class, spec -> spec.withText("Создать")));
        assertThat(prerequisites("Пререквизиты").getHelperText()).startsWith("Дисциплины, которые слушатель");
    }
}
