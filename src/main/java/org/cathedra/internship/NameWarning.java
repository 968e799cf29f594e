package org.cathedra.internship;

import org.cathedra.shared.DomainException;

/** A logbook text looks like a person's name; saving again with the warning confirmed stores it. */
public class NameWarning extends DomainException {

    public NameWarning() {
        super("warning.internship.looksLikeName");
    }
}
