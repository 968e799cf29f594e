package org.cathedra.catalog.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cathedra.catalog.Programme;
import org.cathedra.directory.ProgrammeLookup;
import org.cathedra.directory.Student;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The catalog's answer to the directory's questions about programmes. */
@Component
@Transactional(readOnly = true)
class CatalogProgrammeLookup implements ProgrammeLookup {

    private final ProgrammeRepository programmes;

    CatalogProgrammeLookup(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @Override
    public List<ProgrammeOption> activeProgrammes(Locale locale) {
        return programmes.findByActiveTrueOrderByCode().stream().map(p -> option(p, locale)).toList();
    }

    @Override
    public Optional<ProgrammeOption> find(long programmeId, Locale locale) {
        return programmes.findById(programmeId).map(p -> option(p, locale));
    }

    private static ProgrammeOption option(Programme p, Locale locale) {
        return new ProgrammeOption(p.getId(), p.getCode(), p.name(locale), learnerKind(p.getKind()));
    }

    static Student.LearnerKind learnerKind(Programme.Kind kind) {
        return switch (kind) {
            case RESIDENCY -> Student.LearnerKind.RESIDENT;
            case PHD -> Student.LearnerKind.PHD;
            case CPD -> Student.LearnerKind.CPD;
        };
    }
}
