package org.cathedra.shared;

/** The record asked for does not exist, or is not visible to the caller: both look the same from outside. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
