package org.cathedra.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import org.cathedra.shared.InstituteSettings;
import org.springframework.stereotype.Component;

/** Today's date at the institute and the academic year it falls in (the year runs from September). */
@Component
public class AcademicCalendar {

    private final Clock clock;
    private final InstituteSettings settings;

    AcademicCalendar(Clock clock, InstituteSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    /** 2026 for any date from 1 September 2026 to 31 August 2027. */
    public int currentAcademicYear() {
        return academicYearOf(today());
    }

    public static int academicYearOf(LocalDate date) {
        return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    }
}
