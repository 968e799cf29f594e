/** The calendar feed endpoint, reached by calendar applications without signing in. */
@NullMarked
package org.cathedra.scheduling.web;

import org.jspecify.annotations.NullMarked;
