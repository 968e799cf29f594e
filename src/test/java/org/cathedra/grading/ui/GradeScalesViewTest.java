package org.cathedra.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.cathedra.grading.GradeScaleService;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GradeScalesViewTest extends UiTest {

    @Autowired
    GradeScaleService scales;

    /** Other tests count on the seeded 100-point scale: put it back. */
    @AfterEach
    void restore() {
        signIn("admin");
        GradeScaleService.Row now = hundred();
        scales.update(now.id(), now.version(), new GradeScaleService.Edit("Стобалльная", "100-point",
                new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("50")));
    }

    private GradeScaleService.Row hundred() {
        return scales.list().stream().filter(r -> r.code().equals("HUNDRED")).findFirst().orElseThrow();
    }

    private GradeScalesView open(Locale locale) {
        signIn("admin", locale);
        UI.getCurrent().navigate("admin/grade-scales");
        return _get(GradeScalesView.class);
    }

    private static List<String> rows(GradeScalesView view) {
        return IntStream.range(0, GridKt._size(view.grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(view.grid, i))).toList();
    }

    private static void editHundred(GradeScalesView view) {
        int row = GridKt._findAll(view.grid).stream().map(GradeScaleService.Row::code).toList().indexOf("HUNDRED");
        _click((Button) GridKt._getCellComponent(view.grid, row, "actions"));
        FormDialog dialog = _get(FormDialog.class);
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void the_office_sees_every_scale_with_its_conversion_and_what_a_change_does() {
        GradeScalesView view = open(Locale.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Grade scales");
        assertThat(rows(view)).anySatisfy(r -> assertThat(r).startsWith("100-point | 100-point | "
                + "5 from 85 points, 4 from 70, 3 from 50, 2 below 50"))
                .anySatisfy(r -> assertThat(r).startsWith("Pass / fail | Pass/fail | pass counts as 5, fail as 2"));
        assertThat(view.getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()))
                .anySatisfy(t -> assertThat(t).startsWith("Final grades already locked keep the value stored"))
                .anySatisfy(t -> assertThat(t).contains("is recomputed with the new bands"));
    }

    @Test
    void new_bands_are_saved_and_shown_in_the_list() {
        GradeScalesView view = open(Locale.ENGLISH);
        editHundred(view);
        _setValue(_get(BigDecimalField.class,
                spec -> spec.withLabel("5 (excellent) from, points")), new BigDecimal("90"));
        _setValue(_get(BigDecimalField.class,
                spec -> spec.withLabel("3 (satisfactory) from, points")), new BigDecimal("55.5"));
        _click(_get(FormDialog.class).saveButton());

        assertThat(hundred().excellent()).isEqualByComparingTo("90");
        assertThat(hundred().satisfactory()).isEqualByComparingTo("55.5");
        assertThat(rows(view)).anySatisfy(r -> assertThat(r).contains("5 from 90 points, 4 from 70, 3 from 55.5"));
    }

    @Test
    void bands_out_of_order_are_refused_on_the_field_in_russian_and_nothing_is_saved() {
        GradeScalesView view = open(Locale.forLanguageTag("ru"));
        GradeScaleService.Row before = hundred();
        editHundred(view);
        var good = _get(BigDecimalField.class,
                spec -> spec.withLabel("4 (хорошо) от, баллов"));
        _setValue(good, new BigDecimal("90"));
        FormDialog dialog = _get(FormDialog.class);
        _click(dialog.saveButton());

        assertThat(dialog.isOpened()).isTrue();
        assertThat(good.isInvalid()).isTrue();
        assertThat(good.getErrorMessage()).isEqualTo("«4 (хорошо) от, баллов» (90) должно быть ниже границы над ним (85).");
        assertThat(hundred()).isEqualTo(before);

        var excellent = _get(BigDecimalField.class,
                spec -> spec.withLabel("5 (отлично) от, баллов"));
        _setValue(excellent, new BigDecimal("120"));
        _click(dialog.saveButton());
        assertThat(excellent.getErrorMessage()).startsWith("«5 (отлично) от, баллов»: нужно число от 0 до 100");
        assertThat(hundred()).isEqualTo(before);
    }
}
