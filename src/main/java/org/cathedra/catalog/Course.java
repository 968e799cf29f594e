package org.cathedra.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import org.cathedra.directory.Department;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;

/** A course (discipline, practice block or final certification) taught by a department. */
@Entity
@Table(name = "course")
public class Course extends AbstractEntity {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code = "";

    @Column(name = "name_ru", nullable = false, length = NAME_MAX)
    private String nameRu = "";

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn = "";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "academic_hours", nullable = false)
    private int academicHours;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_form", nullable = false, length = 20)
    private AssessmentForm assessmentForm = AssessmentForm.EXAM;

    @Enumerated(EnumType.STRING)
    @Column(name = "component", nullable = false, length = 20)
    private Component component = Component.DISCIPLINE;

    @Column(nullable = false)
    private boolean active = true;

    protected Course() {
    }

    public Course(String code, String nameRu, String nameEn, Department department, StudyLoad load,
            AssessmentForm form, Component component) {
        define(code, nameRu, nameEn, department, load, form, component);
    }

    /** Sets every attribute at once. */
    public void define(String code, String nameRu, String nameEn, Department department, StudyLoad load,
            AssessmentForm form, Component component) {
        if (department == null) {
            throw new DomainException("error.required", "course.department");
        }
        if (load == null) {
            throw new DomainException("error.required", "course.load");
        }
        if (form == null) {
            throw new DomainException("error.required", "course.assessmentForm");
        }
        this.code = Text.required(code, "course.code", CODE_MAX).toUpperCase(Locale.ROOT);
        this.nameRu = Text.required(nameRu, "course.nameRu", NAME_MAX);
        this.nameEn = Text.required(nameEn, "course.nameEn", NAME_MAX);
        this.department = department;
        this.academicHours = load.academicHours();
        this.assessmentForm = form;
        this.component = component == null ? Component.DISCIPLINE : component;
    }

    public String getCode() {
        return code;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    public Department getDepartment() {
        return department;
    }

    public StudyLoad getLoad() {
        return new StudyLoad(academicHours);
    }

    public AssessmentForm getAssessmentForm() {
        return assessmentForm;
    }

    public Component getComponent() {
        return component;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** How the course ends: an exam and a graded credit are on the five-point scale, a credit is pass/fail. */
    public enum AssessmentForm { EXAM, GRADED_CREDIT, PASS_FAIL }

    /** Which part of a curriculum the course counts towards (residency: disciplines, practice, certification). */
    public enum Component { DISCIPLINE, PRACTICE, FINAL_CERTIFICATION }
}
