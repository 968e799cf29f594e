/** The notifications list and the bell for the application shell. */
@NullMarked
package org.cathedra.notification.ui;

import org.jspecify.annotations.NullMarked;
