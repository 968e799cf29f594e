package org.cathedra.internship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One ranked choice of a learner among the offers of a period; 1 is the first choice. Replaced as a whole. */
@Entity
@Table(name = "placement_preference")
public class Preference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "period_id", nullable = false)
    private long periodId;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Column(name = "offer_id", nullable = false)
    private long offerId;

    @Column(name = "choice_rank", nullable = false)
    private int rank;

    protected Preference() {
    }

    public Preference(long periodId, long studentId, long offerId, int rank) {
        this.periodId = periodId;
        this.studentId = studentId;
        this.offerId = offerId;
        this.rank = rank;
    }

    public long getPeriodId() {
        return periodId;
    }

    public long getStudentId() {
        return studentId;
    }

    public long getOfferId() {
        return offerId;
    }

    public int getRank() {
        return rank;
    }
}
