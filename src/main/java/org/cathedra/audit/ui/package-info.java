/** The administrator's view of the audit record. */
@NullMarked
package org.cathedra.audit.ui;

import org.jspecify.annotations.NullMarked;
