package org.cathedra.scheduling.solving;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One week of the timetable to solve: the sessions of the week (pinned or free), the slots and rooms, the facts. */
@PlanningSolution
public class WeekPlan {

    private LocalDate monday;

    @ValueRangeProvider
    @ProblemFactCollectionProperty
    private List<Timeslot> timeslots;

    @ValueRangeProvider
    @ProblemFactCollectionProperty
    private List<Venue> venues;

    @ProblemFactCollectionProperty
    private List<TeacherAway> aways;

    @ProblemFactCollectionProperty
    private List<Cohort> cohorts;

    @PlanningEntityCollectionProperty
    private List<Placement> placements;

    @PlanningScore
    private @Nullable HardSoftScore score;

    WeekPlan() {
    }

    public WeekPlan(LocalDate monday, List<Timeslot> timeslots, List<Venue> venues, List<TeacherAway> aways,
            List<Cohort> cohorts, List<Placement> placements) {
        this.monday = monday;
        this.timeslots = timeslots;
        this.venues = venues;
        this.aways = aways;
        this.cohorts = cohorts;
        this.placements = placements;
    }

    public LocalDate getMonday() {
        return monday;
    }

    public List<Timeslot> getTimeslots() {
        return timeslots;
    }

    public List<Venue> getVenues() {
        return venues;
    }

    public List<TeacherAway> getAways() {
        return aways;
    }

    public List<Cohort> getCohorts() {
        return cohorts;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public @Nullable HardSoftScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardSoftScore score) {
        this.score = score;
    }
}
