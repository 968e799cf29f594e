package org.cathedra.directory;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cathedra.shared.DomainException;

/** A teacher, who belongs to exactly one department; external experts are teachers too. */
@Entity
@Table(name = "teacher")
@DiscriminatorValue("TEACHER")
public class Teacher extends Person {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Position position = Position.ASSISTANT;

    @Enumerated(EnumType.STRING)
    @Column(name = "academic_degree", nullable = false, length = 30)
    private AcademicDegree degree = AcademicDegree.NONE;

    @Column(nullable = false)
    private boolean external;

    protected Teacher() {
    }

    public Teacher(Department department, Position position, AcademicDegree degree) {
        assign(department, position, degree, false);
    }

    /** Places the teacher in a department with a position and degree. */
    public void assign(Department department, Position position, AcademicDegree degree, boolean external) {
        if (department == null) {
            throw new DomainException("error.required", "teacher.department");
        }
        if (position == null) {
            throw new DomainException("error.required", "teacher.position");
        }
        this.department = department;
        this.position = position;
        this.degree = degree == null ? AcademicDegree.NONE : degree;
        this.external = external;
    }

    public Department getDepartment() {
        return department;
    }

    public Position getPosition() {
        return position;
    }

    public AcademicDegree getDegree() {
        return degree;
    }

    public boolean isExternal() {
        return external;
    }

    /** Academic positions, in Russian practice. */
    public enum Position { PROFESSOR, ASSOCIATE_PROFESSOR, SENIOR_LECTURER, ASSISTANT, HEAD_OF_DEPARTMENT }

    /** Academic degrees (Russian system: candidate and doctor of sciences). */
    public enum AcademicDegree { NONE, CANDIDATE, DOCTOR }
}
