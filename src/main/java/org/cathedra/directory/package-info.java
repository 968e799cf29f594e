/** People, departments, user accounts and roles: the directory of the institute. */
@NullMarked
package org.cathedra.directory;

import org.jspecify.annotations.NullMarked;
