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
import java.util.Arrays;
import java.util.HashMap;
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
class GradebookGrid extends Grid<GradebookGrid.Line> {

    static final int PAGE = 40;

    private final GradebookService gradebooks;
    private final long offeringId;
    private final Supplier<@Nullable String> reason;
    private final Runnable changed;
    private final Consumer<String> refused;
    private final List<ComponentInfo> components;
    // the editor's fields, made when the editor first opens (a gradebook often is only read) and reused after
    private final Map<Long, TextField> fields = new HashMap<>();
    private final Map<Long, Line> latest = new HashMap<>();
    private @Nullable Long focusedComponent;
    private @Nullable Line lastFocusedRow;
    // the editor opens on the client's next round trip; the row being edited is known here at once, in full (cell
    // versions and all), fetched when the editor opens on it; the grid itself keeps only the light lines
    private Gradebook.@Nullable Row editing;
    private int editingIndex;
    private @Nullable Line pending;

    /**
     * A row as the grid keeps it: the student and, per component in column order, the cell's text, whether it is a
     * draft and which attempt it shows (0 when there is only one); the average and the final grade as shown.
     */
    record Line(long studentId, String studentName, int index, String[] texts, boolean[] drafts, int[] attempts,
            String average, String grade) {

        static Line of(Gradebook.Row row, List<ComponentInfo> components, int index) {
            int n = components.size();
            String[] texts = new String[n];
            boolean[] drafts = new boolean[n];
            int[] attempts = new int[n];
            for (int i = 0; i < n; i++) {
                Gradebook.Cell cell = row.cell(components.get(i).id());
                // a handful of distinct texts ("4", "87.5") fill the whole grid: share them
                texts[i] = cell.text().intern();
                drafts[i] = cell.draft();
                attempts[i] = cell.attempts() > 1 ? cell.attempt() : 0;
            }
            return new Line(row.studentId(), row.studentName(), index, texts, drafts, attempts,
                    GradeText.average(row.computation()).intern(), GradeText.grade(row.computation()).intern());
        }
    }

    GradebookGrid(GradebookService gradebooks, Gradebook.Header header, Supplier<@Nullable String> reason,
            Runnable changed, Consumer<String> refused, boolean editable) {
        this.gradebooks = gradebooks;
        this.offeringId = header.offering().id();
        this.reason = reason;
        this.changed = changed;
        this.refused = refused;
        this.components = header.components();
        addClassName("gradebook-grid");
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setPageSize(PAGE);
        setHeight("min(70vh, 40rem)");
        addColumn(Line::studentName).setHeader(getTranslation("grading.column.student")).setKey("student")
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0).setResizable(true);
        Editor<Line> editor = getEditor();
        editor.setBinder(new Binder<>());
        editor.setBuffered(false);
        for (int index = 0; index < components.size(); index++) {
            ComponentInfo c = components.get(index);
            int i = index;
            Column<Line> column = addColumn(r -> now(r).texts()[i]).setKey("c" + c.id())
                    .setHeader(getTranslation("grading.column.component", c.name(), c.weight().stripTrailingZeros()
                            .toPlainString(), c.scaleName()) + (c.mustPass() ? " *" : ""))
                    .setWidth("7.5rem").setFlexGrow(0).setResizable(true)
                    .setPartNameGenerator(r -> now(r).drafts()[i] ? "draft-cell" : null)
                    .setTooltipGenerator(r -> now(r).attempts()[i] > 0
                            ? getTranslation("grading.attemptOf", now(r).attempts()[i]) : "");
            if (editable) {
                column.setEditorComponent(r -> field(c));
            }
        }
        addColumn(r -> now(r).average()).setHeader(getTranslation("grading.column.average"))
                .setKey("average").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> now(r).grade()).setHeader(getTranslation("grading.column.final"))
                .setKey("final").setAutoWidth(true).setFlexGrow(0);
        setItems(new CallbackDataProvider<Line, Void>(query -> {
            List<Gradebook.Row> rows = gradebooks.rows(offeringId, query.getOffset(), query.getLimit(), getLocale());
            Line[] lines = new Line[rows.size()];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = Line.of(rows.get(i), components, query.getOffset() + i);
                latest.remove(lines[i].studentId());
            }
            return Arrays.stream(lines);
        }, query -> (int) gradebooks.countRows(offeringId), Line::studentId));
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
    void edit(Line shown, long componentId) {
        open(gradebooks.row(offeringId, shown.studentId(), getLocale()), shown.index(), componentId);
    }

    private void open(Gradebook.Row row, int index, long componentId) {
        if (editing == null || editing.studentId() != row.studentId()) {
            flushPending();
        }
        editing = row;
        editingIndex = index;
        getEditor().editItem(Line.of(row, components, index));
        for (ComponentInfo c : components) {
            TextField f = field(c);
            f.setValue(row.cell(c.id()).text());
            f.setInvalid(false);
        }
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
        TextField made = fields.get(c.id());
        if (made != null) {
            return made;
        }
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
        int next = components.indexOf(c) + step;
        if (next >= 0 && next < components.size()) {
            field(components.get(next)).focus();
        } else if (next == components.size()) {
            moveDown(components.getFirst().id());
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
    private Line now(Line row) {
        return latest.getOrDefault(row.studentId(), row);
    }

    private Gradebook.Row refreshRow(long studentId) {
        Gradebook.Row fresh = gradebooks.row(offeringId, studentId, getLocale());
        Line line = Line.of(fresh, components, editingIndex);
        latest.put(studentId, line);
        if (editing != null && editing.studentId() == studentId) {
            // refreshing the row under the editor would close it: the grid shows it once the cursor leaves the row
            editing = fresh;
            pending = line;
        } else {
            getDataProvider().refreshItem(line);
        }
        changed.run();
        return fresh;
    }

    private void flushPending() {
        if (pending != null) {
            Line row = pending;
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
        if (editing == null) {
            return;
        }
        int index = editingIndex + 1;
        List<Gradebook.Row> next = gradebooks.rows(offeringId, index, 1, getLocale());
        if (next.isEmpty()) {
            close();
            return;
        }
        scrollToIndex(index);
        open(next.getFirst(), index, componentId);
    }
}
