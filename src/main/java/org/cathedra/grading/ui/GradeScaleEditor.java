package org.cathedra.grading.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cathedra.grading.GradeScaleService;
import org.cathedra.grading.Scale;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;

/**
 * The dialog that renames a scale and, for a 100-point scale, sets the points from which a mark counts as 5, 4
 * and 3. Every check is the service's; a refusal is shown on the field it names and the dialog stays open.
 */
final class GradeScaleEditor {

    final FormDialog dialog;
    final TextField nameRu = new TextField();
    final TextField nameEn = new TextField();
    final BigDecimalField excellent = new BigDecimalField();
    final BigDecimalField good = new BigDecimalField();
    final BigDecimalField satisfactory = new BigDecimalField();
    private final boolean hundredPoint;
    private final Consumer<GradeScaleService.Edit> save;

    GradeScaleEditor(GradeScaleService.Row row, Consumer<GradeScaleService.Edit> save) {
        UI ui = UI.getCurrent();
        this.save = save;
        this.hundredPoint = row.kind() == Scale.Kind.HUNDRED_POINT;
        dialog = new FormDialog(ui.getTranslation("grading.scales.edit",
                "ru".equals(ui.getLocale().getLanguage()) ? row.nameRu() : row.nameEn()), this::save);
        dialog.addClassName("grade-scale-dialog");
        nameRu.setLabel(ui.getTranslation("grading.scales.nameRu"));
        nameEn.setLabel(ui.getTranslation("grading.scales.nameEn"));
        for (TextField name : List.of(nameRu, nameEn)) {
            name.setRequiredIndicatorVisible(true);
            name.setMaxLength(GradeScaleService.NAME_MAX);
        }
        nameRu.setValue(row.nameRu());
        nameEn.setValue(row.nameEn());
        dialog.addFields(nameRu, nameEn);
        if (hundredPoint) {
            excellent.setLabel(ui.getTranslation("grading.scales.excellent"));
            good.setLabel(ui.getTranslation("grading.scales.good"));
            satisfactory.setLabel(ui.getTranslation("grading.scales.satisfactory"));
            excellent.setValue(row.excellent());
            good.setValue(row.good());
            satisfactory.setValue(row.satisfactory());
            for (BigDecimalField f : List.of(excellent, good, satisfactory)) {
                f.setRequiredIndicatorVisible(true);
                f.setHelperText(ui.getTranslation("grading.scales.pointsHelp"));
            }
            Paragraph effect = new Paragraph(ui.getTranslation("grading.scales.effect"));
            effect.addClassName("grade-scales-note");
            dialog.addFields(excellent, good, satisfactory, effect);
            dialog.wide(effect);
        }
    }

    void open() {
        dialog.open();
        nameRu.focus();
    }

    private boolean save() {
        List<HasValidation> fields = List.of(nameRu, nameEn, excellent, good, satisfactory);
        fields.forEach(f -> f.setInvalid(false));
        var edit = new GradeScaleService.Edit(nameRu.getValue(), nameEn.getValue(),
                hundredPoint ? excellent.getValue() : null, hundredPoint ? good.getValue() : null,
                hundredPoint ? satisfactory.getValue() : null);
        try {
            save.accept(edit);
            return true;
        } catch (RuntimeException e) {
            String text = Notifications.message(e);
            Map<String, HasValidation> byKey = Map.of("grading.scales.nameRu", nameRu, "grading.scales.nameEn",
                    nameEn, "grading.scales.excellent", excellent, "grading.scales.good", good,
                    "grading.scales.satisfactory", satisfactory);
            HasValidation field = e instanceof DomainException d && d.arguments().length > 0
                    && d.arguments()[0] instanceof String key ? byKey.get(key) : null;
            if (field == null) {
                Notifications.error(text);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
            return false;
        }
    }
}
