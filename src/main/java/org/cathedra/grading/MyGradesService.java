package org.cathedra.grading;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.directory.CurrentUser;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.grading.internal.AssessmentComponent;
import org.cathedra.grading.internal.AssessmentScheme;
import org.cathedra.grading.internal.ComponentRepository;
import org.cathedra.grading.internal.FinalGrade;
import org.cathedra.grading.internal.FinalGradeRepository;
import org.cathedra.grading.internal.Mark;
import org.cathedra.grading.internal.MarkRepository;
import org.cathedra.grading.internal.SchemeRepository;
import org.cathedra.grading.internal.Sheets;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's own grades: their published marks in every offering they are enrolled in, and the final grade with how
 * it was computed. There is no parameter naming a student: it is always the signed-in one.
 */
@Service
@PreAuthorize("hasRole('" + Roles.STUDENT + "')")
@Transactional(readOnly = true)
public class MyGradesService {

    private final EntityManager em;
    private final SchemeRepository schemes;
    private final ComponentRepository components;
    private final MarkRepository marks;
    private final FinalGradeRepository finals;
    private final CurrentUser currentUser;

    MyGradesService(EntityManager em, SchemeRepository schemes, ComponentRepository components, MarkRepository marks,
            FinalGradeRepository finals, CurrentUser currentUser) {
        this.em = em;
        this.schemes = schemes;
        this.components = components;
        this.marks = marks;
        this.finals = finals;
        this.currentUser = currentUser;
    }

    /** One published mark of one attempt. */
    public record MyMark(ComponentInfo component, int attempt, String text, @Nullable Instant publishedAt) {
    }

    /** One offering: the components, the published marks, the computation, and the locked final grade if any. */
    public record MyCourse(OfferingRef offering, List<ComponentInfo> components, List<MyMark> marks,
            Computation computation, @Nullable Integer lockedGrade, boolean lockedPassed,
            @Nullable LocalDate lockedOn) {
    }

    /** The student's offerings that have an assessment scheme, with only what has been published. */
    public List<MyCourse> myCourses(Locale locale) {
        long me = currentUser.requirePersonId();
        List<CourseOffering> offerings = em.createQuery("""
                select o from CourseOffering o join fetch o.course join fetch o.term t where o.id in (
                  select e.offeringId from Enrollment e where e.studentId = :me and e.status = :status)
                order by t.startsOn, o.course.code""", CourseOffering.class)
                .setParameter("me", me).setParameter("status", Enrollment.Status.ENROLLED).getResultList();
        if (offerings.isEmpty()) {
            return List.of();
        }
        Map<Long, AssessmentScheme> schemeOf = schemes.findByOfferingIdIn(
                offerings.stream().map(CourseOffering::getId).toList()).stream()
                .collect(Collectors.toMap(AssessmentScheme::getOfferingId, Function.identity()));
        Map<Long, FinalGrade> lockedOf = finals.findByStudentId(me).stream()
                .collect(Collectors.toMap(FinalGrade::getSchemeId, Function.identity()));
        Map<Long, Map<Long, List<Mark>>> mine = Sheets.byStudent(marks.findByStudentId(me));
        List<MyCourse> out = new ArrayList<>();
        for (CourseOffering o : offerings) {
            AssessmentScheme scheme = schemeOf.get(o.getId());
            if (scheme == null) {
                continue;
            }
            List<AssessmentComponent> parts = components.findBySchemeIdOrderByPosition(scheme.getId());
            Map<Long, List<Mark>> byComponent = mine.getOrDefault(me, Map.of());
            List<ComponentInfo> infos = parts.stream().map(c -> GradebookService.info(c, locale)).toList();
            List<MyMark> shown = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                AssessmentComponent c = parts.get(i);
                for (Mark m : byComponent.getOrDefault(c.getId(), List.of())) {
                    Scale.Entry published = m.publishedEntry();
                    if (published != null && !published.isEmpty()) {
                        shown.add(new MyMark(infos.get(i), m.getAttempt(),
                                c.getScale().toScale().format(published, locale), m.getPublishedAt()));
                    }
                }
            }
            Map<Long, List<Mark>> ofThese = byComponent.entrySet().stream()
                    .filter(e -> parts.stream().anyMatch(p -> p.getId().equals(e.getKey())))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Computation computation = Sheets.compute(parts, ofThese, scheme.getRetakeRule(),
                    GradebookService.passFail(o), Sheets.View.PUBLISHED);
            FinalGrade locked = lockedOf.get(scheme.getId());
            out.add(new MyCourse(OfferingRef.of(o, locale), infos, shown, computation,
                    locked == null ? null : locked.getGrade(), locked != null && locked.isPassed(),
                    locked == null ? null : locked.getGradedOn()));
        }
        return out;
    }
}
