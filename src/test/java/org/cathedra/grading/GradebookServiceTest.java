package org.cathedra.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.UserAccount;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

@CathedraTest
class GradebookServiceTest {

    static final Locale EN = Locale.ENGLISH;

    @Autowired
    GradebookService gradebooks;
    @Autowired
    GradingFixture fixture;
    @Autowired
    EnrollmentFixture enrollment;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

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

    Gradebook.Cell type(long student, int part, String value) {
        Gradebook.Cell cell = gradebooks.row(setup.offeringId(), student, EN).cell(parts.get(part).id());
        return gradebooks.save(setup.offeringId(), parts.get(part).id(), student, cell.markId(), cell.version(), value,
                null, EN);
    }

    @Test
    void typed_marks_are_stored_and_the_row_computes_its_final_grade() {
        long anna = setup.students().getFirst();
        type(anna, 0, "4");
        type(anna, 1, "90");
        type(anna, 2, "4");

        Gradebook.Row row = gradebooks.row(setup.offeringId(), anna, EN);
        assertThat(row.cell(parts.get(1).id()).text()).isEqualTo("90");
        assertThat(row.cell(parts.get(1).id()).draft()).isTrue();
        // 0.3*4 + 0.2*5 + 0.5*4 = 4.2 -> 4
        assertThat(row.computation().grade()).isEqualTo(4);
        assertThat(row.computation().average()).isEqualByComparingTo("4.20");
        assertThat(gradebooks.rows(setup.offeringId(), 0, 50, EN)).hasSize(3);
        assertThat(gradebooks.countRows(setup.offeringId())).isEqualTo(3);
    }

    @Test
    void a_value_off_the_scale_is_refused_and_nothing_is_stored() {
        long anna = setup.students().getFirst();
        assertThatThrownBy(() -> type(anna, 0, "7")).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("grading.error.fivePoint");
        assertThatThrownBy(() -> type(anna, 1, "101")).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("grading.error.hundredPoint");
        assertThat(gradebooks.row(setup.offeringId(), anna, EN).cells().values())
                .allSatisfy(c -> assertThat(c.markId()).isNull());
    }

    @Test
    void a_stale_save_is_refused_with_the_current_value_and_nothing_is_lost() {
        long anna = setup.students().getFirst();
        long exam = parts.get(2).id();
        Gradebook.Cell seenByBoth = gradebooks.save(setup.offeringId(), exam, anna, null, 0, "3", null, EN);
        Gradebook.Cell first = gradebooks.save(setup.offeringId(), exam, anna, seenByBoth.markId(),
                seenByBoth.version(), "4", null, EN);

        assertThatThrownBy(() -> gradebooks.save(setup.offeringId(), exam, anna, seenByBoth.markId(),
                seenByBoth.version(), "5", null, EN))
                .isInstanceOfSatisfying(StaleMarkException.class, e -> {
                    assertThat(e.current().text()).isEqualTo("4");
                    assertThat(e.arguments()).containsExactly("4");
                });
        // someone who never saw the first entry cannot create the cell over it either
        assertThatThrownBy(() -> gradebooks.save(setup.offeringId(), exam, anna, null, 0, "2", null, EN))
                .isInstanceOf(StaleMarkException.class);
        assertThat(gradebooks.row(setup.offeringId(), anna, EN).cell(exam)).isEqualTo(first);
        assertThat(gradebooks.history(setup.offeringId(), exam, anna)).extracting(Gradebook.HistoryLine::after)
                .containsExactly("3", "4");
    }

    @Test
    void two_teachers_saving_the_same_cell_at_once_one_wins_the_other_is_refused() throws Exception {
        long anna = setup.students().getFirst();
        long test = parts.getFirst().id();
        Gradebook.Cell seen = gradebooks.save(setup.offeringId(), test, anna, null, 0, "3", null, EN);
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> save = () -> {
            SignIn.as(accounts, "teacher");
            start.await();
            try {
                gradebooks.save(setup.offeringId(), test, anna, seen.markId(), seen.version(),
                        Thread.currentThread().getName().endsWith("1") ? "4" : "5", null, EN);
                return "saved";
            } catch (StaleMarkException | org.springframework.dao.OptimisticLockingFailureException e) {
                return "refused";
            } finally {
                SignIn.out();
            }
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            Future<String> a = pool.submit(save);
            Future<String> b = pool.submit(save);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("saved", "refused");
        }
        assertThat(gradebooks.history(setup.offeringId(), test, anna)).hasSize(2);
    }

    @Test
    void the_sheet_is_signed_by_the_teacher_confirmed_by_the_office_and_then_only_the_office_changes_it() {
        long anna = setup.students().getFirst();
        type(anna, 0, "5");
        type(anna, 1, "80");
        type(anna, 2, "3");
        gradebooks.sign(setup.offeringId());
        assertThat(gradebooks.header(setup.offeringId(), EN).sheet()).isEqualTo(SheetStatus.SIGNED);
        assertThat(gradebooks.header(setup.offeringId(), EN).drafts()).isZero();
        assertThatThrownBy(() -> type(anna, 2, "4")).hasMessageStartingWith("grading.error.sheetSigned");

        SignIn.as(accounts, "admin");
        gradebooks.confirm(setup.offeringId());
        assertThat(finalGrade(anna)).isEqualTo(4); // 1.5 + 0.8 + 1.5 = 3.8

        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> type(anna, 2, "2")).hasMessageStartingWith("grading.error.locked");
        assertThatThrownBy(() -> gradebooks.retake(setup.offeringId(), parts.get(2).id(), anna, EN))
                .isInstanceOf(DomainException.class);

        SignIn.as(accounts, "admin");
        assertThatThrownBy(() -> type(anna, 2, "2")).hasMessageStartingWith("grading.error.reasonRequired");
        Gradebook.Cell cell = gradebooks.row(setup.offeringId(), anna, EN).cell(parts.get(2).id());
        gradebooks.save(setup.offeringId(), parts.get(2).id(), anna, cell.markId(), cell.version(), "2",
                "Appeal upheld: exam paper re-marked", EN);
        assertThat(finalGrade(anna)).as("a failed must-pass exam fails the course").isEqualTo(2);

        List<Gradebook.HistoryLine> history = gradebooks.history(setup.offeringId(), parts.get(2).id(), anna);
        assertThat(history).extracting(Gradebook.HistoryLine::action).containsExactly("entered", "published",
                "changed");
        assertThat(history.getLast().reason()).isEqualTo("Appeal upheld: exam paper re-marked");
        assertThat(history.getLast().actor()).isEqualTo("admin");
        assertThat(jdbc.queryForList("""
                select concat(action, ':', coalesce(before_text, ''), '>', coalesce(reason, ''))
                from audit_record where entity_type = 'mark' and entity_id = ? order by id""", String.class,
                String.valueOf(cell.markId()))).containsExactly("mark.entered:>", "mark.published:>",
                "mark.changed:3>Appeal upheld: exam paper re-marked");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_record where entity_type = 'final_grade' and action = 'final.changed'
                  and reason = 'Appeal upheld: exam paper re-marked'""", Integer.class)).isEqualTo(1);
    }

    @Test
    void the_office_can_return_a_signed_sheet_with_a_reason() {
        gradebooks.sign(setup.offeringId());
        SignIn.as(accounts, "admin");
        assertThatThrownBy(() -> gradebooks.reopen(setup.offeringId(), " ")).isInstanceOf(DomainException.class);
        gradebooks.reopen(setup.offeringId(), "Two marks missing");
        SignIn.as(accounts, "teacher");
        assertThat(gradebooks.header(setup.offeringId(), EN).sheet()).isEqualTo(SheetStatus.OPEN);
        type(setup.students().getFirst(), 0, "5");
    }

    @Test
    void retakes_keep_every_attempt_and_the_rule_decides() {
        long anna = setup.students().getFirst();
        type(anna, 0, "5");
        type(anna, 1, "90");
        type(anna, 2, "2");
        assertThat(gradebooks.row(setup.offeringId(), anna, EN).computation().grade()).isEqualTo(2);
        Gradebook.Cell retake = gradebooks.retake(setup.offeringId(), parts.get(2).id(), anna, EN);
        assertThat(retake.attempt()).isEqualTo(2);
        assertThat(retake.attempts()).isEqualTo(2);
        type(anna, 2, "4");
        // 1.5 + 1.0 + 2.0 = 4.5 -> 5
        assertThat(gradebooks.row(setup.offeringId(), anna, EN).computation().grade()).isEqualTo(5);
        assertThat(gradebooks.history(setup.offeringId(), parts.get(2).id(), anna))
                .extracting(Gradebook.HistoryLine::attempt).containsExactly(1, 2, 2);
    }

    @Test
    void the_components_cannot_be_replaced_once_marks_exist() {
        type(setup.students().getFirst(), 0, "5");
        assertThatThrownBy(() -> gradebooks.defineScheme(setup.offeringId(), RetakeRule.BEST,
                GradingFixture.usualScheme())).hasMessageStartingWith("grading.error.schemeHasMarks");
    }

    @Test
    void another_teacher_cannot_read_or_write_the_gradebook() {
        long anna = setup.students().getFirst();
        EnrollmentFixture.signInAs(UserAccount.Role.TEACHER, enrollment.otherTeacher());
        assertThatThrownBy(() -> gradebooks.header(setup.offeringId(), EN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> gradebooks.rows(setup.offeringId(), 0, 10, EN))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> gradebooks.save(setup.offeringId(), parts.getFirst().id(), anna, null, 0, "5", null,
                EN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> gradebooks.history(setup.offeringId(), parts.getFirst().id(), anna))
                .isInstanceOf(NotFoundException.class);
        assertThat(gradebooks.offerings(null, org.springframework.data.domain.PageRequest.of(0, 100), EN)
                .map(OfferingRef::id).getContent()).doesNotContain(setup.offeringId());
    }

    @Test
    void crafted_ids_of_students_and_components_elsewhere_are_refused() {
        GradingFixture.Setup other = fixture.offering(1);
        gradebooks.defineScheme(other.offeringId(), RetakeRule.LAST, GradingFixture.usualScheme());
        long foreignComponent = gradebooks.header(other.offeringId(), EN).components().getFirst().id();
        long anna = setup.students().getFirst();
        assertThatThrownBy(() -> gradebooks.save(setup.offeringId(), parts.getFirst().id(), other.students().getFirst(),
                null, 0, "5", null, EN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> gradebooks.save(setup.offeringId(), foreignComponent, anna, null, 0, "5", null, EN))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void students_cannot_call_the_gradebook_at_all() {
        EnrollmentFixture.signInAsStudent(setup.students().getFirst());
        assertThatThrownBy(() -> gradebooks.header(setup.offeringId(), EN))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> gradebooks.save(setup.offeringId(), parts.getFirst().id(),
                setup.students().getFirst(), null, 0, "5", null, EN)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private Integer finalGrade(long student) {
        return jdbc.queryForObject("""
                select f.grade from final_grade f join assessment_scheme s on s.id = f.scheme_id
                where s.offering_id = ? and f.student_id = ?""", Integer.class, setup.offeringId(), student);
    }
}
