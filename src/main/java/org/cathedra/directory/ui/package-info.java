/** Views of the directory: departments, teachers, students, and the signed-in user's profile. */
@NullMarked
package org.cathedra.directory.ui;

import org.jspecify.annotations.NullMarked;
