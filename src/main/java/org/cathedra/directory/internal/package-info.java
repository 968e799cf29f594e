/** Persistence of the directory: repositories, used only by the directory's services. */
@NullMarked
package org.cathedra.directory.internal;

import org.jspecify.annotations.NullMarked;
