/** Types every module may use: roles, domain errors, institute settings, the base entity and UI building blocks. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.cathedra.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
