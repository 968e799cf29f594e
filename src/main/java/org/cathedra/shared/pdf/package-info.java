/** PDF documents in the institute's one style, with Cyrillic fonts embedded. */
@NullMarked
package org.cathedra.shared.pdf;

import org.jspecify.annotations.NullMarked;
