package org.cathedra.scheduling.internal;

import java.util.List;
import java.util.Optional;
import org.cathedra.scheduling.AttendanceMark;
import org.springframework.data.jpa.repository.JpaRepository;

/** Attendance marks. */
public interface AttendanceRepository extends JpaRepository<AttendanceMark, Long> {

    Optional<AttendanceMark> findBySessionIdAndStudentId(long sessionId, long studentId);

    List<AttendanceMark> findBySessionId(long sessionId);

    List<AttendanceMark> findByStudentId(long studentId);
}
