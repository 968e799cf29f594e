package org.cathedra.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cathedra.grading.ComponentKind;
import org.cathedra.grading.Gradebook;
import org.cathedra.grading.GradebookService;
import org.cathedra.grading.RetakeRule;
import org.cathedra.shared.ui.Notifications;

/** Defines an offering's assessment scheme: the retake rule and the components with weights, scales, must-pass. */
class SchemeDialog extends Dialog {

    final Select<RetakeRule> rule = new Select<>();
    final VerticalLayout rows = new VerticalLayout();
    final List<Line> lines = new ArrayList<>();
    private final List<Gradebook.ScaleChoice> scales;

    SchemeDialog(GradebookService gradebooks, long offeringId, Runnable saved) {
        addClassName("scheme-dialog");
        setHeaderTitle(getTranslation("grading.scheme.title"));
        setWidth("min(56rem, 95vw)");
        scales = gradebooks.scales(getLocale());
        rule.setLabel(getTranslation("grading.scheme.rule"));
        rule.setItems(RetakeRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("grading.rule." + r.name()));
        rule.setValue(RetakeRule.LAST);
        rows.setPadding(false);
        add(new Line(ComponentKind.TEST, getTranslation("grading.kind.TEST"), "0.3", "FIVE", false));
        add(new Line(ComponentKind.COLLOQUIUM, getTranslation("grading.kind.COLLOQUIUM"), "0.2", "HUNDRED", false));
        add(new Line(ComponentKind.EXAM, getTranslation("grading.kind.EXAM"), "0.5", "FIVE", true));
        Button addLine = new Button(getTranslation("grading.scheme.add"), VaadinIcon.PLUS.create(),
                e -> add(new Line(ComponentKind.PRACTICAL, "", "0", "FIVE", false)));
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        super.add(rule, rows, addLine);
        Button save = new Button(getTranslation("grading.scheme.save"), e -> {
            try {
                gradebooks.defineScheme(offeringId, rule.getValue(), lines.stream().map(Line::draft).toList());
            } catch (RuntimeException ex) {
                if (!Notifications.isExplainable(ex)) {
                    throw ex;
                }
                Notifications.error(ex);
                return;
            }
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-scheme");
        getFooter().add(new Button(getTranslation("grading.cancel"), e -> close()), save);
    }

    private void add(Line line) {
        lines.add(line);
        rows.add(line);
    }

    /** One component being defined. */
    final class Line extends HorizontalLayout {
        final Select<ComponentKind> kind = new Select<>();
        final TextField name = new TextField(getTranslation("grading.component.name"));
        final BigDecimalField weight = new BigDecimalField(getTranslation("grading.component.weight"));
        final Select<String> scale = new Select<>();
        final Checkbox mustPass = new Checkbox(getTranslation("grading.component.mustPass"));

        Line(ComponentKind k, String n, String w, String s, boolean must) {
            kind.setLabel(getTranslation("grading.component.kind"));
            kind.setItems(ComponentKind.values());
            kind.setItemLabelGenerator(x -> getTranslation("grading.kind." + x.name()));
            kind.setValue(k);
            name.setValue(n);
            name.setMaxLength(100);
            weight.setValue(new BigDecimal(w));
            weight.setWidth("7rem");
            scale.setLabel(getTranslation("grading.component.scale"));
            scale.setItems(scales.stream().map(Gradebook.ScaleChoice::code).toList());
            scale.setItemLabelGenerator(code -> scales.stream().filter(c -> c.code().equals(code)).findFirst()
                    .map(Gradebook.ScaleChoice::name).orElse(code));
            scale.setValue(s);
            mustPass.setValue(must);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                lines.remove(this);
                rows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("grading.scheme.remove"));
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(kind, name, weight, scale, mustPass, remove);
        }

        Gradebook.ComponentDraft draft() {
            return new Gradebook.ComponentDraft(kind.getValue(), name.getValue(),
                    weight.getValue() == null ? BigDecimal.ZERO : weight.getValue(), scale.getValue(),
                    mustPass.getValue());
        }
    }
}
