/**
 * The timetabling solver (Timefold) and its yardstick: the curriculum-based course timetabling problem of the
 * Second International Timetabling Competition (ITC-2007, track 3), with its file format and scoring rules.
 */
@NullMarked
package org.cathedra.scheduling.timetabling;

import org.jspecify.annotations.NullMarked;
