/** The dashboard views. */
@NullMarked
package org.cathedra.dashboard.ui;

import org.jspecify.annotations.NullMarked;
