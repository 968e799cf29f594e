/** The enrollment module's seat counters, waitlist promotion and repositories. */
@NullMarked
package org.cathedra.enrollment.internal;

import org.jspecify.annotations.NullMarked;
