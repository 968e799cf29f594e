package org.cathedra.grading;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.UserAccount;
import org.cathedra.grading.internal.Offerings;
import org.cathedra.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How final grades are spread: over one offering, and over every offering of its course term by term (those the
 * teacher teaches, or all for the office). Grades are computed from the current entries, like the gradebook.
 */
@Service
@PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
@Transactional(readOnly = true)
public class GradeDistribution {

    /** The categories of a distribution: the four grades and "no grade yet". */
    public static final List<String> CATEGORIES = List.of("2", "3", "4", "5", GradeText.NONE);
    private static final int CHUNK = 200;

    private final GradebookService gradebooks;
    private final Offerings offerings;
    private final EntityManager em;
    private final CurrentUser currentUser;

    GradeDistribution(GradebookService gradebooks, Offerings offerings, EntityManager em, CurrentUser currentUser) {
        this.gradebooks = gradebooks;
        this.offerings = offerings;
        this.em = em;
        this.currentUser = currentUser;
    }

    /** Counts of students per category, in the order of {@link #CATEGORIES}. */
    public List<Integer> ofOffering(long offeringId, Locale locale) {
        int[] counts = new int[CATEGORIES.size()];
        if (!gradebooks.header(offeringId, locale).defined()) {
            return List.of(0, 0, 0, 0, 0);
        }
        long n = gradebooks.countRows(offeringId);
        for (int offset = 0; offset < n; offset += CHUNK) {
            for (Gradebook.Row row : gradebooks.rows(offeringId, offset, CHUNK, locale)) {
                Integer g = row.computation().grade();
                counts[g == null ? 4 : g - 2]++;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int c : counts) {
            out.add(c);
        }
        return out;
    }

    /** Per term (label), the distribution of every reachable offering of the same course. */
    public Map<String, List<Integer>> ofCourse(long offeringId, Locale locale) {
        CourseOffering offering = offerings.reachable(offeringId);
        var user = currentUser.require();
        List<CourseOffering> all = em.createQuery("""
                select o from CourseOffering o join fetch o.term t where o.course = :course
                order by t.startsOn, o.section""", CourseOffering.class)
                .setParameter("course", offering.getCourse()).getResultList();
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (CourseOffering o : all) {
            if (!user.is(UserAccount.Role.ADMIN) && !o.isTaughtBy(user.personId())) {
                continue;
            }
            String label = o.getTerm().getAcademicYearLabel() + " " + o.getTerm().getPart().name().charAt(0)
                    + " · " + o.getSection();
            out.put(label, ofOffering(o.getId(), locale));
        }
        return out;
    }
}
