package org.cathedra.catalog.ui;

import static org.cathedra.catalog.ui.FormFields.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.function.Consumer;
import org.cathedra.catalog.Programme;
import org.cathedra.catalog.ProgrammeService;
import org.cathedra.catalog.StudyLoad;
import org.cathedra.shared.ui.FormDialog;
import org.jspecify.annotations.Nullable;

/**
 * The dialog that creates or edits a programme. Degree programmes take their load in whole credit units, CPD
 * courses in academic hours; the other unit is shown alongside.
 */
final class ProgrammeEditor {

    final FormDialog dialog;
    final TextField code = FormFields.text("programme.code", Programme.CODE_MAX);
    final Select<Programme.Kind> kind = new Select<>();
    final TextField nameRu = FormFields.text("programme.nameRu", Programme.NAME_MAX);
    final TextField nameEn = FormFields.text("programme.nameEn", Programme.NAME_MAX);
    final TextField speciality = FormFields.text("programme.speciality", Programme.SPECIALITY_MAX);
    final TextField duration = FormFields.number("programme.durationMonths");
    final StudyLoadInput load = new StudyLoadInput();
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    private final Consumer<ProgrammeService.Draft> save;

    ProgrammeEditor(@Nullable Programme programme, Consumer<ProgrammeService.Draft> save) {
        this.save = save;
        dialog = new FormDialog(t(programme == null ? "programmes.new" : "programmes.edit"), this::save);
        kind.setLabel(t("programme.kind"));
        kind.setItems(Programme.Kind.values());
        kind.setItemLabelGenerator(k -> t("programme.kind." + k.name()));
        kind.addValueChangeListener(e -> load.entry(entryFor(e.getValue())));

        FormFields.requiredText(binder, code, "programme.code", Programme.CODE_MAX, f -> f.code, (f, v) -> f.code = v);
        binder.forField(kind).asRequired(t("error.required", "programme.kind")).bind(f -> f.kind, (f, v) -> f.kind = v);
        FormFields.requiredText(binder, nameRu, "programme.nameRu", Programme.NAME_MAX, f -> f.nameRu,
                (f, v) -> f.nameRu = v);
        FormFields.requiredText(binder, nameEn, "programme.nameEn", Programme.NAME_MAX, f -> f.nameEn,
                (f, v) -> f.nameEn = v);
        FormFields.requiredText(binder, speciality, "programme.speciality", Programme.SPECIALITY_MAX,
                f -> f.speciality, (f, v) -> f.speciality = v);
        FormFields.wholeNumber(binder, duration, "programme.durationMonths", 1, Programme.MAX_DURATION_MONTHS,
                f -> f.durationMonths, (f, v) -> f.durationMonths = v);
        load.bind(binder, f -> f.load, (f, v) -> f.load = v);

        if (programme != null) {
            form.code = programme.getCode();
            form.kind = programme.getKind();
            form.nameRu = programme.getNameRu();
            form.nameEn = programme.getNameEn();
            form.speciality = programme.getSpeciality();
            form.durationMonths = programme.getDurationMonths();
            form.load = programme.getLoad();
        }
        binder.readBean(form);
        load.entry(entryFor(kind.getValue()));
        dialog.addFields(code, kind, nameRu, nameEn, speciality, duration, load.creditUnits, load.hours)
                .wide(nameRu).wide(nameEn).wide(speciality);
    }

    void open() {
        dialog.open();
        code.focus();
    }

    private boolean save() {
        if (!binder.writeBeanIfValid(form)) {
            return false;
        }
        var draft = new ProgrammeService.Draft(form.code, form.kind, form.nameRu, form.nameEn, form.speciality,
                form.durationMonths == null ? 0 : form.durationMonths, form.load);
        Map<String, HasValidation> fields = Map.of("programme.code", code, "error.duplicateCode", code,
                "programme.nameRu", nameRu, "programme.nameEn", nameEn, "programme.speciality", speciality,
                "programme.durationMonths", duration, "error.programme.wholeCredits", load.creditUnits,
                "error.hours", load.hours);
        return Refusals.attempt(() -> save.accept(draft), fields);
    }

    private static StudyLoadInput.Entry entryFor(Programme.@Nullable Kind kind) {
        return kind == Programme.Kind.CPD ? StudyLoadInput.Entry.HOURS : StudyLoadInput.Entry.CREDIT_UNITS;
    }

    /** What the form edits. */
    private static final class Form {
        String code = "";
        Programme.@Nullable Kind kind = Programme.Kind.RESIDENCY;
        String nameRu = "";
        String nameEn = "";
        String speciality = "";
        @Nullable Integer durationMonths;
        @Nullable StudyLoad load;
    }
}
