package org.cathedra.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.cathedra.grading.GradeDistribution;
import org.cathedra.grading.GradebookExport;
import org.cathedra.grading.Gradebook;
import org.cathedra.grading.GradebookService;
import org.cathedra.grading.GradingDocuments;
import org.cathedra.grading.MarkImport;
import org.cathedra.grading.OfferingRef;
import org.cathedra.grading.SheetStatus;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The gradebook of one offering for its teachers and the office: the grid of marks, publishing, the examination
 * sheet (sign, confirm, return), exports and the cell history. The offering is chosen from the list or given in the
 * address ({@code ?offering=id}); an offering the user may not see is answered as not found.
 */
@Route("gradebook")
@RolesAllowed({Roles.TEACHER, Roles.ADMIN})
@Menu(order = 6.5, icon = "vaadin:table", title = "nav.gradebook")
class GradebookView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final GradebookService gradebooks;
    private final GradebookExport export;
    private final GradingDocuments documents;
    private final InstituteSettings settings;
    private final GradeDistribution distribution;
    private final MarkImport imports;
    final ComboBox<OfferingRef> offering = new ComboBox<>();
    final Div body = new Div();
    final Paragraph status = new Paragraph();
    final TextField reason = new TextField();
    final Paragraph refusal = new Paragraph();
    @Nullable GradebookGrid grid;
    private Gradebook.@Nullable Header header;

    GradebookView(GradebookService gradebooks, GradebookExport export, GradingDocuments documents,
            InstituteSettings settings, GradeDistribution distribution, MarkImport imports) {
        this.gradebooks = gradebooks;
        this.imports = imports;
        this.distribution = distribution;
        this.settings = settings;
        this.export = export;
        this.documents = documents;
        addClassName("gradebook-view");
        setSizeFull();
        offering.setLabel(getTranslation("grading.offering"));
        offering.setWidth("min(40rem, 100%)");
        offering.setItemLabelGenerator(OfferingRef::label);
        offering.setItems(query -> gradebooks.offerings(query.getFilter().orElse(null),
                PageRequest.of(query.getPage(), query.getPageSize()), getLocale()).stream());
        offering.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(GradebookView.class,
                        QueryParameters.of("offering", String.valueOf(e.getValue().id()))));
            }
        });
        reason.setLabel(getTranslation("grading.lockedReason"));
        reason.setMaxLength(GradebookService.REASON_MAX);
        reason.setWidth("min(40rem, 100%)");
        reason.addClassName("reason-field");
        refusal.addClassName("gradebook-refusal");
        refusal.getElement().setAttribute("role", "status");
        refusal.getElement().setAttribute("aria-live", "polite");
        body.setWidthFull();
        add(new ViewHeader(getTranslation("grading.gradebook.title"), getTranslation("grading.gradebook.subtitle")),
                offering, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> id = event.getLocation().getQueryParameters().getParameters().getOrDefault("offering",
                List.of());
        if (id.isEmpty()) {
            show(null);
            return;
        }
        try {
            show(Long.parseLong(id.getFirst()));
        } catch (NumberFormatException e) {
            show(null);
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            body.removeAll();
            body.add(new EmptyState(Notifications.message(e)));
        }
    }

    void show(@Nullable Long offeringId) {
        body.removeAll();
        grid = null;
        if (offeringId == null) {
            body.add(new EmptyState(getTranslation("grading.chooseOffering")));
            return;
        }
        header = gradebooks.header(offeringId, getLocale());
        offering.setValue(header.offering());
        if (!header.defined()) {
            Button define = new Button(getTranslation("grading.scheme.define"),
                    e -> new SchemeDialog(gradebooks, header.offering().id(), () -> show(offeringId)).open());
            define.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            define.addClassName("define-scheme");
            body.add(new EmptyState(getTranslation("grading.scheme.none"), define));
            return;
        }
        boolean admin = isAdmin();
        boolean editable = header.sheet() == SheetStatus.OPEN || header.sheet() == SheetStatus.LOCKED && admin;
        grid = new GradebookGrid(gradebooks, header, () -> reason.getValue(), this::refreshStatus, refusal::setText,
                editable);
        contextMenu(grid);
        reason.setVisible(admin && header.sheet() == SheetStatus.LOCKED);
        refusal.setText("");
        body.add(status, actions(admin), reason, refusal, grid, new Paragraph(getTranslation("grading.keyboardHint")));
        refreshStatus();
    }

    private void refreshStatus() {
        if (header == null) {
            return;
        }
        header = gradebooks.header(header.offering().id(), getLocale());
        status.setText(getTranslation("grading.status", getTranslation("grading.sheet." + header.sheet().name()),
                getTranslation("grading.rule." + header.rule().name()), header.drafts()));
        status.addClassName("gradebook-status");
    }

    private HorizontalLayout actions(boolean admin) {
        long id = header.offering().id();
        SheetStatus sheet = header.sheet();
        Button publish = button("grading.publish", () -> {
            int n = gradebooks.publish(id);
            Notifications.success(getTranslation("grading.published", n));
            show(id);
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setVisible(sheet == SheetStatus.OPEN);
        Button sign = button("grading.sign", () -> Confirm.ask(getTranslation("grading.sign.title"),
                getTranslation("grading.sign.text"), getTranslation("grading.sign"), () -> run(() -> {
                    gradebooks.sign(id);
                    show(id);
                })).open());
        sign.setVisible(sheet == SheetStatus.OPEN && !admin);
        Button confirm = button("grading.confirm", () -> Confirm.ask(getTranslation("grading.confirm.title"),
                getTranslation("grading.confirm.text"), getTranslation("grading.confirm"), () -> run(() -> {
                    gradebooks.confirm(id);
                    show(id);
                })).open());
        confirm.setVisible(sheet == SheetStatus.SIGNED && admin);
        Button reopen = button("grading.reopen", () -> ReasonPrompt.open(getTranslation("grading.reopen"),
                why -> gradebooks.reopen(id, why), () -> show(id)));
        reopen.setVisible(sheet == SheetStatus.SIGNED && admin);
        Button importMarks = button("grading.import", () -> new ImportDialog(imports, id, () -> show(id)).open());
        importMarks.setVisible(sheet == SheetStatus.OPEN);
        Button chart = button("grading.chart", () -> DistributionDialog.open(distribution, header));
        Anchor csv = download("grading.exportCsv", "gradebook.csv", "text/csv", () -> export.csv(id, getLocale()));
        Anchor xlsx = download("grading.exportXlsx", "gradebook.xlsx", XLSX, () -> export.xlsx(id, getLocale()));
        Anchor pdf = download("grading.sheetPdf", "examination-sheet.pdf", "application/pdf",
                () -> documents.examinationSheet(id, getLocale()));
        HorizontalLayout actions = new HorizontalLayout(publish, sign, confirm, reopen, importMarks, chart, csv, xlsx,
                pdf);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private void contextMenu(GradebookGrid target) {
        GridContextMenu<GradebookGrid.Line> menu = target.addContextMenu();
        menu.setDynamicContentHandler(row -> {
            menu.removeAll();
            if (row == null) {
                return false;
            }
            menu.addItem(getTranslation("grading.howComputed"), e -> ComputationDialog.open(
                    gradebooks.row(header.offering().id(), row.studentId(), getLocale())));
            for (var c : header.components()) {
                menu.addItem(getTranslation("grading.historyOf", c.name()), e -> HistoryDialog.open(
                        gradebooks.history(header.offering().id(), c.id(), row.studentId()), row.studentName(),
                        c.name(), settings.zone()));
            }
            if (header.sheet() == SheetStatus.OPEN) {
                for (int i = 0; i < header.components().size(); i++) {
                    var c = header.components().get(i);
                    if (!row.texts()[i].isEmpty()) {
                        menu.addItem(getTranslation("grading.retakeIn", c.name()), e -> run(() -> {
                            gradebooks.retake(header.offering().id(), c.id(), row.studentId(), getLocale());
                            show(header.offering().id());
                        }));
                    }
                }
            }
            return true;
        });
    }

    private boolean isAdmin() {
        return org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                .getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> run(action));
        b.addClassName(key.replace('.', '-'));
        return b;
    }

    private static void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            Notifications.error(e);
        }
    }

    private Anchor download(String key, String file, String type, java.util.function.Supplier<byte[]> bytes) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes.get()), file, type, -1)), getTranslation(key));
        a.addClassName(key.replace('.', '-'));
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grading.gradebook.title");
    }
}
