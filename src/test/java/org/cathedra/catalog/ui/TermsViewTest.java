package org.cathedra.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.cathedra.catalog.Term;
import org.cathedra.catalog.internal.TermRepository;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Terms are unique per (year, part): these tests use academic years 2071 to 2079. */
class TermsViewTest extends UiTest {

    @Autowired
    TermRepository terms;

    private TermsView open() {
        signIn("admin");
        UI.getCurrent().navigate("admin/terms");
        return _get(TermsView.class);
    }

    private static DatePicker picker(String label) {
        return _get(DatePicker.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static void fill(int year, Term.Part part, LocalDate starts, LocalDate ends) {
        // the filter bar has a year box too; the dialog's comes last
        _setValue((ComboBox<Integer>) _find(ComboBox.class, spec -> spec.withLabel("Academic year")).getLast(), year);
        _setValue(_get(Select.class, spec -> spec.withLabel("Part")), part);
        _setValue(picker("Starts on"), starts);
        _setValue(picker("Ends on"), ends);
    }

    @Test
    void an_administrator_sees_the_terms_with_dates_in_their_language() {
        TermsView view = open();
        assertThat(_get(H1.class).getText()).isEqualTo("Terms");
        _setValue(view.academicYear, 2026);
        assertThat(GridKt._findAll(view.grid)).hasSize(3).allMatch(t -> t.getAcademicYear() == 2026);
        int autumn = GridKt._findAll(view.grid).stream().map(Term::getPart).toList().indexOf(Term.Part.AUTUMN);
        assertThat(GridKt._getFormattedRow(view.grid, autumn)).startsWith("2026/2027", "Autumn term",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                        .format(LocalDate.of(2026, 9, 1)));

        _setValue(view.academicYear, 2099);
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void date_pickers_follow_the_user_language() {
        signIn("admin", Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("admin/terms");
        _click(_get(Button.class, spec -> spec.withText("Создать")));
        DatePicker starts = picker("Начало");
        assertThat(starts.getLocale().getLanguage()).isEqualTo("ru");
        assertThat(starts.getI18n().getMonthNames()).startsWith("Январь", "Февраль");
        assertThat(starts.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void dates_in_the_wrong_order_or_outside_the_year_show_errors_and_save_nothing() {
        open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill(2071, Term.Part.AUTUMN, LocalDate.of(2071, 9, 1), LocalDate.of(2071, 8, 1));
        FormDialog dialog = _get(FormDialog.class);
        _click(dialog.saveButton());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(picker("Ends on").getErrorMessage()).isEqualTo("The term must end after it starts.");

        _setValue(picker("Ends on"), LocalDate.of(2073, 1, 31));
        _click(dialog.saveButton());
        assertThat(picker("Ends on").getErrorMessage())
                .isEqualTo("The term must lie within the academic year 2071/2072.");
        assertThat(terms.findByAcademicYearAndPart(2071, Term.Part.AUTUMN)).isEmpty();
    }

    @Test
    void a_good_form_saves_and_the_new_term_appears() {
        TermsView view = open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill(2072, Term.Part.SPRING, LocalDate.of(2073, 2, 9), LocalDate.of(2073, 6, 30));
        _click(_get(FormDialog.class).saveButton());

        assertThat(_find(FormDialog.class)).isEmpty();
        assertThat(terms.findByAcademicYearAndPart(2072, Term.Part.SPRING)).isPresent();
        _setValue(view.academicYear, 2072);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).startsWith("2072/2073", "Spring term");
    }

    @Test
    void a_second_term_of_the_same_part_is_refused_with_the_dialog_still_open() {
        open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill(2026, Term.Part.AUTUMN, LocalDate.of(2026, 9, 2), LocalDate.of(2027, 1, 20));
        FormDialog dialog = _get(FormDialog.class);
        _click(dialog.saveButton());
        assertThat(dialog.isOpened()).isTrue();
        Select<?> part = _get(Select.class, spec -> spec.withLabel("Part"));
        assertThat(part.isInvalid()).isTrue();
        assertThat(part.getErrorMessage()).isEqualTo("The academic year 2026/2027 already has the Autumn term.");
        assertThat(terms.findByAcademicYearAndPart(2026, Term.Part.AUTUMN)).get()
                .extracting(Term::getStartsOn).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void a_term_is_corrected_in_place() {
        TermsView view = open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill(2073, Term.Part.YEAR, LocalDate.of(2073, 9, 1), LocalDate.of(2074, 8, 31));
        _click(_get(FormDialog.class).saveButton());
        _setValue(view.academicYear, 2073);

        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class, spec -> spec.withText("Edit")));
        assertThat(picker("Starts on").getValue()).isEqualTo(LocalDate.of(2073, 9, 1));
        _setValue(picker("Ends on"), LocalDate.of(2074, 7, 31));
        _click(_get(FormDialog.class).saveButton());
        assertThat(terms.findByAcademicYearAndPart(2073, Term.Part.YEAR)).get().extracting(Term::getEndsOn)
                .isEqualTo(LocalDate.of(2074, 7, 31));
    }
}
