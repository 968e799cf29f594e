package org.cathedra.internship.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.cathedra.internship.InternshipFixture;
import org.cathedra.internship.InternshipFixture.Practice;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The office runs the assignment of a period from its board and sees the slots fill. */
class InternshipsAdminViewTest extends UiTest {

    @Autowired
    InternshipFixture fixture;

    @Test
    void the_office_runs_the_assignment_and_the_board_shows_the_placements() {
        Practice practice = fixture.practice(1);
        fixture.trainee(practice, "Первая");
        fixture.trainee(practice, "Вторая");
        signIn("admin");
        UI.getCurrent().navigate("admin/internships");
        InternshipsAdminView view = _get(InternshipsAdminView.class);
        view.period.setValue(view.period.getListDataView().getItems()
                .filter(p -> p.id() == practice.periodId()).findFirst().orElseThrow());
        assertThat(GridKt._size(view.offers)).isEqualTo(2);
        assertThat(GridKt._size(view.placed)).isZero();

        _click(view.run);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(GridKt._size(view.placed)).isEqualTo(2);
        assertThat(view.offers.getListDataView().getItems()).allSatisfy(o -> assertThat(o.taken()).isEqualTo(1));
        assertThat(String.join(" ", GridKt._getFormattedRow(view.placed, 0))).contains("outside choices");
    }
}
