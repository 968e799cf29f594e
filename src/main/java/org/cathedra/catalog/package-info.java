/** Programmes, courses (disciplines), terms and course offerings. */
@NullMarked
package org.cathedra.catalog;

import org.jspecify.annotations.NullMarked;
