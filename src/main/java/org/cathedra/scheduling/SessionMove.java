package org.cathedra.scheduling;

import java.time.LocalDate;

/**
 * One session to put elsewhere, as an automatic timetable proposes it: to {@code date} from period
 * {@code startPeriod} (same length) in room {@code roomId}, provided the session is still at {@code version}.
 */
public record SessionMove(long sessionId, long version, LocalDate date, int startPeriod, long roomId) {
}
