package org.cathedra.grading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.cathedra.shared.Roles;

/**
 * The gradebook as CSV and Excel, with exactly the characters the screen shows: every cell is the gradebook's own
 * text, numbers in Excel are those texts read as numbers, never recomputed or re-rounded.
 */
@Service
@PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
public class GradebookExport {

    private static final int CHUNK = 200;

    private final GradebookService gradebooks;
    private final MessageSource messages;

    GradebookExport(GradebookService gradebooks, MessageSource messages) {
        this.gradebooks = gradebooks;
        this.messages = messages;
    }

    /** The table: a header line, then one line per student, as the screen shows them. */
    public List<List<String>> table(long offeringId, Locale locale) {
        Gradebook.Header header = gradebooks.header(offeringId, locale);
        List<List<String>> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add(messages.getMessage("grading.column.student", null, locale));
        head.add(messages.getMessage("grading.column.cohort", null, locale));
        header.components().forEach(c -> head.add(c.name()));
        head.add(messages.getMessage("grading.column.average", null, locale));
        head.add(messages.getMessage("grading.column.final", null, locale));
        out.add(head);
        long count = gradebooks.countRows(offeringId);
        for (int offset = 0; offset < count; offset += CHUNK) {
            for (Gradebook.Row row : gradebooks.rows(offeringId, offset, CHUNK, locale)) {
                List<String> line = new ArrayList<>();
                line.add(row.studentName());
                line.add(row.cohort() == null ? "" : row.cohort());
                header.components().forEach(c -> line.add(row.cell(c.id()).text()));
                line.add(GradeText.average(row.computation()));
                line.add(GradeText.grade(row.computation()));
                out.add(line);
            }
        }
        return out;
    }

    /** CSV in UTF-8 with a byte-order mark (so Excel reads Cyrillic), semicolon-separated. */
    public byte[] csv(long offeringId, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> line : table(offeringId, locale)) {
            out.append(String.join(";", line.stream().map(GradebookExport::quote).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An Excel workbook of one sheet; a cell whose text is a number is stored as that number. */
    public byte[] xlsx(long offeringId, Locale locale) {
        try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Gradebook");
            // one style per number of decimals, so Excel shows "3.50" where the screen does, not "3.5"
            CellStyle[] decimals = new CellStyle[3];
            for (int d = 0; d < decimals.length; d++) {
                decimals[d] = workbook.createCellStyle();
                decimals[d].setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
            }
            int r = 0;
            for (List<String> line : table(offeringId, locale)) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < line.size(); c++) {
                    BigDecimal number = r == 0 || c < 2 ? null : number(line.get(c));
                    if (number != null) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(decimals[Math.max(0, number.scale())]);
                    } else {
                        row.createCell(c).setCellValue(line.get(c));
                    }
                }
                r++;
            }
            sheet.createFreezePane(1, 1);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigDecimal number(String text) {
        if (text.isEmpty() || !text.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(text);
    }

    private static String quote(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
