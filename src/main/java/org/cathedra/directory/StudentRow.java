package org.cathedra.directory;

import org.jspecify.annotations.Nullable;

/** A student as the list shows it; the programme is the catalog's, named by the view through the lookup. */
public record StudentRow(long id, String fullName, @Nullable String email, Student.LearnerKind learnerKind,
        @Nullable Long programmeId, @Nullable String cohort, int startYear, boolean active, long version,
        @Nullable String login) {
}
