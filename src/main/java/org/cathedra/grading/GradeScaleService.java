package org.cathedra.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.cathedra.grading.internal.GradeScale;
import org.cathedra.grading.internal.MarkJournal;
import org.cathedra.grading.internal.ScaleRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's care of the grade scales: their names in both languages and, for a 100-point scale, the points from
 * which a mark counts as 5, 4 and 3 (below the last, 2). A change of bands applies to every computation made after
 * it (gradebooks, current grades, a later correction of a locked grade); final grades already written stay as they
 * were stored.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class GradeScaleService {

    public static final int NAME_MAX = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScaleRepository scales;
    private final MarkJournal journal;

    GradeScaleService(ScaleRepository scales, MarkJournal journal) {
        this.scales = scales;
        this.journal = journal;
    }

    /** One scale as the office sees it; the thresholds for 5, 4 and 3 are null unless it is 100-point. */
    public record Row(long id, long version, String code, Scale.Kind kind, String nameRu, String nameEn,
            @Nullable BigDecimal excellent, @Nullable BigDecimal good, @Nullable BigDecimal satisfactory) {
    }

    /** What the office may change; the thresholds are ignored (and may be null) for a scale that is not 100-point. */
    public record Edit(@Nullable String nameRu, @Nullable String nameEn, @Nullable BigDecimal excellent,
            @Nullable BigDecimal good, @Nullable BigDecimal satisfactory) {
    }

    /** Every scale, by code. */
    public List<Row> list() {
        return scales.findAll().stream().sorted(Comparator.comparing(GradeScale::getCode)).map(GradeScaleService::row)
                .toList();
    }

    /**
     * Renames a scale and, for a 100-point one, sets its thresholds for 5, 4 and 3: each 0 to 100 with at most two
     * decimals, strictly decreasing, the one for 3 above 0 (2 starts at 0). Refused if the scale changed since
     * {@code version} was read; nothing is changed on any refusal.
     */
    @Transactional
    public Row update(long id, long version, Edit edit) {
        GradeScale scale = scales.findById(id).orElseThrow(() -> new NotFoundException("grading.record.scale", id));
        if (scale.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(GradeScale.class, id);
        }
        String nameRu = Text.required(edit.nameRu(), "grading.scales.nameRu", NAME_MAX);
        String nameEn = Text.required(edit.nameEn(), "grading.scales.nameEn", NAME_MAX);
        @Nullable List<Scale.Band> bands = scale.toScale().kind() == Scale.Kind.HUNDRED_POINT ? bands(edit) : null;
        String before = describe(scale);
        scale.rename(nameRu, nameEn);
        if (bands != null && !bands.equals(scale.toScale().bands())) {
            scale.convertBy(bands);
        }
        String after = describe(scale);
        if (after.equals(before)) {
            return row(scale);
        }
        GradeScale saved = scales.saveAndFlush(scale);
        journal.other("grade_scale", saved.getId(), "scale.changed", before, after, null);
        return row(saved);
    }

    private static List<Scale.Band> bands(Edit edit) {
        BigDecimal five = threshold(edit.excellent(), "grading.scales.excellent");
        BigDecimal four = threshold(edit.good(), "grading.scales.good");
        BigDecimal three = threshold(edit.satisfactory(), "grading.scales.satisfactory");
        if (five.compareTo(four) <= 0) {
            throw new DomainException("grading.scales.error.order", "grading.scales.good", plain(four), plain(five));
        }
        if (four.compareTo(three) <= 0) {
            throw new DomainException("grading.scales.error.order", "grading.scales.satisfactory", plain(three),
                    plain(four));
        }
        if (three.signum() <= 0) {
            throw new DomainException("grading.scales.error.aboveZero", "grading.scales.satisfactory");
        }
        return List.of(new Scale.Band(five, 5), new Scale.Band(four, 4), new Scale.Band(three, 3),
                new Scale.Band(BigDecimal.ZERO.setScale(2), 2));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal threshold(@Nullable BigDecimal value, String field) {
        if (value == null) {
            throw new DomainException("error.required", field);
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new DomainException("grading.scales.error.range", field, plain(value));
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Row row(GradeScale s) {
        Scale scale = s.toScale();
        return new Row(s.getId(), s.getVersion(), s.getCode(), scale.kind(), s.getNameRu(), s.getNameEn(),
                min(scale, 5), min(scale, 4), min(scale, 3));
    }

    private static @Nullable BigDecimal min(Scale scale, int grade) {
        return scale.bands().stream().filter(b -> b.grade() == grade).map(Scale.Band::minPoints).findFirst()
                .map(v -> new BigDecimal(plain(v))).orElse(null);
    }

    private static String describe(GradeScale s) {
        Scale scale = s.toScale();
        String bands = scale.bands().stream()
                .map(b -> b.grade() + " from " + plain(b.minPoints()))
                .collect(Collectors.joining(", "));
        return s.getNameRu() + " / " + s.getNameEn() + (bands.isEmpty() ? "" : "; " + bands);
    }
}
