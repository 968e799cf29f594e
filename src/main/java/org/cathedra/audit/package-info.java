/** The append-only record of changes to grades and personal data: who changed what, when, before and after. */
@NullMarked
package org.cathedra.audit;

import org.jspecify.annotations.NullMarked;
