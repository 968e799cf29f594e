/** The students' enrollment view and the office's rosters. */
@NullMarked
package org.cathedra.enrollment.ui;

import org.jspecify.annotations.NullMarked;
