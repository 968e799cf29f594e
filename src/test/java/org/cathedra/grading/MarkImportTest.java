package org.cathedra.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.AccountService;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Imports are all or nothing: every error of a bad file is listed and nothing is written. */
@CathedraTest
class MarkImportTest {

    static final Locale EN = Locale.ENGLISH;

    @Autowired
    MarkImport imports;
    @Autowired
    GradebookService gradebooks;
    @Autowired
    GradebookExport export;
    @Autowired
    GradingFixture fixture;
    @Autowired
    AccountService accounts;

    GradingFixture.Setup setup;
    List<ComponentInfo> parts;

    @BeforeEach
    void scheme() {
        setup = fixture.offering(3);
        SignIn.as(accounts, "teacher");
        gradebooks.defineScheme(setup.offeringId(), RetakeRule.LAST, GradingFixture.usualScheme());
        parts = gradebooks.header(setup.offeringId(), EN).components();
    }

    @AfterEach
    void out() {
        SignIn.out();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> texts() {
        return gradebooks.rows(setup.offeringId(), 0, 10, EN).stream()
                .flatMap(r -> parts.stream().map(p -> r.cell(p.id()).text())).toList();
    }

    @Test
    void a_good_file_is_previewed_and_committed_whole() {
        byte[] file = csv("""
                Student;Test;Colloquium;Exam
                Студентова0 Мария;5;87,5;4
                студентова1  мария;3;exc;
                Студентова2 Мария;2;50;5
                """);
        MarkImport.Preview preview = imports.preview(setup.offeringId(), "marks.csv", file, EN);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.lines()).hasSize(3);

        assertThat(imports.commit(setup.offeringId(), "marks.csv", file, EN)).isEqualTo(8);
        assertThat(texts()).containsExactly("5", "87.5", "4", "3", "exc", "", "2", "50", "5");
        assertThat(gradebooks.history(setup.offeringId(), parts.getFirst().id(), setup.students().getFirst()))
                .hasSize(1);
    }

    @Test
    void the_export_can_be_imported_back_unchanged() {
        byte[] first = csv("Student,Test\nСтудентова0 Мария,4\n");
        imports.commit(setup.offeringId(), "a.csv", first, EN);
        byte[] exported = export.xlsx(setup.offeringId(), EN);
        assertThat(imports.preview(setup.offeringId(), "back.xlsx", exported, EN).errors()).isEmpty();
        assertThat(imports.commit(setup.offeringId(), "back.xlsx", exported, EN)).isZero();
    }

    @Test
    void wrong_columns_are_refused() {
        MarkImport.Preview preview = imports.preview(setup.offeringId(), "marks.csv",
                csv("Name;Quiz;Exam\nСтудентова0 Мария;5;4\n"), EN);
        assertThat(preview.errors()).containsExactly("Unknown column \"Name\": columns must be named as the "
                + "components of the scheme.", "Unknown column \"Quiz\": columns must be named as the components of "
                + "the scheme.", "The file has no Student column.");
        assertThat(preview.ok()).isFalse();
    }

    @Test
    void a_half_good_file_lists_every_error_and_writes_nothing() {
        byte[] file = csv("""
                Student;Test;Colloquium;Exam
                Студентова0 Мария;5;90;4
                Иванов Иван;4;80;4
                Студентова1 Мария;7;101;4
                Студентова0 Мария;3;;
                """);
        MarkImport.Preview preview = imports.preview(setup.offeringId(), "marks.csv", file, EN);
        assertThat(preview.errors()).containsExactly(
                "Line 3: \"Иванов Иван\" is not enrolled in this group.",
                "Line 4, Test: \"7\" is not on the five-point scale: type 2, 3, 4 or 5 (or exc for excused).",
                "Line 4, Colloquium: \"101\" is not on the 100-point scale: type 0 to 100, at most two decimals "
                        + "(or exc).",
                "Line 5: \"Студентова0 Мария\" is already on line 2.");
        assertThatThrownBy(() -> imports.commit(setup.offeringId(), "marks.csv", file, EN))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("grading.import.hasErrors");
        assertThat(texts()).allMatch(String::isEmpty);
    }

    @Test
    void other_files_are_refused_with_a_reason() {
        assertThatThrownBy(() -> imports.preview(setup.offeringId(), "marks.pdf", csv("x"), EN))
                .hasMessageStartingWith("grading.import.fileType");
        assertThatThrownBy(() -> imports.preview(setup.offeringId(), "marks.xlsx", csv("not a workbook"), EN))
                .hasMessageStartingWith("grading.import.unreadable");
        assertThat(imports.preview(setup.offeringId(), "empty.csv", csv("Student;Test\n"), EN).errors())
                .containsExactly("The file has no lines of marks.");
    }
}
