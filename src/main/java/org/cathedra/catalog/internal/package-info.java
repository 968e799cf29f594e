/**
 * Persistence of the catalog, its read-only queries on the directory's departments and teachers, and its
 * implementation of the directory's programme lookup.
 */
@NullMarked
package org.cathedra.catalog.internal;

import org.jspecify.annotations.NullMarked;
