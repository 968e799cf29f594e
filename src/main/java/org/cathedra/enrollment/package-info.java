/** Enrollment: applications, seats, waitlists, offers of freed seats, approvals and withdrawals. */
@NullMarked
package org.cathedra.enrollment;

import org.jspecify.annotations.NullMarked;
