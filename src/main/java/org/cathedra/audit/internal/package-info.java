/** Storage of audit rows: the entity, its insert-and-read-only repository and the listener that writes rows. */
@NullMarked
package org.cathedra.audit.internal;

import org.jspecify.annotations.NullMarked;
