package org.cathedra.directory;

import org.cathedra.shared.SearchPattern;
import java.util.Map;
import java.util.Objects;
import org.cathedra.directory.internal.DepartmentRepository;
import org.cathedra.directory.internal.TeacherRepository;
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

/** The teaching staff: listed, created (optionally with a login), edited, deactivated and reactivated by admins. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class TeacherService {

    private final TeacherRepository teachers;
    private final DepartmentRepository departments;
    private final People people;
    private final AuditTrail trail;

    TeacherService(TeacherRepository teachers, DepartmentRepository departments, People people, AuditTrail trail) {
        this.teachers = teachers;
        this.departments = departments;
        this.people = people;
        this.trail = trail;
    }

    /** What the list asks for: a search text on name and e-mail, a department, and whether to show inactive ones. */
    public record Filter(@Nullable String text, @Nullable Long departmentId, boolean includeInactive) {
    }

    /** One page of teachers matching {@code filter}, by name unless the page asks for another order. */
    public Slice<TeacherRow> list(Filter filter, Pageable pageable) {
        return teachers.findRows(SearchPattern.containing(filter.text()), filter.departmentId(), filter.includeInactive(),
                Pages.sorted(pageable, Sort.by("lastName", "firstName")));
    }

    /** A teacher's current state, for the edit form. */
    public TeacherForm edit(long id) {
        Teacher teacher = find(id);
        return TeacherForm.of(teacher, people.login(teacher));
    }

    /**
     * Creates a teacher or saves the edit of one. The department must be active when it is chosen, the head of a
     * department stays in it, and the e-mail is unique; a login is created too when the form asks for one.
     */
    @Transactional
    public long save(TeacherForm form) {
        Teacher teacher = form.isNew() ? new Teacher() : find(form.getId());
        Map<String, String> before = null;
        if (!form.isNew()) {
            Versions.require(teacher, form.getVersion());
            before = AuditTrail.describe(teacher);
        }
        people.describe(teacher, form);
        if (form.getDepartmentId() == null) {
            throw new DomainException("error.required", "teacher.department");
        }
        Department department = departments.findById(form.getDepartmentId())
                .orElseThrow(() -> new NotFoundException("department.entity", form.getDepartmentId()));
        boolean moves = form.isNew() || !Objects.equals(department.getId(), teacher.getDepartment().getId());
        if (moves && !department.isActive()) {
            throw new DomainException("error.department.inactive", department.getCode());
        }
        if (moves && !form.isNew()) {
            refuseIfHead(teacher);
        }
        teacher.assign(department, form.getPosition(), form.getDegree(), form.isExternal());
        Teacher saved = people.store(teacher, teachers, form, UserAccount.Role.TEACHER);
        trail.saved(AuditTrail.TEACHER, saved.getId(), before, AuditTrail.describe(saved));
        return saved.getId();
    }

    /** Deactivates a teacher, who must not head a department at the time. */
    @Transactional
    public void deactivate(long id, long version) {
        Teacher teacher = find(id);
        Versions.require(teacher, version);
        refuseIfHead(teacher);
        teacher.deactivate();
        trail.stateChanged(AuditTrail.TEACHER, id, "deactivated", "active", true, false);
    }

    /** Makes a deactivated teacher active again. */
    @Transactional
    public void activate(long id, long version) {
        Teacher teacher = find(id);
        Versions.require(teacher, version);
        teacher.activate();
        trail.stateChanged(AuditTrail.TEACHER, id, "activated", "active", false, true);
    }

    private void refuseIfHead(Teacher teacher) {
        departments.findByHeadId(teacher.getId()).ifPresent(d -> {
            throw new DomainException("error.teacher.isHead", teacher.getFullName(), d.getCode());
        });
    }

    private Teacher find(@Nullable Long id) {
        return teachers.findById(id == null ? -1L : id)
                .orElseThrow(() -> new NotFoundException("teacher.entity", id == null ? "—" : id));
    }
}
