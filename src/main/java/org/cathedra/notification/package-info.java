/** Messages to people: in-app notifications and, when mail is configured, e-mails in the reader's language. */
@NullMarked
package org.cathedra.notification;

import org.jspecify.annotations.NullMarked;
