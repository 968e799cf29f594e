package org.cathedra.directory;

import org.cathedra.shared.UniqueKeys;
import org.cathedra.shared.SearchPattern;
import java.util.List;
import java.util.Map;
import org.cathedra.directory.internal.DepartmentRepository;
import org.cathedra.directory.internal.TeacherRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The departments of the institute: listed for staff, created, edited, deactivated and reactivated by admins. */
@Service
@PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
@Transactional(readOnly = true)
public class DepartmentService {

    static final String CODE_KEY = "uk_department_code";

    private final DepartmentRepository departments;
    private final TeacherRepository teachers;
    private final AuditTrail trail;

    DepartmentService(DepartmentRepository departments, TeacherRepository teachers, AuditTrail trail) {
        this.departments = departments;
        this.teachers = teachers;
        this.trail = trail;
    }

    /** What the list asks for: a search text on code and names, and whether deactivated ones are shown. */
    public record Filter(@Nullable String text, boolean includeInactive) {
    }

    /** One page of departments matching {@code filter}, by code unless the page asks for another order. */
    public Slice<DepartmentRow> list(Filter filter, Pageable pageable) {
        return departments.findRows(SearchPattern.containing(filter.text()), filter.includeInactive(),
                Pages.sorted(pageable, Sort.by("code")));
    }

    /** Every department, active ones first, then by code: for filters, and (the active ones) for choosing one. */
    public List<DepartmentOption> options() {
        return departments.findAll(Sort.by(Sort.Order.desc("active"), Sort.Order.asc("code"))).stream()
                .map(DepartmentOption::of).toList();
    }

    /** A department's current state, for the edit form. */
    @PreAuthorize(Roles.IS_ADMIN)
    public DepartmentForm edit(long id) {
        return DepartmentForm.of(find(id));
    }

    /** The active teachers of a department, who may be appointed its head. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<TeacherOption> headCandidates(long departmentId) {
        return teachers.findByDepartmentIdAndActiveTrueOrderByLastNameAscFirstNameAsc(departmentId).stream()
                .map(TeacherOption::of).toList();
    }

    /** Creates a department or saves the edit of one; refuses duplicate codes and heads from elsewhere. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public long save(DepartmentForm form) {
        String code = Department.normalizeCode(form.getCode());
        if (form.isNew() ? departments.existsByCode(code) : departments.existsByCodeAndIdNot(code, form.getId())) {
            throw duplicate(code);
        }
        Department department;
        Map<String, String> before = null;
        if (form.isNew()) {
            if (form.getHeadId() != null) {
                throw new DomainException("error.department.newHead");
            }
            department = new Department(code, form.getNameRu(), form.getNameEn());
        } else {
            department = find(form.getId());
            Versions.require(department, form.getVersion());
            before = AuditTrail.describe(department);
            department.rename(code, form.getNameRu(), form.getNameEn());
            department.setHead(form.getHeadId() == null ? null : teachers.findById(form.getHeadId())
                    .orElseThrow(() -> new NotFoundException("teacher.entity", form.getHeadId())));
        }
        Department saved;
        try {
            saved = departments.saveAndFlush(department);
        } catch (DataIntegrityViolationException e) {
            // another administrator stored the same code after the check above
            throw UniqueKeys.explain(e, Map.of(CODE_KEY, () -> duplicate(code)));
        }
        trail.saved(AuditTrail.DEPARTMENT, saved.getId(), before, AuditTrail.describe(saved));
        return saved.getId();
    }

    /** Deactivates a department: it stays on record but is no longer offered for new teachers. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void deactivate(long id, long version) {
        Department department = find(id);
        Versions.require(department, version);
        department.deactivate();
        trail.stateChanged(AuditTrail.DEPARTMENT, id, "deactivated", "active", true, false);
    }

    /** Makes a deactivated department active again. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void activate(long id, long version) {
        Department department = find(id);
        Versions.require(department, version);
        department.activate();
        trail.stateChanged(AuditTrail.DEPARTMENT, id, "activated", "active", false, true);
    }

    private Department find(@Nullable Long id) {
        return departments.findById(id == null ? -1L : id)
                .orElseThrow(() -> new NotFoundException("department.entity", id == null ? "—" : id));
    }

    private static DomainException duplicate(String code) {
        return new DomainException("error.duplicateCode", code);
    }
}
