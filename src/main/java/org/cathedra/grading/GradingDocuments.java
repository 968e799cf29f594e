package org.cathedra.grading;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cathedra.catalog.Course;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;
import org.cathedra.shared.pdf.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The grading documents as PDF, in Russian or English: the examination sheet of an offering (for its teachers and
 * the office) and the transcript of a student's record book (their own, or anyone's for the office).
 */
@Service
@PreAuthorize(Roles.ANY)
public class GradingDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int CHUNK = 200;

    private final GradebookService gradebooks;
    private final RecordBookService recordBooks;
    private final MessageSource messages;
    private final InstituteSettings settings;
    private final Clock clock;

    GradingDocuments(GradebookService gradebooks, RecordBookService recordBooks, MessageSource messages,
            InstituteSettings settings, Clock clock) {
        this.gradebooks = gradebooks;
        this.recordBooks = recordBooks;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** The examination sheet: every enrolled student with the component marks and the final grade. */
    @PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
    public byte[] examinationSheet(long offeringId, Locale locale) {
        Gradebook.Header header = gradebooks.header(offeringId, locale);
        List<Gradebook.Row> rows = new ArrayList<>();
        if (header.defined()) {
            long n = gradebooks.countRows(offeringId);
            for (int offset = 0; offset < n; offset += CHUNK) {
                rows.addAll(gradebooks.rows(offeringId, offset, CHUNK, locale));
            }
        }
        OfferingRef o = header.offering();
        String title = t("grading.pdf.sheet.title", locale);
        return PdfDocuments.a4Landscape(title, w -> {
            w.title(title).subtitle(settings.name());
            w.field(t("grading.pdf.course", locale), o.courseCode() + " " + o.courseName());
            w.field(t("grading.pdf.group", locale), o.section() + ", " + o.academicYear() + ", "
                    + t("termPart." + o.termPart(), locale));
            w.field(t("grading.pdf.sheetStatus", locale), t("grading.sheet." + header.sheet().name(), locale));
            w.field(t("grading.pdf.rounding", locale), t("grading.pdf.roundingRule", locale));
            int columns = 3 + header.components().size() + 2;
            float[] widths = new float[columns];
            String[] head = new String[columns];
            widths[0] = 1;
            head[0] = "№";
            widths[1] = 6;
            head[1] = t("grading.column.student", locale);
            widths[2] = 3;
            head[2] = t("grading.column.cohort", locale);
            int i = 3;
            for (ComponentInfo c : header.components()) {
                widths[i] = 2;
                head[i++] = c.name() + " (" + c.weight().stripTrailingZeros().toPlainString() + ")";
            }
            widths[i] = 2;
            head[i++] = t("grading.column.average", locale);
            widths[i] = 2;
            head[i] = t("grading.column.final", locale);
            List<String[]> lines = new ArrayList<>();
            int n = 1;
            for (Gradebook.Row r : rows) {
                String[] line = new String[columns];
                line[0] = String.valueOf(n++);
                line[1] = r.studentName();
                line[2] = r.cohort() == null ? "" : r.cohort();
                int k = 3;
                for (ComponentInfo c : header.components()) {
                    line[k++] = r.cell(c.id()).text();
                }
                line[k++] = GradeText.average(r.computation());
                line[k] = GradeText.result(r.computation().grade(), r.computation().passed(),
                        o.passFail(), locale);
                lines.add(line);
            }
            int[] right = new int[columns - 3];
            for (int j = 0; j < right.length; j++) {
                right[j] = j + 3;
            }
            w.table(widths, head, lines, right);
            w.paragraph(t("grading.pdf.printed", locale) + ": " + DATE.format(LocalDate.now(clock.withZone(
                    settings.zone()))));
            w.signatures(t("grading.pdf.teacher", locale), t("grading.pdf.office", locale));
        });
    }

    /** The signed-in student's transcript. */
    @PreAuthorize("hasRole('" + Roles.STUDENT + "')")
    public byte[] myTranscript(Locale locale) {
        return transcript(recordBooks.mine(locale), locale);
    }

    /** Any student's transcript, for the office. */
    @PreAuthorize(Roles.IS_ADMIN)
    public byte[] transcript(long studentId, Locale locale) {
        return transcript(recordBooks.of(studentId, locale), locale);
    }

    private byte[] transcript(RecordBookService.RecordBook book, Locale locale) {
        String title = t("grading.pdf.transcript.title", locale);
        return PdfDocuments.a4(title, w -> {
            w.title(title).subtitle(settings.name());
            w.field(t("grading.pdf.student", locale), book.studentName());
            if (book.programme() != null) {
                w.field(t("grading.pdf.programme", locale), book.programme());
            }
            List<String[]> lines = new ArrayList<>();
            for (RecordBookService.Line l : book.lines()) {
                lines.add(new String[] {l.courseCode() + " " + l.courseName(), l.creditUnits().toPlainString(),
                        String.valueOf(l.hours()), t("grading.form." + l.form().name(), locale),
                        GradeText.result(l.grade(), l.passed(), l.form() == Course.AssessmentForm.PASS_FAIL, locale),
                        DATE.format(l.date()), l.teacher()});
            }
            w.table(new float[] {5.2f, 1.6f, 1.7f, 2.6f, 2.3f, 3f, 4.4f}, new String[] {
                    t("grading.record.course", locale),
                    t("grading.record.units", locale), t("grading.record.hours", locale),
                    t("grading.record.form", locale), t("grading.record.grade", locale),
                    t("grading.record.date", locale), t("grading.record.teacher", locale)}, lines, 1, 2);
            w.heading(t("grading.record.progress", locale));
            List<String[]> progress = new ArrayList<>();
            for (RecordBookService.Progress p : book.progress()) {
                progress.add(new String[] {t("grading.part." + p.component().name(), locale),
                        p.earned().stripTrailingZeros().toPlainString(),
                        p.required() == null ? "—" : p.required().toPlainString()});
            }
            progress.add(new String[] {t("grading.record.total", locale), book.earned().stripTrailingZeros()
                    .toPlainString(), book.required() == null ? "—" : book.required().stripTrailingZeros()
                    .toPlainString()});
            w.table(new float[] {6, 2, 2}, new String[] {t("grading.record.part", locale),
                    t("grading.record.earned", locale), t("grading.record.required", locale)}, progress, 1, 2);
            w.paragraph(t("grading.pdf.printed", locale) + ": " + DATE.format(LocalDate.now(clock.withZone(
                    settings.zone()))));
            w.signatures(t("grading.pdf.office", locale));
        });
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
