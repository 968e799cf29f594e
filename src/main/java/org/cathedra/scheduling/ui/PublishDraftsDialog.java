package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.cathedra.scheduling.Conflict;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.scheduling.TimetableService.PublishPlan;
import org.cathedra.scheduling.TimetableService.TermChoice;
import org.cathedra.scheduling.TimetableSession;
import org.cathedra.shared.ui.Notifications;

/**
 * Asks before publishing every draft of the period shown (or of a term): says how many sessions teachers and
 * students will see, lists the hard conflicts among them, and, as for one session, publishes despite conflicts
 * only with a reason for the override, which is recorded.
 */
final class PublishDraftsDialog {

    /** How many conflicts are listed; the rest are counted. */
    private static final int LISTED = 8;

    enum Scope { SHOWN, TERM }

    final Dialog dialog = new Dialog();
    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    final Select<TermChoice> term = new Select<>();
    final Div summary = new Div();
    final Checkbox override = new Checkbox();
    final TextArea reason = new TextArea();
    final Button publish = new Button();
    private final TimetableService timetable;
    private final LocalDate shownFrom;
    private final LocalDate shownTo;
    private final Runnable published;
    private PublishPlan plan = new PublishPlan(0, List.of());

    PublishDraftsDialog(TimetableService timetable, LocalDate shownFrom, LocalDate shownTo, Runnable published) {
        this.timetable = timetable;
        this.shownFrom = shownFrom;
        this.shownTo = shownTo;
        this.published = published;
        dialog.setHeaderTitle(t("publish.header"));
        dialog.addClassName("publish-dialog");
        dialog.setWidth("min(40rem, 100vw)");
        scope.setLabel(t("publish.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> s == Scope.SHOWN
                ? t("publish.scope.SHOWN", date(shownFrom), date(shownTo)) : t("publish.scope.TERM"));
        term.setLabel(t("publish.term"));
        List<TermChoice> terms = timetable.terms();
        term.setItems(terms);
        term.setItemLabelGenerator(c -> t("term.label", t("term.part." + c.part()), c.year()));
        terms.stream().filter(c -> !c.startsOn().isAfter(shownFrom) && !c.endsOn().isBefore(shownFrom)).findFirst()
                .or(() -> terms.stream().findFirst()).ifPresent(term::setValue);
        summary.addClassName("publish-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        override.setLabel(t("session.override"));
        reason.setLabel(t("session.overrideReason"));
        reason.setMaxLength(TimetableSession.REASON_MAX);
        reason.setWidthFull();
        override.addValueChangeListener(e -> showOverride());
        reason.addValueChangeListener(e -> showOverride());
        scope.addValueChangeListener(e -> recount());
        term.addValueChangeListener(e -> recount());
        scope.setValue(Scope.SHOWN);

        dialog.add(scope, term, summary, override, reason);
        Button cancel = new Button(t("action.cancel"), e -> dialog.close());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());
        dialog.getFooter().add(cancel, publish);
    }

    void open() {
        dialog.open();
        publish.focus();
    }

    private LocalDate from() {
        return scope.getValue() == Scope.TERM && term.getValue() != null ? term.getValue().startsOn() : shownFrom;
    }

    private LocalDate to() {
        return scope.getValue() == Scope.TERM && term.getValue() != null ? term.getValue().endsOn() : shownTo;
    }

    /** Asks the server what would be published, and says it. */
    private void recount() {
        term.setVisible(scope.getValue() == Scope.TERM);
        plan = timetable.publishPlan(from(), to());
        summary.removeAll();
        if (plan.drafts() == 0) {
            summary.add(new Paragraph(t("publish.none", date(from()), date(to()))));
        } else {
            summary.add(new Paragraph(t("publish.count", plan.drafts(), date(from()), date(to()))));
            List<Conflict> conflicts = plan.conflicts();
            if (conflicts.isEmpty()) {
                summary.add(new Paragraph(t("publish.noConflicts")));
            } else {
                summary.add(new Paragraph(t("publish.conflicts", conflicts.size())));
                UnorderedList list = new UnorderedList();
                conflicts.stream().limit(LISTED)
                        .forEach(c -> list.add(new ListItem(t(c.messageKey(), c.arguments().toArray()))));
                if (conflicts.size() > LISTED) {
                    list.add(new ListItem(t("publish.more", conflicts.size() - LISTED)));
                }
                summary.add(list);
            }
        }
        summary.getElement().getClassList().set("has-conflicts", !plan.conflicts().isEmpty());
        override.setVisible(!plan.conflicts().isEmpty());
        showOverride();
    }

    private void showOverride() {
        boolean conflicts = !plan.conflicts().isEmpty();
        reason.setVisible(conflicts && override.getValue());
        publish.setText(t("publish.confirm", plan.drafts()));
        publish.setEnabled(plan.drafts() > 0 && (!conflicts || (override.getValue() && !reason.isEmpty())));
        publish.getElement().getThemeList().set("error", conflicts);
    }

    private void publish() {
        try {
            int count = timetable.publishAll(from(), to(), plan.drafts(),
                    plan.conflicts().isEmpty() ? null : reason.getValue());
            Notifications.success(t("session.published", count));
            dialog.close();
            published.run();
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            Notifications.error(e);
            recount();
        }
    }

    private static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale())
                .format(date);
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
