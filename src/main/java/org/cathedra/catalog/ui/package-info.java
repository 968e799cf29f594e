/** The catalog's administration views: programmes, courses, terms and course offerings. */
@NullMarked
package org.cathedra.catalog.ui;

import org.jspecify.annotations.NullMarked;
