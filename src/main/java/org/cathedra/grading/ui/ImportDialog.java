package org.cathedra.grading.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.cathedra.grading.MarkImport;
import org.cathedra.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/** Import of marks: upload a file, see every line and every error, then import all of it or nothing. */
class ImportDialog extends Dialog {

    final Upload upload;
    final Paragraph summary = new Paragraph();
    final UnorderedList errors = new UnorderedList();
    final Grid<MarkImport.Line> lines = new Grid<>();
    final Button commit = new Button();
    private final MarkImport imports;
    private final long offeringId;
    private @Nullable String fileName;
    private byte @Nullable [] content;

    ImportDialog(MarkImport imports, long offeringId, Runnable imported) {
        this.imports = imports;
        this.offeringId = offeringId;
        addClassName("import-dialog");
        setHeaderTitle(getTranslation("grading.import.title"));
        setWidth("min(50rem, 95vw)");
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(
                () -> received(metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFileSize(MarkImport.MAX_BYTES);
        upload.setMaxFiles(1);
        lines.addColumn(MarkImport.Line::number).setHeader(getTranslation("grading.import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(MarkImport.Line::student).setHeader(getTranslation("grading.column.student")).setFlexGrow(1);
        lines.addColumn(l -> String.join(" ", l.errors())).setHeader(getTranslation("grading.import.problems"))
                .setFlexGrow(2);
        lines.setAllRowsVisible(true);
        lines.setVisible(false);
        errors.addClassName("import-errors");
        commit.setText(getTranslation("grading.import.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClassName("import-commit");
        commit.setEnabled(false);
        commit.addClickListener(e -> {
            try {
                int n = imports.commit(offeringId, fileName, content, getLocale());
                Notifications.success(getTranslation("grading.import.committed", n));
            } catch (RuntimeException ex) {
                if (!Notifications.isExplainable(ex)) {
                    throw ex;
                }
                Notifications.error(ex);
                return;
            }
            close();
            imported.run();
        });
        add(new Paragraph(getTranslation("grading.import.hint")), upload, summary, errors, lines);
        getFooter().add(new Button(getTranslation("grading.cancel"), e -> close()), commit);
    }

    /** A file arrived: preview it. */
    void received(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        errors.removeAll();
        try {
            MarkImport.Preview preview = imports.preview(offeringId, name, bytes, getLocale());
            preview.errors().forEach(text -> errors.add(new ListItem(text)));
            summary.setText(preview.ok() ? getTranslation("grading.import.ready", preview.lines().size())
                    : getTranslation("grading.import.hasErrors", preview.errors().size()));
            lines.setItems(preview.lines());
            lines.setVisible(!preview.lines().isEmpty());
            commit.setEnabled(preview.ok());
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            summary.setText(Notifications.message(e));
            lines.setVisible(false);
            commit.setEnabled(false);
        }
    }
}
