package org.cathedra.internship.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import org.cathedra.directory.AccountService;
import org.cathedra.internship.EntryForm;
import org.cathedra.internship.InternshipFixture;
import org.cathedra.internship.InternshipFixture.Placed;
import org.cathedra.internship.InternshipFixture.Practice;
import org.cathedra.internship.LogbookEntry;
import org.cathedra.internship.LogbookService;
import org.cathedra.internship.LogbookService.PlacementSummary;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A site supervisor signs entries off in the view, one selection at a time or all, and returns one. */
class TraineesViewTest extends UiTest {

    @Autowired
    InternshipFixture fixture;
    @Autowired
    LogbookService logbook;
    @Autowired
    AccountService accountService;

    private long entry(Placed placed, Practice practice, int daysAgo, String hours) {
        SignIn.as(accountService, placed.trainee().username());
        long id = logbook.record(placed.placementId(), new EntryForm(practice.startsOn().plusDays(30 - daysAgo),
                new BigDecimal(hours), practice.pedigreeTypeId(), LogbookEntry.Participation.ASSISTED, "GC-" + daysAgo,
                null), false);
        SignIn.out();
        return id;
    }

    private TraineesView openAndChoose(Placed placed) {
        UI.getCurrent().navigate("internship/trainees");
        TraineesView view = _get(TraineesView.class);
        assertThat(view.detail.isVisible()).isFalse();
        PlacementSummary row = view.trainees.getListDataView().getItems()
                .filter(p -> p.placementId() == placed.placementId()).findFirst().orElseThrow();
        view.trainees.select(row);
        assertThat(view.detail.isVisible()).isTrue();
        return view;
    }

    @Test
    void the_supervisor_signs_selected_entries_then_all_and_the_bar_fills() {
        Practice practice = fixture.practice(2);
        Placed placed = fixture.placed(practice, "Подопечная");
        entry(placed, practice, 1, "4");
        entry(placed, practice, 2, "6");
        signIn(practice.siteSupervisor().username());
        TraineesView view = openAndChoose(placed);
        assertThat(GridKt._size(view.entries)).isEqualTo(2);
        assertThat(view.evaluate.isVisible()).isTrue();
        assertThat(view.grade.isVisible()).isFalse();

        view.entries.select(GridKt._get(view.entries, 0));
        _click(view.signSelected);
        assertThat(view.progress.getElement().getTextRecursively()).contains("4 of 20 signed", "6 awaiting");

        _click(view.signAll);
        assertThat(view.progress.getElement().getTextRecursively()).contains("10 of 20 signed")
                .doesNotContain("awaiting");
        assertThat(view.entries.getListDataView().getItems())
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(LogbookEntry.Status.SIGNED));
    }

    @Test
    void the_supervisor_returns_an_entry_with_a_comment() {
        Practice practice = fixture.practice(2);
        Placed placed = fixture.placed(practice, "Исправляющая");
        long id = entry(placed, practice, 1, "3");
        signIn(practice.academicSupervisor().username());
        TraineesView view = openAndChoose(placed);
        assertThat(view.grade.isVisible()).isTrue();

        _click((Button) GridKt._getCellComponent(view.entries, 0, "actions"));
        _get(TextArea.class).setValue("Укажите тип наследования");
        _click(_get(FormDialog.class).saveButton());

        assertThat(fixture.entry(id).getStatus()).isEqualTo(LogbookEntry.Status.RETURNED);
        assertThat(GridKt._get(view.entries, 0).supervisorComment()).isEqualTo("Укажите тип наследования");
    }

    @Test
    void a_supervisor_of_another_site_sees_none_of_these_trainees() {
        Practice practice = fixture.practice(2);
        fixture.placed(practice, "Чужая");
        signIn(practice.otherSiteSupervisor().username());
        UI.getCurrent().navigate("internship/trainees");
        TraineesView view = _get(TraineesView.class);
        assertThat(view.none.isVisible()).isTrue();
        assertThat(view.trainees.isVisible()).isFalse();
        assertThat(List.of(view.trainees.getListDataView().getItemCount())).containsExactly(0);
    }
}
