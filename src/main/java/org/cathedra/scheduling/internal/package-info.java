/** Repositories and lookups of the scheduling module. */
@NullMarked
package org.cathedra.scheduling.internal;

import org.jspecify.annotations.NullMarked;
