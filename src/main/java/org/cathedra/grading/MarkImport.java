package org.cathedra.grading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.cathedra.directory.Student;
import org.cathedra.grading.internal.Offerings;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks imported from a CSV or Excel file laid out like the export: a "Student" column with full names, one column
 * per component named as in the scheme (the cohort, average and final-grade columns are ignored). The preview lists
 * every error by line; the commit writes all marks or, if a single error remains, none.
 */
@Service
@PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
public class MarkImport {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final GradebookService gradebooks;
    private final Offerings offerings;
    private final MessageSource messages;

    MarkImport(GradebookService gradebooks, Offerings offerings, MessageSource messages) {
        this.gradebooks = gradebooks;
        this.offerings = offerings;
        this.messages = messages;
    }

    /** One line of the file: the student found, the values read (by component id) and what is wrong with it. */
    public record Line(int number, String student, @Nullable Long studentId, Map<Long, String> values,
            List<String> errors) {
    }

    /** What the file would do; {@code errors} holds every error, of the columns and of every line. */
    public record Preview(List<String> columns, List<Line> lines, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty() && !lines.isEmpty();
        }
    }

    /** Reads the file and checks every line against the scheme and the roster; writes nothing. */
    @Transactional(readOnly = true)
    public Preview preview(long offeringId, String fileName, byte[] content, Locale locale) {
        Gradebook.Header header = gradebooks.header(offeringId, locale);
        if (!header.defined()) {
            throw new DomainException("grading.error.noScheme");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("grading.import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        List<List<String>> table = read(fileName, content);
        List<String> errors = new ArrayList<>();
        if (table.isEmpty()) {
            errors.add(t("grading.import.empty", locale));
            return new Preview(List.of(), List.of(), errors);
        }
        List<String> head = table.getFirst().stream().map(String::strip).toList();
        int studentColumn = -1;
        Map<Integer, ComponentInfo> componentAt = new HashMap<>();
        for (int i = 0; i < head.size(); i++) {
            String name = head.get(i);
            if (name.equalsIgnoreCase(t("grading.column.student", Locale.ENGLISH))
                    || name.equalsIgnoreCase(t("grading.column.student", Locale.forLanguageTag("ru")))) {
                studentColumn = i;
                continue;
            }
            var component = header.components().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
            if (component.isPresent()) {
                componentAt.put(i, component.get());
            } else if (!name.isEmpty() && !ignored(name)) {
                errors.add(t("grading.import.unknownColumn", locale, name));
            }
        }
        if (studentColumn < 0) {
            errors.add(t("grading.import.noStudentColumn", locale));
        }
        if (componentAt.isEmpty()) {
            errors.add(t("grading.import.noComponentColumn", locale));
        }
        if (studentColumn < 0 || componentAt.isEmpty()) {
            return new Preview(head, List.of(), errors);
        }
        Map<String, List<Student>> byName = new HashMap<>();
        for (Student s : offerings.enrolled(offeringId, 0, Integer.MAX_VALUE)) {
            byName.computeIfAbsent(key(s.getFullName()), k -> new ArrayList<>()).add(s);
        }
        List<Line> lines = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int number = r + 1;
            String name = cell(cells, studentColumn);
            List<String> lineErrors = new ArrayList<>();
            List<Student> found = byName.getOrDefault(key(name), List.of());
            Long studentId = null;
            if (found.isEmpty()) {
                lineErrors.add(t("grading.import.unknownStudent", locale, number, name));
            } else if (found.size() > 1) {
                lineErrors.add(t("grading.import.ambiguousStudent", locale, number, name));
            } else {
                studentId = found.getFirst().getId();
                Integer earlier = seen.put(studentId, number);
                if (earlier != null) {
                    lineErrors.add(t("grading.import.duplicateStudent", locale, number, name, earlier));
                }
            }
            Map<Long, String> values = new HashMap<>();
            for (var column : componentAt.entrySet()) {
                String typed = cell(cells, column.getKey());
                ComponentInfo c = column.getValue();
                try {
                    values.put(c.id(), c.scale().format(c.scale().parse(typed), locale));
                } catch (DomainException e) {
                    lineErrors.add(t("grading.import.badValue", locale, number, c.name(),
                            messages.getMessage(e.messageKey(), e.arguments(), locale)));
                }
            }
            errors.addAll(lineErrors);
            lines.add(new Line(number, name, studentId, values, lineErrors));
        }
        if (lines.isEmpty()) {
            errors.add(t("grading.import.empty", locale));
        }
        return new Preview(head, lines, errors);
    }

    /** Writes every mark of the file, or nothing when the file has any error. Returns how many cells changed. */
    @Transactional
    public int commit(long offeringId, String fileName, byte[] content, Locale locale) {
        Preview preview = preview(offeringId, fileName, content, locale);
        if (!preview.ok()) {
            throw new DomainException("grading.import.hasErrors", preview.errors().size());
        }
        int changed = 0;
        for (Line line : preview.lines()) {
            Gradebook.Row row = gradebooks.row(offeringId, line.studentId(), locale);
            for (var value : line.values().entrySet()) {
                Gradebook.Cell cell = row.cell(value.getKey());
                if (!cell.text().equals(value.getValue())) {
                    gradebooks.save(offeringId, value.getKey(), line.studentId(), cell.markId(), cell.version(),
                            value.getValue(), null, locale);
                    changed++;
                }
            }
        }
        return changed;
    }

    private boolean ignored(String name) {
        for (String key : List.of("grading.column.cohort", "grading.column.average", "grading.column.final")) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
                if (name.equalsIgnoreCase(t(key, l))) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<List<String>> read(String fileName, byte[] content) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
                DataFormatter formatter = new DataFormatter(Locale.ROOT);
                List<List<String>> out = new ArrayList<>();
                for (Row row : workbook.getSheetAt(0)) {
                    while (out.size() < row.getRowNum()) {
                        out.add(List.of());
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                    }
                    out.add(cells);
                }
                return out;
            } catch (IOException | RuntimeException e) {
                throw new DomainException("grading.import.unreadable", fileName);
            }
        }
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new DomainException("grading.import.fileType", fileName);
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] rawLines = text.split("\r?\n", -1);
        char separator = rawLines[0].indexOf(';') >= 0 ? ';' : ',';
        List<List<String>> out = new ArrayList<>();
        for (String raw : rawLines) {
            out.add(split(raw, separator));
        }
        while (!out.isEmpty() && out.getLast().stream().allMatch(String::isBlank)) {
            out.removeLast();
        }
        return out;
    }

    private static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    current.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                cells.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        cells.add(current.toString());
        return cells;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
