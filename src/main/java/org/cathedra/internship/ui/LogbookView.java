package org.cathedra.internship.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cathedra.internship.EvaluationService;
import org.cathedra.internship.LogbookService;
import org.cathedra.internship.LogbookService.EntryRow;
import org.cathedra.internship.LogbookService.PlacementSummary;
import org.cathedra.internship.RequirementService;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/** The trainee's logbook: the placement, progress bars, entries, a new entry, and the certificate when passed. */
@Route("internship/logbook")
@RolesAllowed(Roles.STUDENT)
@Menu(order = 8, icon = "vaadin:notebook", title = "nav.internship.logbook")
class LogbookView extends VerticalLayout implements HasDynamicTitle {

    private final LogbookService logbook;
    private final RequirementService requirements;
    private final EvaluationService evaluations;
    private final Clock clock;
    private final InstituteSettings settings;
    final Select<PlacementSummary> placement = new Select<>();
    final Div heading = new Div();
    final ProgressPanel progress = new ProgressPanel();
    final EntryCards entries = new EntryCards("logbook-entries");
    final EmptyState noEntries;
    final Button newEntry = new Button();
    final Div certificate = new Div();
    final EmptyState none;
    @Nullable EntryDialog entryDialog;
    private @Nullable PlacementSummary current;

    LogbookView(LogbookService logbook, RequirementService requirements, EvaluationService evaluations, Clock clock,
            InstituteSettings settings) {
        this.logbook = logbook;
        this.requirements = requirements;
        this.evaluations = evaluations;
        this.clock = clock;
        this.settings = settings;
        addClassName("logbook-view");
        newEntry.setText(getTranslation("internship.logbook.new"));
        newEntry.setIcon(VaadinIcon.PLUS.create());
        newEntry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newEntry.addClassName("new-entry-button");
        newEntry.addClickListener(e -> openEntry(null));
        placement.setLabel(getTranslation("internship.period"));
        placement.setItemLabelGenerator(p -> p.period() + " · " + p.site());
        placement.addValueChangeListener(e -> show(e.getValue()));
        heading.addClassName("placement-heading");
        none = new EmptyState(getTranslation("internship.logbook.none"));
        noEntries = new EmptyState(getTranslation("internship.logbook.noEntries"));
        add(new ViewHeader(getTranslation("internship.logbook.title"), getTranslation("internship.logbook.subtitle"),
                newEntry), none, placement, heading, certificate, new H2(getTranslation("internship.progress")),
                progress, new H2(getTranslation("internship.logbook.entries")), noEntries, entries);
        List<PlacementSummary> mine = logbook.mine(getLocale());
        placement.setItems(mine);
        placement.setVisible(mine.size() > 1);
        none.setVisible(mine.isEmpty());
        newEntry.setEnabled(!mine.isEmpty());
        if (!mine.isEmpty()) {
            placement.setValue(mine.getFirst());
        }
    }

    private void show(@Nullable PlacementSummary summary) {
        current = summary;
        if (summary == null) {
            return;
        }
        heading.removeAll();
        heading.add(PlacementFacts.of(summary, this));
        progress.show(summary.progress());
        List<EntryRow> rows = logbook.entries(summary.placementId(), getLocale());
        entries.setItems(rows, this::actions);
        noEntries.setVisible(rows.isEmpty());
        certificate.removeAll();
        if (summary.creditGrade() != null && summary.creditGrade() >= 3) {
            long id = summary.placementId();
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(evaluations.certificate(id)), "certificate-" + id + ".pdf",
                    "application/pdf", -1)), getTranslation("internship.logbook.certificate"));
            pdf.addClassName("certificate-link");
            certificate.add(pdf);
        }
    }

    private void refresh() {
        if (current != null) {
            show(logbook.summary(current.placementId(), getLocale()));
        }
    }

    private Button actions(EntryRow row) {
        Button edit = new Button(getTranslation("action.edit"), e -> openEntry(row));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("action.edit") + " " + Dates.of(row.date(), getLocale()));
        edit.setVisible(row.status() != org.cathedra.internship.LogbookEntry.Status.SIGNED);
        return edit;
    }

    private void openEntry(@Nullable EntryRow row) {
        PlacementSummary summary = current;
        if (summary == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        LocalDate max = today.isBefore(summary.endsOn()) ? today : summary.endsOn();
        EntryDialog dialog = new EntryDialog(row, requirements.caseTypes(getLocale()), summary.startsOn(), max,
                (form, confirmed) -> {
                    if (row == null) {
                        logbook.record(summary.placementId(), form, confirmed);
                    } else {
                        logbook.edit(row.id(), row.version(), form, confirmed);
                    }
                }, this::refresh);
        entryDialog = dialog;
        dialog.dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("internship.logbook.title");
    }

    static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
