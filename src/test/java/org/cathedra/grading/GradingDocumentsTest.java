package org.cathedra.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.CathedraUser;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The examination sheet and the transcript read back from the PDF, Cyrillic included (pages are also rendered to
 * target/screenshots to be looked at); the exports carry exactly the gradebook's numbers.
 */
@CathedraTest
class GradingDocumentsTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Path OUT = Path.of("target/screenshots");

    @Autowired
    GradingDocuments documents;
    @Autowired
    GradebookService gradebooks;
    @Autowired
    GradebookExport export;
    @Autowired
    GradingFixture fixture;
    @Autowired
    EnrollmentFixture enrollment;
    @Autowired
    AccountService accounts;

    @AfterEach
    void out() {
        SignIn.out();
    }

    @Test
    void the_examination_sheet_reads_in_russian_and_english() throws IOException {
        GradingFixture.Setup setup = fixture.offering(3);
        SignIn.as(accounts, "teacher");
        gradebooks.defineScheme(setup.offeringId(), RetakeRule.LAST, GradingFixture.usualScheme());
        List<ComponentInfo> parts = gradebooks.header(setup.offeringId(), RU).components();
        long first = setup.students().getFirst();
        gradebooks.save(setup.offeringId(), parts.get(0).id(), first, null, 0, "5", null, RU);
        gradebooks.save(setup.offeringId(), parts.get(1).id(), first, null, 0, "91.5", null, RU);
        gradebooks.save(setup.offeringId(), parts.get(2).id(), first, null, 0, "4", null, RU);

        String ru = text(documents.examinationSheet(setup.offeringId(), RU), "examination-sheet-ru");
        assertThat(ru).contains("Экзаменационная ведомость", "Студентова0 Мария", "Курс EN", "91.5",
                "Итоговая оценка", "округлённое «половина вверх»", "Учебный отдел");
        // 1.5 + 1.0 + 2.0 = 4.5 -> 5
        assertThat(ru).containsPattern("4\\.50\\s+5");
        String en = text(documents.examinationSheet(setup.offeringId(), Locale.ENGLISH), "examination-sheet-en");
        assertThat(en).contains("Examination sheet", "Студентова0 Мария", "Course EN", "Final grade",
                "Academic office");
    }

    @Test
    void the_transcript_lists_locked_grades_and_credit_units() throws IOException {
        GradingFixture.Setup setup = fixture.offering(0);
        String username = enrollment.studentWithLogin(setup.programmeId(), "Выпискина");
        long me = ((CathedraUser) SignIn.as(accounts, username)).personId();
        fixture.enrol(setup.offeringId(), List.of(me));
        SignIn.as(accounts, "teacher");
        gradebooks.defineScheme(setup.offeringId(), RetakeRule.LAST, GradingFixture.usualScheme());
        List<ComponentInfo> parts = gradebooks.header(setup.offeringId(), RU).components();
        gradebooks.save(setup.offeringId(), parts.get(0).id(), me, null, 0, "4", null, RU);
        gradebooks.save(setup.offeringId(), parts.get(1).id(), me, null, 0, "70", null, RU);
        gradebooks.save(setup.offeringId(), parts.get(2).id(), me, null, 0, "3", null, RU);
        gradebooks.sign(setup.offeringId());
        SignIn.as(accounts, "admin");
        gradebooks.confirm(setup.offeringId());

        SignIn.as(accounts, username);
        // table cells wrap at their width: compare with the line breaks as spaces
        String ru = text(documents.myTranscript(RU), "transcript-ru").replaceAll("\\s+", " ");
        // 1.2 + 0.8 + 1.5 = 3.5 -> 4
        assertThat(ru).contains("Выписка из зачётной книжки", "Выпискина Ольга", "Курс EN", "экзамен", "Соколова",
                "Дисциплины", "42", "Практика", "69");
        assertThat(ru).containsPattern("1\\.00\\s+36\\s+экзамен\\s+4");
        String en = text(documents.myTranscript(Locale.ENGLISH), "transcript-en");
        assertThat(en).contains("Transcript of records", "Disciplines", "Final state certification");
    }

    @Test
    void every_exported_number_is_the_number_on_screen() throws IOException {
        GradingFixture.Setup setup = fixture.offering(40);
        SignIn.as(accounts, "teacher");
        gradebooks.defineScheme(setup.offeringId(), RetakeRule.BEST, GradingFixture.usualScheme());
        List<ComponentInfo> parts = gradebooks.header(setup.offeringId(), RU).components();
        java.util.Random random = new java.util.Random(42);
        String[] five = {"2", "3", "4", "5", "exc", ""};
        for (long s : setup.students()) {
            gradebooks.save(setup.offeringId(), parts.get(0).id(), s, null, 0, five[random.nextInt(6)], null, RU);
            // points with up to two decimals, which must never be re-rounded on the way out
            String points = random.nextInt(10) == 0 ? "exc" : (random.nextInt(10001) / 100.0 + "");
            gradebooks.save(setup.offeringId(), parts.get(1).id(), s, null, 0, points, null, RU);
            gradebooks.save(setup.offeringId(), parts.get(2).id(), s, null, 0, five[random.nextInt(5)], null, RU);
        }
        List<Gradebook.Row> screen = gradebooks.rows(setup.offeringId(), 0, 100, RU);
        List<List<String>> table = export.table(setup.offeringId(), RU);
        String csv = new String(export.csv(setup.offeringId(), RU), java.nio.charset.StandardCharsets.UTF_8);
        String[] csvLines = csv.substring(1).split("\r\n");
        assertThat(table).hasSize(screen.size() + 1);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(export.xlsx(setup.offeringId(), RU)))) {
            var sheet = workbook.getSheetAt(0);
            for (int i = 0; i < screen.size(); i++) {
                Gradebook.Row row = screen.get(i);
                List<String> expected = new java.util.ArrayList<>();
                expected.add(row.studentName());
                expected.add(row.cohort() == null ? "" : row.cohort());
                parts.forEach(c -> expected.add(row.cell(c.id()).text()));
                expected.add(GradeText.average(row.computation()));
                expected.add(GradeText.grade(row.computation()));
                assertThat(table.get(i + 1)).as("row %d", i).isEqualTo(expected);
                assertThat(csvLines[i + 1].split(";", -1)).as("csv row %d", i).containsExactlyElementsOf(expected);
                var xlsxRow = sheet.getRow(i + 1);
                for (int c = 0; c < expected.size(); c++) {
                    assertThat(formatter.formatCellValue(xlsxRow.getCell(c))).as("xlsx row %d col %d", i, c)
                            .isEqualTo(expected.get(c));
                }
            }
        }
    }

    private static String text(byte[] pdf, String name) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var doc = Loader.loadPDF(pdf)) {
            Files.createDirectories(OUT);
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png", OUT.resolve(name + ".png").toFile());
            return new PDFTextStripper().getText(doc);
        }
    }
}
