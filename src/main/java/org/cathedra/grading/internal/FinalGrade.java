package org.cathedra.grading.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.cathedra.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A final grade written when the office confirms the examination sheet: the record book's entry. */
@Entity
@Table(name = "final_grade")
public class FinalGrade extends AbstractEntity {

    @Column(name = "scheme_id", nullable = false, updatable = false)
    private long schemeId;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long studentId;

    @Column
    private @Nullable Integer grade;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "graded_on", nullable = false)
    private LocalDate gradedOn;

    @Column(name = "teacher_name", nullable = false, length = 200)
    private String teacherName;

    protected FinalGrade() {
    }

    public FinalGrade(long schemeId, long studentId, @Nullable Integer grade, boolean passed, LocalDate gradedOn,
            String teacherName) {
        this.schemeId = schemeId;
        this.studentId = studentId;
        set(grade, passed, gradedOn);
        this.teacherName = teacherName;
    }

    public void set(@Nullable Integer grade, boolean passed, LocalDate gradedOn) {
        this.grade = grade;
        this.passed = passed;
        this.gradedOn = gradedOn;
    }

    public long getSchemeId() {
        return schemeId;
    }

    public long getStudentId() {
        return studentId;
    }

    public @Nullable Integer getGrade() {
        return grade;
    }

    public boolean isPassed() {
        return passed;
    }

    public LocalDate getGradedOn() {
        return gradedOn;
    }

    public String getTeacherName() {
        return teacherName;
    }

    public String describe() {
        return grade == null ? "incomplete" : "grade=" + grade + (passed ? ", passed" : ", failed");
    }
}
