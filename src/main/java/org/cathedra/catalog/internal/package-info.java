/** Persistence of the catalog and its implementation of the directory's programme lookup. */
@NullMarked
package org.cathedra.catalog.internal;

import org.jspecify.annotations.NullMarked;
