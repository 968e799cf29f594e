/** The office's screen for solving a term's week and applying or discarding the proposal. */
@NullMarked
package org.cathedra.scheduling.solving.ui;

import org.jspecify.annotations.NullMarked;
