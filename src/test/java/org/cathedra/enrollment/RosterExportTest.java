package org.cathedra.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV fields survive commas, quotes, line breaks and spreadsheet formulas. */
class RosterExportTest {

    @Test
    void plain_fields_stay_as_they_are() {
        assertThat(RosterExport.quoted("Петрова Анна")).isEqualTo("Петрова Анна");
    }

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_with_quotes_doubled() {
        assertThat(RosterExport.quoted("Smith, John")).isEqualTo("\"Smith, John\"");
        assertThat(RosterExport.quoted("the \"best\"")).isEqualTo("\"the \"\"best\"\"\"");
        assertThat(RosterExport.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void a_leading_formula_sign_is_defused() {
        assertThat(RosterExport.quoted("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    }
}
