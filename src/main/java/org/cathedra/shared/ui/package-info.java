/** Small UI building blocks shared by every module's views, so that all views look and behave alike. */
@NullMarked
package org.cathedra.shared.ui;

import org.jspecify.annotations.NullMarked;
