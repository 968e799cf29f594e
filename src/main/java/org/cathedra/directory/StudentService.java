package org.cathedra.directory;

import org.cathedra.shared.SearchPattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cathedra.directory.ProgrammeLookup.ProgrammeOption;
import org.cathedra.directory.internal.StudentRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The learners: listed, created (optionally with a login), edited, deactivated and reactivated by admins. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class StudentService {

    private final StudentRepository students;
    private final ProgrammeLookup programmes;
    private final People people;
    private final AuditTrail trail;

    StudentService(StudentRepository students, ProgrammeLookup programmes, People people, AuditTrail trail) {
        this.students = students;
        this.programmes = programmes;
        this.people = people;
        this.trail = trail;
    }

    /** What the list asks for: a search text on name and e-mail, a kind of learner, a cohort, inactive ones too. */
    public record Filter(@Nullable String text, Student.@Nullable LearnerKind kind, @Nullable String cohort,
            boolean includeInactive) {
    }

    /** One page of students matching {@code filter}, by name unless the page asks for another order. */
    public Slice<StudentRow> list(Filter filter, Pageable pageable) {
        String cohort = filter.cohort() == null || filter.cohort().isBlank() ? null : filter.cohort().strip();
        return students.findRows(SearchPattern.containing(filter.text()), filter.kind(), cohort, filter.includeInactive(),
                Pages.sorted(pageable, Sort.by("lastName", "firstName")));
    }

    /** The cohorts students are in, for the filter. */
    public List<String> cohorts() {
        return students.findCohorts();
    }

    /** The programmes a student may be enrolled in, named in {@code locale}. */
    public List<ProgrammeOption> programmeChoices(Locale locale) {
        return programmes.activeProgrammes(locale);
    }

    /** Any programme by id, active or not, named in {@code locale}: for showing a student's current programme. */
    public Optional<ProgrammeOption> programme(long programmeId, Locale locale) {
        return programmes.find(programmeId, locale);
    }

    /** A student's current state, for the edit form. */
    public StudentForm edit(long id) {
        Student student = find(id);
        return StudentForm.of(student, people.login(student));
    }

    /**
     * Creates a student or saves the edit of one: the programme, when given, must be one for the student's kind of
     * learner, the start year plausible and the e-mail unique; a login is created too when the form asks for one.
     */
    @Transactional
    public long save(StudentForm form) {
        Student student = form.isNew() ? new Student() : find(form.getId());
        Map<String, String> before = null;
        if (!form.isNew()) {
            Versions.require(student, form.getVersion());
            before = AuditTrail.describe(student);
        }
        people.describe(student, form);
        if (form.getLearnerKind() == null) {
            throw new DomainException("error.required", "student.kind");
        }
        if (form.getStartYear() == null) {
            throw new DomainException("error.required", "student.startYear");
        }
        Long programmeId = form.getProgrammeId();
        if (programmeId != null) {
            ProgrammeOption programme = programmes.find(programmeId, Locale.ENGLISH)
                    .orElseThrow(() -> new NotFoundException("student.programme", programmeId));
            if (programme.learnerKind() != form.getLearnerKind()) {
                throw new DomainException("error.student.programmeKind", programme.code(),
                        "student.kind." + form.getLearnerKind().name());
            }
        }
        student.enrolIn(form.getLearnerKind(), programmeId, form.getCohort(), form.getStartYear());
        Student saved = people.store(student, students, form, UserAccount.Role.STUDENT);
        trail.saved(AuditTrail.STUDENT, saved.getId(), before, AuditTrail.describe(saved));
        return saved.getId();
    }

    /** Deactivates a student: the record stays, the student no longer shows in lists of current learners. */
    @Transactional
    public void deactivate(long id, long version) {
        Student student = find(id);
        Versions.require(student, version);
        student.deactivate();
        trail.stateChanged(AuditTrail.STUDENT, id, "deactivated", "active", true, false);
    }

    /** Makes a deactivated student active again. */
    @Transactional
    public void activate(long id, long version) {
        Student student = find(id);
        Versions.require(student, version);
        student.activate();
        trail.stateChanged(AuditTrail.STUDENT, id, "activated", "active", false, true);
    }

    private Student find(@Nullable Long id) {
        return students.findById(id == null ? -1L : id)
                .orElseThrow(() -> new NotFoundException("student.entity", id == null ? "—" : id));
    }
}
