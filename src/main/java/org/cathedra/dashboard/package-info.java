/** Landing pages per role: what a student, a teacher and an administrator see first. */
@NullMarked
package org.cathedra.dashboard;

import org.jspecify.annotations.NullMarked;
