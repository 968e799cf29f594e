/** Grades: scales, assessment schemes of offerings, gradebooks, final grades, record books and transcripts. */
@NullMarked
package org.cathedra.grading;

import org.jspecify.annotations.NullMarked;
