/** Rooms, timetable sessions, conflicts and automatic timetabling. */
@NullMarked
package org.cathedra.scheduling;

import org.jspecify.annotations.NullMarked;
