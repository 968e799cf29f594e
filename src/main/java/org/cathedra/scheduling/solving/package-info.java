/** Automatic timetabling of a term's week with Timefold: the planning model, its constraints, and the proposal. */
@NullMarked
package org.cathedra.scheduling.solving;

import org.jspecify.annotations.NullMarked;
