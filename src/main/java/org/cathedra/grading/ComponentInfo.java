package org.cathedra.grading;

import java.math.BigDecimal;

/** A component of a scheme as views show it. */
public record ComponentInfo(long id, int position, ComponentKind kind, String name, BigDecimal weight,
        Scale scale, String scaleName, boolean mustPass) {
}
