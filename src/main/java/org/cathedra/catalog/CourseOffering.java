package org.cathedra.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cathedra.directory.Teacher;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;

/** A course taught in a term to one group ("section"), by its teachers, for at most {@code capacity} people. */
@Entity
@Table(name = "course_offering")
public class CourseOffering extends AbstractEntity {

    public static final int SECTION_MAX = 20;
    public static final int MAX_CAPACITY = 1000;
    public static final String DEFAULT_SECTION = "A";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false)
    private Term term;

    @Column(nullable = false, length = SECTION_MAX)
    private String section = "A";

    @Column(nullable = false)
    private int capacity;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "offering_teacher", joinColumns = @JoinColumn(name = "offering_id"),
            inverseJoinColumns = @JoinColumn(name = "teacher_id"))
    private Set<Teacher> teachers = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    protected CourseOffering() {
    }

    public CourseOffering(Course course, Term term, @Nullable String section, int capacity,
            Collection<Teacher> teachers) {
        define(course, term, section, capacity, teachers);
    }

    /** Sets what is offered, when, to how many, and by whom; capacity is 1 to 1000. */
    public void define(Course course, Term term, @Nullable String section, int capacity,
            Collection<Teacher> teachers) {
        if (course == null) {
            throw new DomainException("error.required", "offering.course");
        }
        if (term == null) {
            throw new DomainException("error.required", "offering.term");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new DomainException("error.range", "offering.capacity", 1, MAX_CAPACITY);
        }
        String sec = Text.optional(section, "offering.section", SECTION_MAX);
        this.course = course;
        this.term = term;
        this.section = sec == null ? DEFAULT_SECTION : sec;
        this.capacity = capacity;
        this.teachers = new LinkedHashSet<>(teachers == null ? Set.of() : teachers);
    }

    public Course getCourse() {
        return course;
    }

    public Term getTerm() {
        return term;
    }

    public String getSection() {
        return section;
    }

    public int getCapacity() {
        return capacity;
    }

    public Set<Teacher> getTeachers() {
        return Set.copyOf(teachers);
    }

    public boolean isTaughtBy(Long teacherId) {
        return teachers.stream().anyMatch(t -> teacherId.equals(t.getId()));
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
}
