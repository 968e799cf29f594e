package org.cathedra.catalog.ui;

import static org.cathedra.catalog.ui.FormFields.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.cathedra.catalog.Term;
import org.cathedra.catalog.TermService;
import org.cathedra.shared.ui.FormDialog;
import org.jspecify.annotations.Nullable;

/** The dialog that creates or corrects a term: the academic year, the part and dates within that year. */
final class TermEditor {

    final FormDialog dialog;
    final ComboBox<Integer> academicYear = years("term.academicYear");
    final Select<Term.Part> part = new Select<>();
    final DatePicker startsOn = Dates.picker("term.startsOn");
    final DatePicker endsOn = Dates.picker("term.endsOn");
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    private final Consumer<TermService.Draft> save;

    TermEditor(@Nullable Term term, int defaultYear, Consumer<TermService.Draft> save) {
        this.save = save;
        dialog = new FormDialog(t(term == null ? "terms.new" : "terms.edit"), this::save);
        part.setLabel(t("term.part"));
        part.setItems(Term.Part.values());
        part.setItemLabelGenerator(p -> t("term.part." + p.name()));

        binder.forField(academicYear).asRequired(t("error.required", "term.academicYear"))
                .bind(f -> f.academicYear, (f, v) -> f.academicYear = v);
        binder.forField(part).asRequired(t("error.required", "term.part")).bind(f -> f.part, (f, v) -> f.part = v);
        var starts = binder.forField(startsOn).asRequired(t("error.required", "term.startsOn"))
                .withValidator((date, context) -> withinYear(date))
                .bind(f -> f.startsOn, (f, v) -> f.startsOn = v);
        var ends = binder.forField(endsOn).asRequired(t("error.required", "term.endsOn"))
                .withValidator((date, context) -> withinYear(date))
                .withValidator(date -> startsOn.getValue() == null || date.isAfter(startsOn.getValue()),
                        t("error.term.dates"))
                .bind(f -> f.endsOn, (f, v) -> f.endsOn = v);
        startsOn.addValueChangeListener(e -> {
            if (!endsOn.isEmpty()) {
                ends.validate();
            }
        });
        academicYear.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                startsOn.setInitialPosition(LocalDate.of(e.getValue(), 9, 1));
                endsOn.setInitialPosition(LocalDate.of(e.getValue() + 1, 1, 31));
            }
            for (var binding : new Binder.Binding<?, ?>[] {starts, ends}) {
                if (!binding.getField().isEmpty()) {
                    binding.validate();
                }
            }
        });

        if (term != null) {
            form.academicYear = term.getAcademicYear();
            form.part = term.getPart();
            form.startsOn = term.getStartsOn();
            form.endsOn = term.getEndsOn();
        } else {
            form.academicYear = defaultYear;
        }
        binder.readBean(form);
        dialog.addFields(academicYear, part, startsOn, endsOn);
    }

    void open() {
        dialog.open();
        academicYear.focus();
    }

    /** A choice of academic years, shown as "2026/2027". */
    static ComboBox<Integer> years(String labelKey) {
        ComboBox<Integer> years = new ComboBox<>(t(labelKey));
        years.setItems(IntStream.rangeClosed(Term.FIRST_YEAR, Term.LAST_YEAR).boxed().toList());
        years.setItemLabelGenerator(y -> y + "/" + (y + 1));
        return years;
    }

    private ValidationResult withinYear(LocalDate date) {
        Integer year = academicYear.getValue();
        if (year == null || (date.getYear() >= year && date.getYear() <= year + 1)) {
            return ValidationResult.ok();
        }
        return ValidationResult.error(t("error.term.outsideYear", year, year + 1));
    }

    private boolean save() {
        if (!binder.writeBeanIfValid(form)) {
            return false;
        }
        var draft = new TermService.Draft(form.academicYear == null ? 0 : form.academicYear, form.part,
                form.startsOn, form.endsOn);
        Map<String, HasValidation> fields = Map.of("error.term.duplicate", part, "error.term.dates", endsOn,
                "error.term.outsideYear", startsOn, "term.academicYear", academicYear);
        return Refusals.attempt(() -> save.accept(draft), fields);
    }

    /** What the form edits. */
    private static final class Form {
        @Nullable Integer academicYear;
        Term.@Nullable Part part = Term.Part.AUTUMN;
        @Nullable LocalDate startsOn;
        @Nullable LocalDate endsOn;
    }
}
