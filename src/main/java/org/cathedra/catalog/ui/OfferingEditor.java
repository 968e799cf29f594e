package org.cathedra.catalog.ui;

import static org.cathedra.catalog.ui.FormFields.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.CourseService;
import org.cathedra.catalog.OfferingService;
import org.cathedra.catalog.TeacherChoice;
import org.cathedra.catalog.Term;
import org.cathedra.catalog.TermService;
import org.cathedra.shared.ui.FormDialog;
import org.jspecify.annotations.Nullable;

/**
 * The dialog that creates or edits an offering: which course, in which term, which section, for how many, and who
 * teaches it (teachers of the course's department are offered first).
 */
final class OfferingEditor {

    final FormDialog dialog;
    final ComboBox<Course> course = new ComboBox<>(t("offering.course"));
    final ComboBox<Term> term = new ComboBox<>(t("offering.term"));
    final TextField section = FormFields.text("offering.section", CourseOffering.SECTION_MAX);
    final TextField capacity = FormFields.number("offering.capacity");
    final MultiSelectComboBox<TeacherChoice> teachers = new MultiSelectComboBox<>(t("offering.teachers"));
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    private final Consumer<OfferingService.Draft> save;

    OfferingEditor(@Nullable CourseOffering offering, CourseService courses, TermService terms,
            OfferingService offerings, Locale locale, Consumer<OfferingService.Draft> save) {
        this.save = save;
        dialog = new FormDialog(t(offering == null ? "offerings.new" : "offerings.edit"), this::save);
        course.setItems(query -> courses.list(CourseService.Filter.activeMatching(query.getFilter().orElse(null)),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        course.setItemLabelGenerator(c -> c.getCode() + " — " + c.name(locale));
        term.setItems(query -> terms.list(null, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        term.setItemLabelGenerator(OfferingsView::termLabel);
        section.setHelperText(t("offerings.section.help", CourseOffering.DEFAULT_SECTION));
        capacity.setHelperText(t("offerings.capacity.help", CourseOffering.MAX_CAPACITY));
        teachers.setItems(query -> offerings.teacherChoices(departmentOfCourse(), query.getFilter().orElse(null),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        teachers.setItemLabelGenerator(TeacherChoice::label);
        teachers.setHelperText(t("offerings.teachers.help"));
        course.addValueChangeListener(e -> teachers.getDataProvider().refreshAll());

        binder.forField(course).asRequired(t("error.required", "offering.course"))
                .bind(f -> f.course, (f, v) -> f.course = v);
        binder.forField(term).asRequired(t("error.required", "offering.term")).bind(f -> f.term, (f, v) -> f.term = v);
        FormFields.optionalText(binder, section, "offering.section", CourseOffering.SECTION_MAX, f -> f.section,
                (f, v) -> f.section = v);
        FormFields.wholeNumber(binder, capacity, "offering.capacity", 1, CourseOffering.MAX_CAPACITY,
                f -> f.capacity, (f, v) -> f.capacity = v);
        binder.forField(teachers).bind(f -> f.teachers, (f, v) -> f.teachers = v);

        if (offering != null) {
            form.course = offering.getCourse();
            form.term = offering.getTerm();
            form.section = offering.getSection();
            form.capacity = offering.getCapacity();
            form.teachers = offering.getTeachers().stream().map(TeacherChoice::of)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
        binder.readBean(form);
        dialog.addFields(course, term, section, capacity, teachers).wide(course).wide(teachers);
    }

    void open() {
        dialog.open();
        course.focus();
    }

    private @Nullable Long departmentOfCourse() {
        Course chosen = course.getValue();
        return chosen == null ? null : chosen.getDepartment().getId();
    }

    private boolean save() {
        if (!binder.writeBeanIfValid(form)) {
            return false;
        }
        var draft = new OfferingService.Draft(form.course == null ? null : form.course.getId(),
                form.term == null ? null : form.term.getId(), form.section,
                form.capacity == null ? 0 : form.capacity,
                form.teachers.stream().map(TeacherChoice::id).collect(Collectors.toSet()));
        Map<String, HasValidation> fields = Map.of("offering.course", course, "error.offering.inactiveCourse",
                course, "offering.term", term, "offering.section", section, "error.offering.duplicate", section,
                "offering.capacity", capacity, "error.offering.inactiveTeacher", teachers);
        return Refusals.attempt(() -> save.accept(draft), fields);
    }

    /** What the form edits. */
    private static final class Form {
        @Nullable Course course;
        @Nullable Term term;
        String section = CourseOffering.DEFAULT_SECTION;
        @Nullable Integer capacity;
        Set<TeacherChoice> teachers = new LinkedHashSet<>();
    }
}
