/** Internships: sites and supervisors, placement requirements, the assignment of trainees, logbooks and evaluations. */
@NullMarked
package org.cathedra.internship;

import org.jspecify.annotations.NullMarked;
