/** Views of grading: the teacher's gradebook, the student's grades and record book. */
@NullMarked
package org.cathedra.grading.ui;

import org.jspecify.annotations.NullMarked;
