/** The internship views: preferences, the trainee's logbook, supervision and the office's placement board. */
@NullMarked
package org.cathedra.internship.ui;

import org.jspecify.annotations.NullMarked;
