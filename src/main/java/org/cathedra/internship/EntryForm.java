package org.cathedra.internship;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a trainee types for a logbook entry. */
public record EntryForm(@Nullable LocalDate date, @Nullable BigDecimal hours, @Nullable Long caseTypeId,
        LogbookEntry.@Nullable Participation participation, @Nullable String patientCode,
        @Nullable String reflection) {
}
