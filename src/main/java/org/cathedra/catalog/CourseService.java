package org.cathedra.catalog;

import org.cathedra.shared.UniqueKeys;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cathedra.catalog.internal.CourseRepository;
import org.cathedra.catalog.internal.PrerequisiteGraph;
import org.cathedra.shared.SearchPattern;
import org.cathedra.catalog.internal.StaffDirectory;
import org.cathedra.catalog.internal.UniqueKey;
import org.cathedra.directory.Department;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Courses (disciplines, practice, final certification). Anyone signed in reads them; administrators keep them. */
@Service
@PreAuthorize(Roles.ANY)
@Transactional(readOnly = true)
public class CourseService {

    private final CourseRepository courses;
    private final StaffDirectory staff;
    private final PrerequisiteGraph prerequisites;

    CourseService(CourseRepository courses, StaffDirectory staff, PrerequisiteGraph prerequisites) {
        this.courses = courses;
        this.staff = staff;
        this.prerequisites = prerequisites;
    }

    /** A page of courses matching the filter, with their departments loaded, by code unless asked otherwise. */
    public Page<Course> list(Filter filter, Pageable pageable) {
        return courses.search(SearchPattern.containing(filter.text()), filter.departmentId(), filter.assessmentForm(),
                filter.includeInactive(), Paging.orderedBy(pageable, Sort.by("code")));
    }

    /** One course with its department loaded. */
    public Course get(long id) {
        return courses.findWithDepartment(id).orElseThrow(() -> new NotFoundException("catalog.record.course", id));
    }

    /** The active departments, by code, to choose a course's department from. */
    public List<Department> departments() {
        return staff.activeDepartments();
    }

    /** Creates a course; its code must not be in use and its department must be active. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Course create(Draft draft) {
        checkCodeFree(draft.code(), null);
        Course course = store(new Course(draft.code(), draft.nameRu(), draft.nameEn(), department(draft, null),
                draft.load(), draft.assessmentForm(), draft.component()));
        if (draft.prerequisiteIds() != null) {
            requireExactly(course, draft.prerequisiteIds());
        }
        return course;
    }

    /** Changes a course as last seen at {@code version}; a newer version in the database refuses the change. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Course update(long id, long version, Draft draft) {
        Course course = current(id, version);
        checkCodeFree(draft.code(), id);
        course.define(draft.code(), draft.nameRu(), draft.nameEn(), department(draft, course.getDepartment()),
                draft.load(), draft.assessmentForm(), draft.component());
        Course saved = store(course);
        if (draft.prerequisiteIds() != null) {
            requireExactly(saved, draft.prerequisiteIds());
        }
        return saved;
    }

    /** The courses to be taken before {@code courseId}, by code. */
    public List<Course> prerequisites(long courseId) {
        return byCode(courses.findAllById(prerequisites.of(courseId)));
    }

    /** The prerequisite codes of each of {@code courseIds}, by code; courses without any are missing. */
    public Map<Long, List<String>> prerequisiteCodes(Collection<Long> courseIds) {
        return prerequisites.codes(courseIds);
    }

    /**
     * What {@code courseId} may require (any course when null, for a new one): every other active course, and the
     * inactive ones it requires already, by code.
     */
    public List<Course> prerequisiteChoices(@Nullable Long courseId) {
        Set<Long> current = courseId == null ? Set.of() : Set.copyOf(prerequisites.of(courseId));
        return byCode(courses.findAll().stream()
                .filter(c -> !c.getId().equals(courseId) && (c.isActive() || current.contains(c.getId()))).toList());
    }

    /**
     * Makes the prerequisites of a course exactly {@code prerequisiteIds}: never the course itself, never a course
     * that requires it already (directly or through others), which would close a cycle nobody could enter.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void setPrerequisites(long courseId, Collection<Long> prerequisiteIds) {
        requireExactly(get(courseId), prerequisiteIds);
    }

    /** Adds one prerequisite to a course, under the rules of {@link #setPrerequisites}. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void addPrerequisite(long courseId, long prerequisiteId) {
        Set<Long> wanted = new LinkedHashSet<>(prerequisites.of(courseId));
        wanted.add(prerequisiteId);
        requireExactly(get(courseId), wanted);
    }

    private void requireExactly(Course course, Collection<Long> prerequisiteIds) {
        long courseId = course.getId();
        Set<Long> wanted = new LinkedHashSet<>(prerequisiteIds);
        if (wanted.contains(courseId)) {
            throw new DomainException("error.prerequisite.self", course.getCode());
        }
        Map<Long, Course> found = new HashMap<>();
        courses.findAllById(wanted).forEach(c -> found.put(c.getId(), c));
        for (long id : wanted) {
            if (!found.containsKey(id)) {
                throw new NotFoundException("catalog.record.course", id);
            }
        }
        Map<Long, Set<Long>> edges = prerequisites.lockAll();
        edges.remove(courseId);
        for (long id : wanted) {
            List<Long> path = PrerequisiteGraph.path(edges, id, courseId);
            if (path != null) {
                Map<Long, String> codes = new HashMap<>();
                courses.findAllById(path).forEach(c -> codes.put(c.getId(), c.getCode()));
                throw new DomainException("error.prerequisite.cycle", course.getCode(), found.get(id).getCode(),
                        String.join(" → ", path.stream().map(codes::get).toList()));
            }
        }
        prerequisites.replace(courseId, wanted);
    }

    private static List<Course> byCode(Collection<Course> list) {
        return list.stream().sorted(Comparator.comparing(Course::getCode)).toList();
    }

    /** Withdraws a course from new offerings; its past offerings and grades stay. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Course deactivate(long id, long version) {
        Course course = current(id, version);
        course.deactivate();
        return store(course);
    }

    /** Makes a deactivated course available again. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Course activate(long id, long version) {
        Course course = current(id, version);
        course.activate();
        return store(course);
    }

    private Course current(long id, long version) {
        Course course = get(id);
        if (course.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Course.class, id);
        }
        return course;
    }

    // a course may keep a department that was closed meanwhile, but is not moved into a closed one
    private @Nullable Department department(Draft draft, @Nullable Department kept) {
        if (draft.departmentId() == null) {
            return null;
        }
        if (kept != null && Objects.equals(kept.getId(), draft.departmentId())) {
            return kept;
        }
        Department department = staff.department(draft.departmentId())
                .orElseThrow(() -> new NotFoundException("catalog.record.department", draft.departmentId()));
        if (!department.isActive()) {
            throw new DomainException("error.course.inactiveDepartment", department.getCode());
        }
        return department;
    }

    private void checkCodeFree(@Nullable String code, @Nullable Long exceptId) {
        String normalized = Text.required(code, "course.code", Course.CODE_MAX).toUpperCase(Locale.ROOT);
        if (courses.codeTaken(normalized, exceptId)) {
            throw new DomainException("error.duplicateCode", normalized);
        }
    }

    private Course store(Course course) {
        try {
            return courses.saveAndFlush(course);
        } catch (DataIntegrityViolationException e) {
            if (UniqueKeys.isViolated(e, UniqueKey.COURSE_CODE)) {
                throw new DomainException("error.duplicateCode", course.getCode());
            }
            throw e;
        }
    }

    /** What the course list shows: text in code or names, a department, an assessment form, inactive ones or not. */
    public record Filter(@Nullable String text, @Nullable Long departmentId,
            Course.@Nullable AssessmentForm assessmentForm, boolean includeInactive) {

        public static final Filter ALL = new Filter(null, null, null, true);

        /** Active courses whose code or name contains {@code text}: what a course picker offers. */
        public static Filter activeMatching(@Nullable String text) {
            return new Filter(text, null, null, false);
        }
    }

    /**
     * A course as entered; the load is in academic hours (whole hours, any number of credit units). The
     * prerequisites are left as they are when {@code prerequisiteIds} is null.
     */
    public record Draft(@Nullable String code, @Nullable String nameRu, @Nullable String nameEn,
            @Nullable Long departmentId, @Nullable StudyLoad load, Course.@Nullable AssessmentForm assessmentForm,
            Course.@Nullable Component component, @Nullable Set<Long> prerequisiteIds) {

        /** A course as entered, its prerequisites left as they are. */
        public Draft(@Nullable String code, @Nullable String nameRu, @Nullable String nameEn,
                @Nullable Long departmentId, @Nullable StudyLoad load, Course.@Nullable AssessmentForm assessmentForm,
                Course.@Nullable Component component) {
            this(code, nameRu, nameEn, departmentId, load, assessmentForm, component, null);
        }
    }
}
