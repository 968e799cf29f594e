/** Runtime plumbing: the embedded MariaDB used when no external database is configured. */
@NullMarked
package org.cathedra.platform;

import org.jspecify.annotations.NullMarked;
