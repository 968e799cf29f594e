package org.cathedra.grading.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cathedra.grading.ComponentInfo;
import org.cathedra.grading.GradeText;
import org.cathedra.grading.Gradebook;
import org.cathedra.grading.GradebookService;
import org.cathedra.grading.StaleMarkException;
import org.cathedra.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The gradebook grid: students by components, rows fetched a page at a time. One editor row of text fields opens on
 * a click or on Enter; Tab moves along the row, Enter saves and moves down the same column, Escape closes. A value
 * is saved as soon as the field is left; a refused value stays in the field, marked invalid with the reason.
 */
class GradebookGrid extends Grid<Gradebook.Row> {

    static final int PAGE = 40;

    private final GradebookService gradebooks;
    private final long offeringId;
    private final Supplier<@Nullable String> reason;
    private final Runnable changed;
    private final Consumer<String> refused;
    private final Map<Long, TextField> fields = new LinkedHashMap<>();
    private final Map<Long, Integer> indexOf = new HashMap<>();
    private final Map<Long, Gradebook.Row> latest = new HashMap<>();
    private @Nullable Long focusedComponent;
    private Gradebook.@Nullable Row lastFocusedRow;
    // the editor opens on the client's next round trip; the row being edited is known here at once
    private Gradebook.@Nullable Row editing;
    private Gradebook.@Nullable Row pending;

    GradebookGrid(GradebookService gradebooks, Gradebook.Header header, Supplier<@Nullable String> reason,
            Runnable changed, Consumer<String> refused, boolean editable) {
        this.gradebooks = gradebooks;
        this.offeringId = header.offering().id();
        this.reason = reason;
        this.changed = changed;
        this.refused = refused;
        addClassName("gradebook-grid");
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setPageSize(PAGE);
        setHeight("min(70vh, 40rem)");
        addColumn(Gradebook.Row::studentName).setHeader(getTranslation("grading.column.student")).setKey("student")
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0).setResizable(true);
        Editor<Gradebook.Row> editor = getEditor();
        editor.setBinder(new Binder<>());
        editor.setBuffered(false);
        for (ComponentInfo c : header.components()) {
            Column<Gradebook.Row> column = addColumn(r -> now(r).cell(c.id()).text()).setKey("c" + c.id())
                    .setHeader(getTranslation("grading.column.component", c.name(), c.weight().stripTrailingZeros()
                            .toPlainString(), c.scaleName()) + (c.mustPass() ? " *" : ""))
                    .setWidth("7.5rem").setFlexGrow(0).setResizable(true)
                    .setPartNameGenerator(r -> now(r).cell(c.id()).draft() ? "draft-cell" : null)
                    .setTooltipGenerator(r -> now(r).cell(c.id()).attempts() > 1
                            ? getTranslation("grading.attemptOf", now(r).cell(c.id()).attempt()) : "");
            if (editable) {
                column.setEditorComponent(field(c));
            }
        }
        addColumn(r -> GradeText.average(now(r).computation())).setHeader(getTranslation("grading.column.average"))
                .setKey("average").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> GradeText.grade(now(r).computation())).setHeader(getTranslation("grading.column.final"))
                .setKey("final").setAutoWidth(true).setFlexGrow(0);
        setItems(new CallbackDataProvider<Gradebook.Row, Void>(query -> {
            List<Gradebook.Row> rows = gradebooks.rows(offeringId, query.getOffset(), query.getLimit(), getLocale());
            for (int i = 0; i < rows.size(); i++) {
                indexOf.put(rows.get(i).studentId(), query.getOffset() + i);
                latest.remove(rows.get(i).studentId());
            }
            return rows.stream();
        }, query -> (int) gradebooks.countRows(offeringId), Gradebook.Row::studentId));
        if (editable) {
            addItemClickListener(e -> {
                if (e.getColumn() != null && e.getColumn().getKey().startsWith("c")) {
                    edit(e.getItem(), Long.parseLong(e.getColumn().getKey().substring(1)));
                }
            });
            addCellFocusListener(e -> e.getColumn().filter(col -> col.getKey().startsWith("c"))
                    .ifPresent(col -> focusedComponent = Long.parseLong(col.getKey().substring(1))));
            addCellFocusListener(e -> e.getItem().ifPresent(item -> lastFocusedRow = item));
            Shortcuts.addShortcutListener(this, () -> {
                if (editing == null && lastFocusedRow != null && focusedComponent != null) {
                    edit(lastFocusedRow, focusedComponent);
                }
            }, Key.ENTER).listenOn(this);
        }
    }

    /** Opens the editor on a student's row with the cursor in one component's field. */
    void edit(Gradebook.Row shown, long componentId) {
        Gradebook.Row row = now(shown);
        if (editing == null || editing.studentId() != row.studentId()) {
            flushPending();
        }
        editing = row;
        getEditor().editItem(row);
        fields.forEach((id, f) -> {
            f.setValue(row.cell(id).text());
            f.setInvalid(false);
        });
        TextField field = fields.get(componentId);
        if (field != null) {
            field.focus();
        }
    }

    /** The open field of a component, for tests and for the keyboard handling. */
    TextField field(long componentId) {
        return fields.get(componentId);
    }

    private TextField field(ComponentInfo c) {
        TextField field = new TextField();
        field.setWidthFull();
        field.addClassName("mark-field");
        field.setAriaLabel(c.name());
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(c, field);
            }
        });
        // Enter and Tab arrive before the field's change event: the key event carries the typed text itself.
        // Tab is handled here rather than by the browser, whose tab order inside the grid is not the column order.
        field.addAttachListener(e -> field.getElement().executeJs(
                "this.addEventListener('keydown', e => { if (e.key === 'Tab') e.preventDefault(); })"));
        field.getElement().addEventListener("keydown", e -> key(c, field, e.getEventData(), 0))
                .setFilter("event.key === 'Enter'").addEventData("element.value");
        field.getElement().addEventListener("keydown", e -> key(c, field, e.getEventData(),
                        e.getEventData().path("event.shiftKey").asBoolean(false) ? -1 : 1))
                .setFilter("event.key === 'Tab'").addEventData("element.value").addEventData("event.shiftKey");
        Shortcuts.addShortcutListener(field, this::close, Key.ESCAPE).listenOn(field);
        fields.put(c.id(), field);
        return field;
    }

    /** Enter (step 0: down the column) or Tab (step 1 or -1: along the row) in a field: save, then move. */
    private void key(ComponentInfo c, TextField field, JsonNode data, int step) {
        JsonNode typed = data.get("element.value");
        if (typed != null && !typed.isNull()) {
            field.setValue(typed.asString());
        }
        save(c, field);
        if (field.isInvalid()) {
            return;
        }
        if (step == 0) {
            moveDown(c.id());
            return;
        }
        List<Long> order = List.copyOf(fields.keySet());
        int next = order.indexOf(c.id()) + step;
        if (next >= 0 && next < order.size()) {
            fields.get(order.get(next)).focus();
        } else if (next == order.size()) {
            moveDown(order.getFirst());
        }
    }

    /** Saves the field of the row being edited, if it differs from the stored cell. */
    void save(ComponentInfo c, TextField field) {
        Gradebook.Row row = editing;
        if (row == null) {
            return;
        }
        Gradebook.Cell cell = row.cell(c.id());
        if (field.getValue().strip().equals(cell.text())) {
            field.setInvalid(false);
            return;
        }
        try {
            gradebooks.save(offeringId, c.id(), row.studentId(), cell.markId(), cell.version(), field.getValue(),
                    reason.get(), getLocale());
            field.setInvalid(false);
            refused.accept("");
            Gradebook.Row fresh = refreshRow(row.studentId());
            field.setValue(fresh.cell(c.id()).text());
        } catch (StaleMarkException e) {
            Notifications.error(e);
            field.setValue(e.current().text());
            refreshRow(row.studentId());
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            Notifications.error(new StaleMarkException(gradebooks.row(offeringId, row.studentId(), getLocale())
                    .cell(c.id())));
            refreshRow(row.studentId());
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            // in the field and, since a narrow cell clips it, in the line above the grid as well
            field.setErrorMessage(Notifications.message(e));
            field.setInvalid(true);
            refused.accept(field.getErrorMessage());
        }
    }

    /**
     * The latest state of a row saved in this grid. The grid may still hold an older copy of a row (the editor
     * refreshes the copy it was opened with when it closes), so the columns read through this.
     */
    private Gradebook.Row now(Gradebook.Row row) {
        return latest.getOrDefault(row.studentId(), row);
    }

    private Gradebook.Row refreshRow(long studentId) {
        Gradebook.Row fresh = gradebooks.row(offeringId, studentId, getLocale());
        latest.put(studentId, fresh);
        if (editing != null && editing.studentId() == studentId) {
            // refreshing the row under the editor would close it: the grid shows it once the cursor leaves the row
            editing = fresh;
            pending = fresh;
        } else {
            getDataProvider().refreshItem(fresh);
        }
        changed.run();
        return fresh;
    }

    private void flushPending() {
        if (pending != null) {
            Gradebook.Row row = pending;
            pending = null;
            getDataProvider().refreshItem(row);
        }
    }

    /** The row being edited, or null. */
    Gradebook.@Nullable Row editing() {
        return editing;
    }

    void close() {
        editing = null;
        getEditor().cancel();
        flushPending();
    }

    private void moveDown(long componentId) {
        Gradebook.Row row = editing;
        Integer index = row == null ? null : indexOf.get(row.studentId());
        if (index == null) {
            return;
        }
        List<Gradebook.Row> next = gradebooks.rows(offeringId, index + 1, 1, getLocale());
        if (next.isEmpty()) {
            close();
            return;
        }
        indexOf.put(next.getFirst().studentId(), index + 1);
        scrollToIndex(index + 1);
        edit(next.getFirst(), componentId);
    }
}
