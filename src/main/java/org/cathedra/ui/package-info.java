/** The application shell: security wiring, login, layout and navigation, theme and translations. */
@NullMarked
package org.cathedra.ui;

import org.jspecify.annotations.NullMarked;
