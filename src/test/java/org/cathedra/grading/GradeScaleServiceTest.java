package org.cathedra.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.cathedra.directory.AccountService;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@CathedraTest
class GradeScaleServiceTest {

    @Autowired
    GradeScaleService scales;
    @Autowired
    GradebookService gradebooks;
    @Autowired
    GradingFixture fixture;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    GradeScaleService.Row original;

    @BeforeEach
    void admin() {
        SignIn.as(accounts, "admin");
        original = hundred();
    }

    /** Other tests count on the seeded bands (85/70/50): put them back. */
    @AfterEach
    void restore() {
        SignIn.as(accounts, "admin");
        GradeScaleService.Row now = hundred();
        scales.update(now.id(), now.version(), new GradeScaleService.Edit(original.nameRu(), original.nameEn(),
                original.excellent(), original.good(), original.satisfactory()));
        SignIn.out();
    }

    GradeScaleService.Row hundred() {
        return scales.list().stream().filter(r -> r.code().equals("HUNDRED")).findFirst().orElseThrow();
    }

    static GradeScaleService.Edit bands(String five, String four, String three) {
        return new GradeScaleService.Edit("Стобалльная", "100-point", five == null ? null : new BigDecimal(five),
                four == null ? null : new BigDecimal(four), three == null ? null : new BigDecimal(three));
    }

    String storedBands() {
        return String.join(",", jdbc.queryForList("""
                select concat(b.grade, '@', b.min_points) from grade_scale_band b join grade_scale s on s.id = b.scale_id
                where s.code = 'HUNDRED' order by b.grade desc""", String.class));
    }

    @Test
    void the_seeded_scales_are_listed_with_the_default_bands() {
        assertThat(scales.list()).extracting(GradeScaleService.Row::code).containsExactly("FIVE", "HUNDRED", "PASS");
        assertThat(original.excellent()).isEqualByComparingTo("85");
        assertThat(original.good()).isEqualByComparingTo("70");
        assertThat(original.satisfactory()).isEqualByComparingTo("50");
        assertThat(scales.list().stream().filter(r -> r.code().equals("FIVE")).findFirst().orElseThrow().excellent())
                .isNull();
    }

    @Test
    void the_office_renames_a_scale_and_moves_the_bands_and_the_change_is_audited() {
        GradeScaleService.Row saved = scales.update(original.id(), original.version(),
                new GradeScaleService.Edit("Стобалльная (100)", " 100 points ", new BigDecimal("90"),
                        new BigDecimal("75.5"), new BigDecimal("55")));

        assertThat(saved.nameEn()).isEqualTo("100 points");
        assertThat(saved.version()).isGreaterThan(original.version());
        assertThat(storedBands()).isEqualTo("5@90.00,4@75.50,3@55.00,2@0.00");
        assertThat(jdbc.queryForList("""
                select concat(action, ':', actor, ':', before_text, '>', after_text) from audit_record
                where entity_type = 'grade_scale' and entity_id = ? order by id desc limit 1""", String.class,
                String.valueOf(original.id()))).containsExactly("scale.changed:admin:"
                        + "Стобалльная / 100-point; 5 from 85, 4 from 70, 3 from 50, 2 from 0>"
                        + "Стобалльная (100) / 100 points; 5 from 90, 4 from 75.5, 3 from 55, 2 from 0");
    }

    @Test
    void bands_out_of_range_out_of_order_or_missing_are_refused_and_nothing_changes() {
        String before = storedBands();
        record Case(GradeScaleService.Edit edit, String key) {
        }
        for (Case c : new Case[] {
            new Case(bands("101", "70", "50"), "grading.scales.error.range"),
            new Case(bands("85", "70", "-1"), "grading.scales.error.range"),
            new Case(bands("85.125", "70", "50"), "grading.scales.error.range"),
            new Case(bands("85", "85", "50"), "grading.scales.error.order"),
            new Case(bands("85", "50", "70"), "grading.scales.error.order"),
            new Case(bands("85", "70", "0"), "grading.scales.error.aboveZero"),
            new Case(bands(null, "70", "50"), "error.required"),
            new Case(new GradeScaleService.Edit("Стобалльная", "  ", new BigDecimal("90"), new BigDecimal("70"),
                    new BigDecimal("50")), "error.required")}) {
            assertThatThrownBy(() -> scales.update(original.id(), original.version(), c.edit()))
                    .as(c.toString()).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(c.key());
        }
        assertThat(storedBands()).isEqualTo(before);
        assertThat(hundred()).isEqualTo(original);
    }

    @Test
    void a_change_made_on_a_stale_copy_is_refused() {
        scales.update(original.id(), original.version(), bands("90", "70", "50"));
        assertThatThrownBy(() -> scales.update(original.id(), original.version(), bands("80", "60", "40")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(storedBands()).isEqualTo("5@90.00,4@70.00,3@50.00,2@0.00");
    }

    @Test
    void only_the_office_may_read_or_change_the_scales() {
        for (String who : new String[] {"teacher", "student"}) {
            SignIn.as(accounts, who);
            assertThatThrownBy(() -> scales.list()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> scales.update(original.id(), original.version(), bands("90", "80", "60")))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        SignIn.out();
        assertThatThrownBy(() -> scales.list()).isInstanceOf(RuntimeException.class);
        SignIn.as(accounts, "admin");
        assertThat(hundred()).isEqualTo(original);
    }

    @Test
    void new_bands_recompute_open_gradebooks_but_leave_locked_final_grades_as_stored() {
        GradingFixture.Setup locked = fixture.offering(1);
        GradingFixture.Setup open = fixture.offering(1);
        for (GradingFixture.Setup s : new GradingFixture.Setup[] {locked, open}) {
            SignIn.as(accounts, "teacher");
            gradebooks.defineScheme(s.offeringId(), RetakeRule.LAST, GradingFixture.usualScheme());
            var parts = gradebooks.header(s.offeringId(), Locale.ENGLISH).components();
            long student = s.students().getFirst();
            String[] typed = {"3", "45", "4"};
            for (int i = 0; i < typed.length; i++) {
                var cell = gradebooks.row(s.offeringId(), student, Locale.ENGLISH).cell(parts.get(i).id());
                gradebooks.save(s.offeringId(), parts.get(i).id(), student, cell.markId(), cell.version(), typed[i],
                        null, Locale.ENGLISH);
            }
        }
        SignIn.as(accounts, "teacher");
        gradebooks.sign(locked.offeringId());
        SignIn.as(accounts, "admin");
        gradebooks.confirm(locked.offeringId());
        // 0.3*3 + 0.2*2 (45 points) + 0.5*4 = 3.3 -> 3
        assertThat(finalGrade(locked)).isEqualTo(3);

        scales.update(original.id(), original.version(), bands("45", "40", "30"));

        // 45 points now count as 5: 0.3*3 + 0.2*5 + 0.5*4 = 3.9 -> 4 where nothing is locked
        Computation now = gradebooks.row(open.offeringId(), open.students().getFirst(), Locale.ENGLISH)
                .computation();
        assertThat(now.average()).isEqualByComparingTo("3.90");
        assertThat(now.grade()).isEqualTo(4);
        assertThat(finalGrade(locked)).isEqualTo(3);
    }

    Integer finalGrade(GradingFixture.Setup s) {
        return jdbc.queryForObject("""
                select f.grade from final_grade f join assessment_scheme a on a.id = f.scheme_id
                where a.offering_id = ? and f.student_id = ?""", Integer.class, s.offeringId(),
                s.students().getFirst());
    }
}
