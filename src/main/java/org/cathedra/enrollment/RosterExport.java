package org.cathedra.enrollment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * An offering's roster as a file: CSV (RFC 4180 quoting, UTF-8 with a byte order mark so that spreadsheets read
 * Cyrillic names) or an Excel workbook. Seated people first, then the waitlist in order. Reads through
 * {@link RosterService}, so the same people may export as may read the roster.
 */
@Service
@PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
public class RosterExport {

    private static final int PAGE = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RosterService rosters;
    private final MessageSource messages;
    private final ZoneId zone;

    RosterExport(RosterService rosters, MessageSource messages, InstituteSettings settings) {
        this.rosters = rosters;
        this.messages = messages;
        this.zone = settings.zone();
    }

    /** The roster as CSV text in UTF-8. */
    public byte[] csv(long offeringId, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows(offeringId, locale)) {
            out.append(String.join(",", row.stream().map(RosterExport::quoted).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The roster as an .xlsx workbook with one sheet. */
    public byte[] xlsx(long offeringId, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text("rosters.export.sheet", locale));
            List<List<String>> rows = rows(offeringId, locale);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            for (int c = 0; c < rows.get(0).size(); c++) {
                sheet.autoSizeColumn(c);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<String>> rows(long offeringId, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text("rosters.column.position", locale), text("rosters.column.student", locale),
                text("rosters.column.cohort", locale), text("rosters.column.email", locale),
                text("rosters.column.status", locale), text("rosters.column.since", locale),
                text("enrollment.reason", locale)));
        for (RosterService.Part part : List.of(RosterService.Part.SEATED, RosterService.Part.WAITLIST)) {
            int page = 0;
            Page<RosterService.RosterLine> lines;
            do {
                lines = rosters.lines(offeringId, part, PageRequest.of(page++, PAGE));
                for (RosterService.RosterLine l : lines) {
                    rows.add(List.of(l.position() == null ? "" : String.valueOf(l.position()), l.studentName(),
                            l.cohort() == null ? "" : l.cohort(), l.email() == null ? "" : l.email(),
                            text("enrollment.status." + l.status().name(), locale),
                            WHEN.format(l.changedAt().atZone(zone)), l.reason() == null ? "" : l.reason()));
                }
            } while (lines.hasNext());
        }
        return rows;
    }

    // a field with a comma, quote or line break is quoted, quotes doubled; a leading formula sign is defused
    static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
