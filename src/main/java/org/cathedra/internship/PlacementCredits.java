package org.cathedra.internship;

import java.time.Instant;
import java.util.List;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.UserAccount;
import org.cathedra.internship.internal.PeriodRepository;
import org.cathedra.internship.internal.PlacementRepository;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the record book reads the graded credits of placements: one line per graded placement of a learner. The
 * learner reads their own; teachers and the office read anyone's.
 */
@Service
@PreAuthorize(Roles.ANY)
@Transactional(readOnly = true)
public class PlacementCredits {

    private final PlacementRepository placements;
    private final PeriodRepository periods;
    private final CurrentUser currentUser;

    PlacementCredits(PlacementRepository placements, PeriodRepository periods, CurrentUser currentUser) {
        this.placements = placements;
        this.periods = periods;
        this.currentUser = currentUser;
    }

    /** A graded credit: grade 2..5 (3 and above is passed), who gave it and when. */
    public record Credit(long placementId, long studentId, String period, int grade, boolean passed, long gradedBy,
            Instant gradedAt) {
    }

    /** The graded credits of a learner's placements, latest first. */
    public List<Credit> of(long studentId) {
        CathedraUser user = currentUser.require();
        if (user.is(UserAccount.Role.STUDENT) && !Long.valueOf(studentId).equals(user.personId())) {
            throw new NotFoundException("internship.record.student", studentId);
        }
        return placements.findByStudentIdOrderByIdDesc(studentId).stream().filter(p -> p.getCreditGrade() != null)
                .map(p -> new Credit(p.getId(), studentId,
                        periods.findById(p.getPeriodId()).map(PlacementPeriod::getName).orElse(""),
                        p.getCreditGrade(), p.isPassed(), p.getGradedBy(), p.getGradedAt()))
                .toList();
    }
}
