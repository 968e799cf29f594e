package org.cathedra.grading.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.cathedra.grading.ComponentKind;
import org.cathedra.grading.FinalGradeCalculator;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;

/** One component of a scheme: a test, practical work, colloquium or exam, with its weight and scale. */
@Entity
@Table(name = "assessment_component")
public class AssessmentComponent extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);

    @Column(name = "scheme_id", nullable = false, updatable = false)
    private long schemeId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComponentKind kind = ComponentKind.TEST;

    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @Column(nullable = false, precision = 7, scale = 3)
    private BigDecimal weight = BigDecimal.ZERO;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "scale_id", nullable = false)
    private GradeScale scale;

    @Column(name = "must_pass", nullable = false)
    private boolean mustPass;

    protected AssessmentComponent() {
    }

    public AssessmentComponent(long schemeId, int position, ComponentKind kind, String name, BigDecimal weight,
            GradeScale scale, boolean mustPass) {
        if (weight == null || weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0 || weight.scale() > 3) {
            throw new DomainException("grading.error.weight", weight == null ? "" : weight.toPlainString());
        }
        this.schemeId = schemeId;
        this.position = position;
        this.kind = kind;
        this.name = Text.required(name, "grading.component.name", NAME_MAX);
        this.weight = weight;
        this.scale = scale;
        this.mustPass = mustPass;
    }

    public FinalGradeCalculator.Part toPart() {
        return new FinalGradeCalculator.Part(getId(), name, weight, scale.toScale(), mustPass);
    }

    public long getSchemeId() {
        return schemeId;
    }

    public int getPosition() {
        return position;
    }

    public ComponentKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public GradeScale getScale() {
        return scale;
    }

    public boolean isMustPass() {
        return mustPass;
    }
}
