package org.cathedra.internship;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * The site supervisor's structured evaluation at the end of a placement: every competency rated from 1
 * (unsatisfactory) to 5 (excellent), and comments.
 */
@Entity
@Table(name = "placement_evaluation")
public class Evaluation extends AbstractEntity {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final int COMMENTS_MAX = 2000;

    @Column(name = "placement_id", nullable = false)
    private long placementId;

    @Column(name = "evaluator_id", nullable = false)
    private long evaluatorId;

    @Column(length = COMMENTS_MAX)
    private @Nullable String comments;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "evaluation_rating", joinColumns = @JoinColumn(name = "evaluation_id"))
    @MapKeyColumn(name = "competency")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score")
    private Map<Competency, Integer> ratings = new EnumMap<>(Competency.class);

    protected Evaluation() {
    }

    public Evaluation(long placementId) {
        this.placementId = placementId;
    }

    /** Fills the evaluation: every competency must be rated on the 1..5 scale. */
    public void fill(Map<Competency, Integer> scores, @Nullable String comments, long evaluatorId, Instant at) {
        for (Competency c : Competency.values()) {
            Integer score = scores.get(c);
            if (score == null) {
                throw new DomainException("error.required", "internship.competency." + c.name());
            }
            if (score < LOWEST || score > HIGHEST) {
                throw new DomainException("error.range", "internship.competency." + c.name(), LOWEST, HIGHEST);
            }
        }
        ratings.clear();
        ratings.putAll(scores);
        this.comments = Text.optional(comments, "internship.evaluation.comments", COMMENTS_MAX);
        this.evaluatorId = evaluatorId;
        this.submittedAt = at;
    }

    public long getPlacementId() {
        return placementId;
    }

    public long getEvaluatorId() {
        return evaluatorId;
    }

    public @Nullable String getComments() {
        return comments;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Map<Competency, Integer> getRatings() {
        return Map.copyOf(ratings);
    }

    /** What a site supervisor rates, after the residency programme's competencies. */
    public enum Competency {
        MEDICAL_KNOWLEDGE, CLINICAL_REASONING, LABORATORY_SKILLS, COMMUNICATION, PROFESSIONALISM, DOCUMENTATION
    }
}
