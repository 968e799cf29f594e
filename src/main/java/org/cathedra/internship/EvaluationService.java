package org.cathedra.internship;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.Person;
import org.cathedra.internship.internal.InternshipJournal;
import org.cathedra.internship.internal.PlacementAccess;
import org.cathedra.internship.internal.PlacementAccess.Part;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a placement: the site supervisor's structured evaluation, the academic supervisor's graded credit, and
 * the trainee's completion certificate.
 */
@Service
@PreAuthorize(Roles.ANY)
@Transactional(readOnly = true)
public class EvaluationService {

    private final PlacementAccess access;
    private final InternshipJournal journal;
    private final CurrentUser currentUser;
    private final LogbookService logbook;
    private final EntityManager em;
    private final Clock clock;

    EvaluationService(PlacementAccess access, InternshipJournal journal, CurrentUser currentUser,
            LogbookService logbook, EntityManager em, Clock clock) {
        this.access = access;
        this.journal = journal;
        this.currentUser = currentUser;
        this.logbook = logbook;
        this.em = em;
        this.clock = clock;
    }

    /** The evaluation as its readers see it. */
    public record EvaluationView(String evaluator, Map<Evaluation.Competency, Integer> ratings,
            @Nullable String comments, java.time.Instant submittedAt) {
    }

    /** The site supervisor's evaluation of a placement, if filled. */
    public Optional<EvaluationView> evaluation(long placementId) {
        access.see(placementId);
        return find(placementId).map(e -> new EvaluationView(em.find(Person.class, e.getEvaluatorId()).getFullName(),
                e.getRatings(), e.getComments(), e.getSubmittedAt()));
    }

    /** The site supervisor fills (or corrects) the evaluation: every competency on the 1..5 scale. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public void evaluate(long placementId, Map<Evaluation.Competency, Integer> ratings, @Nullable String comments) {
        access.require(placementId, Part.SITE_SUPERVISOR);
        Evaluation evaluation = find(placementId).orElseGet(() -> new Evaluation(placementId));
        String before = evaluation.isNew() ? null : new java.util.TreeMap<>(evaluation.getRatings()).toString();
        evaluation.fill(ratings, comments, currentUser.requirePersonId(), clock.instant());
        if (evaluation.isNew()) {
            em.persist(evaluation);
        }
        em.flush();
        journal.changed("placement_evaluation", evaluation.getId(), before == null ? "submitted" : "changed", before,
                "placement " + placementId + ", " + new java.util.TreeMap<>(evaluation.getRatings()), null);
    }

    /**
     * The academic supervisor records the graded credit (2..5); it needs the site supervisor's evaluation first.
     * The trainee is told.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public void grade(long placementId, int grade) {
        PlacementAccess.Seen seen = access.require(placementId, Part.ACADEMIC_SUPERVISOR);
        if (find(placementId).isEmpty()) {
            throw new DomainException("error.internship.evaluationFirst");
        }
        Placement placement = seen.placement();
        Integer before = placement.getCreditGrade();
        placement.grade(grade, currentUser.requirePersonId(), clock.instant());
        em.flush();
        journal.changed("placement", placementId, "grade.changed", before == null ? null : "grade " + before,
                "grade " + grade, null);
        journal.tell(placement.getStudentId(), "graded", List.of(String.valueOf(grade)), "internship/logbook");
    }

    /** The completion certificate, in Russian and English, for a placement passed with a graded credit. */
    public byte[] certificate(long placementId) {
        PlacementAccess.Seen seen = access.see(placementId);
        if (!seen.parts().contains(Part.TRAINEE) && !seen.parts().contains(Part.OFFICE)) {
            throw new org.cathedra.shared.NotFoundException("internship.record.placement", placementId);
        }
        if (!seen.placement().isPassed()) {
            throw new DomainException("error.internship.notPassed");
        }
        return Certificate.write(logbook.summary(placementId, Locale.forLanguageTag("ru")),
                logbook.summary(placementId, Locale.ENGLISH), seen.placement().getCreditGrade(),
                seen.placement().getGradedAt());
    }

    private Optional<Evaluation> find(long placementId) {
        return em.createQuery("select e from Evaluation e where e.placementId = :p", Evaluation.class)
                .setParameter("p", placementId).getResultStream().findFirst();
    }
}
