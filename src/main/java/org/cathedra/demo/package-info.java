/** Deterministic demo data for a first start on an empty database: never in the prod profile. */
@NullMarked
package org.cathedra.demo;

import org.jspecify.annotations.NullMarked;
