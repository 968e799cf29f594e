package org.cathedra.catalog;

import org.cathedra.shared.UniqueKeys;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cathedra.catalog.internal.CourseOfferingRepository;
import org.cathedra.catalog.internal.CourseRepository;
import org.cathedra.shared.SearchPattern;
import org.cathedra.catalog.internal.StaffDirectory;
import org.cathedra.catalog.internal.TermRepository;
import org.cathedra.catalog.internal.UniqueKey;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.Teacher;
import org.cathedra.directory.UserAccount;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Course offerings: a course in a term, for a section of at most {@code capacity} people, with its teachers.
 * Administrators keep them; a teacher reads the offerings they teach. Offerings handed out are complete: course,
 * its department, term, and teachers with their departments are loaded.
 */
@Service
@PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
@Transactional(readOnly = true)
public class OfferingService {

    private static final Sort DEFAULT_ORDER = Sort.by(Sort.Order.desc("term.academicYear"),
            Sort.Order.asc("term.startsOn"), Sort.Order.asc("course.code"), Sort.Order.asc("section"));

    private final CourseOfferingRepository offerings;
    private final CourseRepository courses;
    private final TermRepository terms;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final InstituteSettings settings;

    OfferingService(CourseOfferingRepository offerings, CourseRepository courses, TermRepository terms,
            StaffDirectory staff, CurrentUser currentUser, Clock clock, InstituteSettings settings) {
        this.offerings = offerings;
        this.courses = courses;
        this.terms = terms;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
        this.settings = settings;
    }

    /** A page of offerings matching the filter, newest term first unless the page asks otherwise. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Page<CourseOffering> list(Filter filter, Pageable pageable) {
        return withTeachers(offerings.search(filter.termId(), filter.departmentId(),
                SearchPattern.containing(filter.text()), filter.includeInactive(),
                Paging.orderedBy(pageable, DEFAULT_ORDER)));
    }

    /** The active offerings a teacher teaches, in one term or in all; a teacher may ask only about themselves. */
    public Page<CourseOffering> taughtBy(long teacherPersonId, @Nullable Long termId, Pageable pageable) {
        checkSelfOrAdmin(teacherPersonId);
        return withTeachers(offerings.taughtBy(teacherPersonId, termId, Paging.orderedBy(pageable, DEFAULT_ORDER)));
    }

    /** The active offerings a teacher teaches in the terms running today; a teacher may ask only about themselves. */
    public List<CourseOffering> currentlyTaughtBy(long teacherPersonId) {
        checkSelfOrAdmin(teacherPersonId);
        List<CourseOffering> found = offerings.taughtByOn(teacherPersonId,
                LocalDate.now(clock.withZone(settings.zone())));
        loadTeachers(found);
        return found;
    }

    /** Active teachers whose name or department code contains {@code text}, those of one department first. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<TeacherChoice> teacherChoices(@Nullable Long departmentFirst, @Nullable String text,
            Pageable pageable) {
        return staff.activeTeachers(departmentFirst, SearchPattern.containing(text),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /** Creates an offering; a course has one offering per term and section. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public CourseOffering create(Draft draft) {
        Course course = course(draft, null);
        Term term = term(draft);
        Collection<Teacher> teachers = teachers(draft.teacherIds(), Set.of());
        checkSectionFree(draft, null);
        return store(new CourseOffering(course, term, draft.section(), draft.capacity(), teachers));
    }

    /** Changes an offering as last seen at {@code version}; a newer version in the database refuses the change. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public CourseOffering update(long id, long version, Draft draft) {
        CourseOffering offering = current(id, version);
        Course course = course(draft, offering.getCourse());
        Term term = term(draft);
        Collection<Teacher> teachers = teachers(draft.teacherIds(), offering.getTeachers());
        checkSectionFree(draft, id);
        offering.define(course, term, draft.section(), draft.capacity(), teachers);
        return store(offering);
    }

    /** Closes an offering to new enrollments; who was enrolled and graded stays. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public CourseOffering deactivate(long id, long version) {
        CourseOffering offering = current(id, version);
        offering.deactivate();
        return store(offering);
    }

    /** Opens a deactivated offering again. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public CourseOffering activate(long id, long version) {
        CourseOffering offering = current(id, version);
        offering.activate();
        return store(offering);
    }

    private void checkSelfOrAdmin(long teacherPersonId) {
        CathedraUser user = currentUser.require();
        if (!user.is(UserAccount.Role.ADMIN) && !Objects.equals(user.personId(), teacherPersonId)) {
            throw new AccessDeniedException("offerings of another teacher");
        }
    }

    private CourseOffering current(long id, long version) {
        CourseOffering offering = offerings.findWithCourseAndTerm(id)
                .orElseThrow(() -> new NotFoundException("catalog.record.offering", id));
        if (offering.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(CourseOffering.class, id);
        }
        loadTeachers(List.of(offering));
        return offering;
    }

    // an offering may keep a course that was withdrawn meanwhile, but a withdrawn course gets no new offering
    private @Nullable Course course(Draft draft, @Nullable Course kept) {
        if (draft.courseId() == null) {
            return null;
        }
        if (kept != null && Objects.equals(kept.getId(), draft.courseId())) {
            return kept;
        }
        Course course = courses.findWithDepartment(draft.courseId())
                .orElseThrow(() -> new NotFoundException("catalog.record.course", draft.courseId()));
        if (!course.isActive()) {
            throw new DomainException("error.offering.inactiveCourse", course.getCode());
        }
        return course;
    }

    private @Nullable Term term(Draft draft) {
        if (draft.termId() == null) {
            return null;
        }
        return terms.findById(draft.termId()).orElseThrow(() -> new NotFoundException("catalog.record.term",
                draft.termId()));
    }

    // teachers who left keep their past offerings, but are not given new ones
    private Collection<Teacher> teachers(Set<Long> ids, Set<Teacher> kept) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Teacher> found = staff.teachers(ids);
        if (found.size() != ids.size()) {
            Long missing = ids.stream().filter(id -> found.stream().noneMatch(t -> id.equals(t.getId())))
                    .findFirst().orElseThrow();
            throw new NotFoundException("catalog.record.teacher", missing);
        }
        for (Teacher teacher : found) {
            if (!teacher.isActive() && !kept.contains(teacher)) {
                throw new DomainException("error.offering.inactiveTeacher", teacher.getFullName());
            }
        }
        return found;
    }

    private void checkSectionFree(Draft draft, @Nullable Long exceptId) {
        if (draft.courseId() == null || draft.termId() == null) {
            return;
        }
        String section = Text.optional(draft.section(), "offering.section", CourseOffering.SECTION_MAX);
        String normalized = section == null ? CourseOffering.DEFAULT_SECTION : section;
        if (offerings.sectionTaken(draft.courseId(), draft.termId(), normalized, exceptId)) {
            throw new DomainException("error.offering.duplicate", normalized);
        }
    }

    private CourseOffering store(CourseOffering offering) {
        try {
            return offerings.saveAndFlush(offering);
        } catch (DataIntegrityViolationException e) {
            if (UniqueKeys.isViolated(e, UniqueKey.OFFERING_SECTION)) {
                throw new DomainException("error.offering.duplicate", offering.getSection());
            }
            throw e;
        }
    }

    private Page<CourseOffering> withTeachers(Page<CourseOffering> page) {
        loadTeachers(page.getContent());
        return page;
    }

    private void loadTeachers(List<CourseOffering> loaded) {
        if (!loaded.isEmpty()) {
            offerings.fetchTeachers(loaded.stream().map(CourseOffering::getId).toList());
        }
    }

    /** What the offering list shows: a term, a department, text in course, section or teacher; inactive or not. */
    public record Filter(@Nullable Long termId, @Nullable Long departmentId, @Nullable String text,
            boolean includeInactive) {

        public static final Filter ALL = new Filter(null, null, null, true);
    }

    /** An offering as entered; a blank section is section "A". */
    public record Draft(@Nullable Long courseId, @Nullable Long termId, @Nullable String section, int capacity,
            Set<Long> teacherIds) {

        public Draft {
            teacherIds = Set.copyOf(teacherIds);
        }
    }
}
