package org.cathedra.enrollment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.enrollment.RosterService;
import org.cathedra.enrollment.RosterService.StudentChoice;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;
import org.springframework.data.domain.PageRequest;

/** Adds one student to an offering: to a free seat or the waitlist, or over capacity with a reason. */
class AddStudentDialog extends FormDialog {

    final ComboBox<StudentChoice> student = new ComboBox<>();
    final Checkbox override = new Checkbox();
    final TextArea reason = new TextArea();

    AddStudentDialog(RosterService rosters, long offeringId, Runnable afterwards) {
        super("", () -> false);
        setHeaderTitle(getTranslation("rosters.addStudent"));
        student.setLabel(getTranslation("rosters.column.student"));
        student.setItemLabelGenerator(s -> s.name() + (s.cohort() == null ? "" : " · " + s.cohort()));
        student.setItems(query -> rosters.students(query.getFilter().orElse(null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        student.setRequiredIndicatorVisible(true);
        override.setLabel(getTranslation("rosters.overCapacity"));
        reason.setLabel(getTranslation("enrollment.reason"));
        reason.setMaxLength(Enrollment.REASON_MAX);
        reason.setEnabled(false);
        override.addValueChangeListener(e -> reason.setEnabled(e.getValue()));
        saveButton().addClickListener(e -> {
            if (student.getValue() == null) {
                student.setErrorMessage(getTranslation("error.required", getTranslation("rosters.column.student")));
                student.setInvalid(true);
                return;
            }
            try {
                Enrollment added = rosters.enroll(offeringId, student.getValue().id(), override.getValue(),
                        reason.getValue());
                Notifications.success(getTranslation("rosters.added",
                        getTranslation("enrollment.status." + added.getStatus().name())));
                afterwards.run();
                close();
            } catch (RuntimeException refusal) {
                Notifications.error(refusal);
            }
        });
        addFields(student, override, reason).wide(student).wide(reason);
    }
}
