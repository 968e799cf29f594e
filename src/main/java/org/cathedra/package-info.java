/** Cathedra application root. */
@NullMarked
package org.cathedra;

import org.jspecify.annotations.NullMarked;
