package org.cathedra.internship.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.cathedra.internship.EntryForm;
import org.cathedra.internship.LogbookEntry;
import org.cathedra.internship.LogbookService.EntryRow;
import org.cathedra.internship.NameWarning;
import org.cathedra.internship.RequirementService.CaseTypeRow;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The trainee's form for a logbook entry. A reflection that looks like a name asks for confirmation before it is
 * stored; any other refusal keeps the dialog open with what was typed.
 */
final class EntryDialog {

    /** Stores the form; {@code nameConfirmed} after the trainee confirmed the name warning. */
    interface Save {
        void save(EntryForm form, boolean nameConfirmed);
    }

    final FormDialog dialog;
    final DatePicker date;
    final BigDecimalField hours;
    final Select<CaseTypeRow> caseType = new Select<>();
    final RadioButtonGroup<LogbookEntry.Participation> participation = new RadioButtonGroup<>();
    final TextField patientCode;
    final TextArea reflection;

    EntryDialog(@Nullable EntryRow entry, List<CaseTypeRow> types, LocalDate min, LocalDate max, Save save,
            Runnable afterwards) {
        UI ui = UI.getCurrent();
        date = new DatePicker(ui.getTranslation("internship.entry.date"));
        date.setMin(min);
        date.setMax(max);
        date.setRequiredIndicatorVisible(true);
        date.setValue(entry == null ? max : entry.date());
        date.addClassName("entry-date");
        hours = new BigDecimalField(ui.getTranslation("internship.entry.hours"));
        hours.setRequiredIndicatorVisible(true);
        hours.addClassName("entry-hours");
        caseType.setLabel(ui.getTranslation("internship.entry.caseType"));
        caseType.setItems(types);
        caseType.setItemLabelGenerator(CaseTypeRow::name);
        caseType.setRequiredIndicatorVisible(true);
        caseType.addClassName("entry-case-type");
        participation.setLabel(ui.getTranslation("internship.entry.participation"));
        participation.setItems(LogbookEntry.Participation.values());
        participation.setItemLabelGenerator(p -> ui.getTranslation("internship.participation." + p.name()));
        participation.setRequiredIndicatorVisible(true);
        participation.addClassName("entry-participation");
        patientCode = new TextField(ui.getTranslation("internship.entry.patientCode"));
        patientCode.setHelperText(ui.getTranslation("internship.entry.patientCode.help"));
        patientCode.setMaxLength(LogbookEntry.PATIENT_CODE_MAX);
        patientCode.addClassName("entry-patient-code");
        reflection = new TextArea(ui.getTranslation("internship.entry.reflection"));
        reflection.setMaxLength(LogbookEntry.REFLECTION_MAX);
        reflection.addClassName("entry-reflection");
        if (entry != null) {
            hours.setValue(entry.hours());
            types.stream().filter(t -> t.id() == entry.caseTypeId()).findFirst().ifPresent(caseType::setValue);
            participation.setValue(entry.participation());
            patientCode.setValue(entry.patientCode() == null ? "" : entry.patientCode());
            reflection.setValue(entry.reflection() == null ? "" : entry.reflection());
        }
        dialog = new FormDialog(ui.getTranslation(entry == null ? "internship.logbook.newTitle"
                : "internship.logbook.editTitle"), () -> store(save, false, afterwards));
        dialog.addClassName("entry-dialog");
        dialog.addFields(date, hours, caseType, participation, patientCode, reflection)
                .wide(caseType).wide(participation).wide(reflection);
    }

    private boolean store(Save save, boolean nameConfirmed, Runnable afterwards) {
        UI ui = UI.getCurrent();
        CaseTypeRow type = caseType.getValue();
        EntryForm form = new EntryForm(date.getValue(), hours.getValue(), type == null ? null : type.id(),
                participation.getValue(), patientCode.getValue(), reflection.getValue());
        try {
            save.save(form, nameConfirmed);
        } catch (NameWarning warning) {
            Confirm.ask(ui.getTranslation("internship.nameWarning.title"),
                    ui.getTranslation("internship.nameWarning.text"),
                    ui.getTranslation("internship.nameWarning.confirm"), () -> {
                        if (store(save, true, afterwards)) {
                            dialog.close();
                        }
                    });
            return false;
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            Notifications.error(e);
            return false;
        }
        Notifications.success(ui.getTranslation("common.saved"));
        afterwards.run();
        return true;
    }
}
