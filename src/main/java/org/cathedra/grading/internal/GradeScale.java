package org.cathedra.grading.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cathedra.grading.Scale;
import org.cathedra.shared.AbstractEntity;

/** A grade scale stored as data: its kind and, for a 100-point scale, its conversion bands. */
@Entity
@Table(name = "grade_scale")
public class GradeScale extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 30)
    private String code = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Scale.Kind kind = Scale.Kind.FIVE_POINT;

    @Column(name = "name_ru", nullable = false, length = 100)
    private String nameRu = "";

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grade_scale_band", joinColumns = @JoinColumn(name = "scale_id"))
    private List<StoredBand> bands = new ArrayList<>();

    protected GradeScale() {
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void rename(String nameRu, String nameEn) {
        this.nameRu = nameRu;
        this.nameEn = nameEn;
    }

    /** Replaces the conversion bands (a 100-point scale only); the caller has checked them. */
    public void convertBy(List<Scale.Band> newBands) {
        bands.clear();
        for (Scale.Band b : newBands) {
            StoredBand stored = new StoredBand();
            stored.grade = b.grade();
            stored.minPoints = b.minPoints();
            bands.add(stored);
        }
    }

    public Scale toScale() {
        return new Scale(code, kind, bands.stream().map(b -> new Scale.Band(b.minPoints, b.grade)).toList());
    }

    /** One conversion band. */
    @Embeddable
    public static class StoredBand {
        @Column(nullable = false)
        private int grade;

        @Column(name = "min_points", nullable = false, precision = 5, scale = 2)
        private BigDecimal minPoints = BigDecimal.ZERO;
    }
}
