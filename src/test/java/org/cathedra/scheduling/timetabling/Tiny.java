package org.cathedra.scheduling.timetabling;

import java.io.StringReader;

/** A hand-checked instance: 2 days of 3 periods, 3 courses, 2 rooms, 1 curriculum, 1 unavailable period. */
final class Tiny {

    static final String TEXT = """
            Name: Tiny
            Courses: 3
            Rooms: 2
            Days: 2
            Periods_per_day: 3
            Curricula: 1
            Constraints: 1

            COURSES:
            a t1 2 2 30
            b t2 1 1 10
            c t1 1 1 50

            ROOMS:
            R1 40
            R2 20

            CURRICULA:
            q1 2 a b

            UNAVAILABILITY_CONSTRAINTS:
            c 1 2

            END.
            """;

    private Tiny() {
    }

    static ItcInstance instance() {
        return ItcFormat.parse(new StringReader(TEXT));
    }
}
