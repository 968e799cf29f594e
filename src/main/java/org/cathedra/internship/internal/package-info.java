/** The internship module's repositories, the placement matching and the audit journal. */
@NullMarked
package org.cathedra.internship.internal;

import org.jspecify.annotations.NullMarked;
