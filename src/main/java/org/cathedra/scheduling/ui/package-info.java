/** Views of the timetable: rooms, the calendars, the session editor and my timetable. */
@NullMarked
package org.cathedra.scheduling.ui;

import org.jspecify.annotations.NullMarked;
