package org.cathedra.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the directory needs to know of programmes, which belong to the catalog: the catalog implements this, so
 * that the directory (on which the catalog depends) never depends back on it.
 */
public interface ProgrammeLookup {

    /** Active programmes for choosing a student's programme, named in {@code locale}. */
    List<ProgrammeOption> activeProgrammes(Locale locale);

    /** A programme's name in {@code locale}, if it exists. */
    Optional<ProgrammeOption> find(long programmeId, Locale locale);

    /** A programme offered for choice: id, code, name and the kind of learner it is for. */
    record ProgrammeOption(long id, String code, String name, Student.LearnerKind learnerKind) {
    }
}
