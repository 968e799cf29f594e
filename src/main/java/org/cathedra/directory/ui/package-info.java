/** Views of the directory: the administration of departments, teachers, students and accounts, and the profile. */
@NullMarked
package org.cathedra.directory.ui;

import org.jspecify.annotations.NullMarked;
