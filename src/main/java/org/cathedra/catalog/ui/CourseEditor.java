package org.cathedra.catalog.ui;

import static org.cathedra.catalog.ui.FormFields.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.CourseService;
import org.cathedra.catalog.StudyLoad;
import org.cathedra.directory.Department;
import org.cathedra.shared.ui.FormDialog;
import org.jspecify.annotations.Nullable;

/** The dialog that creates or edits a course; its load may be typed in credit units or in academic hours. */
final class CourseEditor {

    final FormDialog dialog;
    final TextField code = FormFields.text("course.code", Course.CODE_MAX);
    final TextField nameRu = FormFields.text("course.nameRu", Course.NAME_MAX);
    final TextField nameEn = FormFields.text("course.nameEn", Course.NAME_MAX);
    final ComboBox<Department> department = new ComboBox<>(t("course.department"));
    final StudyLoadInput load = new StudyLoadInput();
    final Select<Course.AssessmentForm> assessmentForm = new Select<>();
    final Select<Course.Component> component = new Select<>();
    final MultiSelectComboBox<Course> prerequisites = new MultiSelectComboBox<>(t("course.prerequisites"));
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    private final Consumer<CourseService.Draft> save;

    /**
     * {@code prerequisiteChoices} are the courses this one may require (never itself), {@code currentPrerequisites}
     * those it requires now.
     */
    CourseEditor(@Nullable Course course, List<Department> departments, List<Course> prerequisiteChoices,
            List<Course> currentPrerequisites, Locale locale, Consumer<CourseService.Draft> save) {
        this.save = save;
        dialog = new FormDialog(t(course == null ? "courses.new" : "courses.edit"), this::save);
        List<Department> choices = new ArrayList<>(departments);
        if (course != null && !choices.contains(course.getDepartment())) {
            choices.add(course.getDepartment());
        }
        department.setItems(choices);
        department.setItemLabelGenerator(d -> d.getCode() + " — " + d.name(locale));
        assessmentForm.setLabel(t("course.assessmentForm"));
        assessmentForm.setItems(Course.AssessmentForm.values());
        assessmentForm.setItemLabelGenerator(f -> t("course.assessmentForm." + f.name()));
        component.setLabel(t("course.component"));
        component.setItems(Course.Component.values());
        component.setItemLabelGenerator(c -> t("course.component." + c.name()));
        prerequisites.setItems(prerequisiteChoices);
        prerequisites.setItemLabelGenerator(c -> c.getCode() + " — " + c.name(locale));
        prerequisites.setHelperText(t("course.prerequisites.help"));
        prerequisites.setClearButtonVisible(true);

        FormFields.requiredText(binder, code, "course.code", Course.CODE_MAX, f -> f.code, (f, v) -> f.code = v);
        FormFields.requiredText(binder, nameRu, "course.nameRu", Course.NAME_MAX, f -> f.nameRu,
                (f, v) -> f.nameRu = v);
        FormFields.requiredText(binder, nameEn, "course.nameEn", Course.NAME_MAX, f -> f.nameEn,
                (f, v) -> f.nameEn = v);
        binder.forField(department).asRequired(t("error.required", "course.department"))
                .bind(f -> f.department, (f, v) -> f.department = v);
        load.bind(binder, f -> f.load, (f, v) -> f.load = v);
        binder.forField(assessmentForm).asRequired(t("error.required", "course.assessmentForm"))
                .bind(f -> f.assessmentForm, (f, v) -> f.assessmentForm = v);
        binder.forField(component).asRequired(t("error.required", "course.component"))
                .bind(f -> f.component, (f, v) -> f.component = v);
        binder.forField(prerequisites).bind(f -> f.prerequisites, (f, v) -> f.prerequisites = v);

        if (course != null) {
            form.code = course.getCode();
            form.nameRu = course.getNameRu();
            form.nameEn = course.getNameEn();
            form.department = course.getDepartment();
            form.load = course.getLoad();
            form.assessmentForm = course.getAssessmentForm();
            form.component = course.getComponent();
            form.prerequisites = new LinkedHashSet<>(currentPrerequisites);
        }
        binder.readBean(form);
        dialog.addFields(code, department, nameRu, nameEn, load.creditUnits, load.hours, assessmentForm, component,
                prerequisites).wide(nameRu).wide(nameEn).wide(prerequisites);
    }

    void open() {
        dialog.open();
        code.focus();
    }

    private boolean save() {
        if (!binder.writeBeanIfValid(form)) {
            return false;
        }
        var draft = new CourseService.Draft(form.code, form.nameRu, form.nameEn,
                form.department == null ? null : form.department.getId(), form.load, form.assessmentForm,
                form.component, form.prerequisites.stream().map(Course::getId).collect(Collectors.toSet()));
        Map<String, HasValidation> fields = Map.of("course.code", code, "error.duplicateCode", code,
                "course.nameRu", nameRu, "course.nameEn", nameEn, "course.department", department,
                "error.course.inactiveDepartment", department, "error.hours", load.hours,
                "error.creditUnitsFraction", load.creditUnits, "error.prerequisite.self", prerequisites,
                "error.prerequisite.cycle", prerequisites);
        return Refusals.attempt(() -> save.accept(draft), fields);
    }

    /** What the form edits. */
    private static final class Form {
        String code = "";
        String nameRu = "";
        String nameEn = "";
        @Nullable Department department;
        @Nullable StudyLoad load;
        Course.@Nullable AssessmentForm assessmentForm = Course.AssessmentForm.EXAM;
        Course.@Nullable Component component = Course.Component.DISCIPLINE;
        Set<Course> prerequisites = new LinkedHashSet<>();
    }
}
