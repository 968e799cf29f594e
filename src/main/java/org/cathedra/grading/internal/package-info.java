/** Grading's entities, repositories and the writing of marks and their history. */
@NullMarked
package org.cathedra.grading.internal;

import org.jspecify.annotations.NullMarked;
