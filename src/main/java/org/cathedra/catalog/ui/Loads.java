package org.cathedra.catalog.ui;

import org.cathedra.catalog.StudyLoad;

/** A study load written out in both units, in the user's language: "120 CU = 4,320 h". */
final class Loads {

    private Loads() {
    }

    static String both(StudyLoad load) {
        return FormFields.t("catalog.load.both", load.creditUnits(), load.academicHours());
    }
}
