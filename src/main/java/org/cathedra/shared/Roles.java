package org.cathedra.shared;

/** The three roles of Cathedra, as Spring Security authorities and as annotation constants. */
public final class Roles {

    public static final String STUDENT = "STUDENT";
    public static final String TEACHER = "TEACHER";
    public static final String ADMIN = "ADMIN";

    /** For {@code @PreAuthorize}: any signed-in user of the three roles. */
    public static final String ANY = "hasAnyRole('STUDENT','TEACHER','ADMIN')";
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_TEACHER_OR_ADMIN = "hasAnyRole('TEACHER','ADMIN')";

    private Roles() {
    }
}
