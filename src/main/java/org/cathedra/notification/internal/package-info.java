/** Storage and delivery of notifications: the entity, its repository, the after-commit listener and the mailer. */
@NullMarked
package org.cathedra.notification.internal;

import org.jspecify.annotations.NullMarked;
