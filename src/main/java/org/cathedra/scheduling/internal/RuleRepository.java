package org.cathedra.scheduling.internal;

import org.cathedra.scheduling.AttendanceRule;
import org.springframework.data.jpa.repository.JpaRepository;

/** Minimum-attendance rules by course. */
public interface RuleRepository extends JpaRepository<AttendanceRule, Long> {
}
