package org.cathedra.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;

/** One course of a programme's curriculum, taken in a given year of study (1 to 6). */
@Entity
@Table(name = "curriculum_entry")
public class CurriculumEntry extends AbstractEntity {

    public static final int MAX_YEAR = 6;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "year_of_study", nullable = false)
    private int yearOfStudy;

    @Column(nullable = false)
    private boolean mandatory = true;

    protected CurriculumEntry() {
    }

    public CurriculumEntry(Programme programme, Course course, int yearOfStudy, boolean mandatory) {
        if (programme == null || course == null) {
            throw new DomainException("error.required", programme == null ? "curriculum.programme" : "curriculum.course");
        }
        if (yearOfStudy < 1 || yearOfStudy > MAX_YEAR) {
            throw new DomainException("error.range", "curriculum.yearOfStudy", 1, MAX_YEAR);
        }
        this.programme = programme;
        this.course = course;
        this.yearOfStudy = yearOfStudy;
        this.mandatory = mandatory;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Course getCourse() {
        return course;
    }

    public int getYearOfStudy() {
        return yearOfStudy;
    }

    public boolean isMandatory() {
        return mandatory;
    }
}
