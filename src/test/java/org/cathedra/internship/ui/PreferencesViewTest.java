package org.cathedra.internship.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import org.cathedra.internship.InternshipFixture;
import org.cathedra.internship.InternshipFixture.Login;
import org.cathedra.internship.InternshipFixture.Practice;
import org.cathedra.internship.PlacementService;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner ranks the offered placements and saves the ranking. */
class PreferencesViewTest extends UiTest {

    @Autowired
    InternshipFixture fixture;
    @Autowired
    PlacementService placements;

    @Test
    void a_learner_adds_offers_reorders_them_and_saves() {
        Practice practice = fixture.practice(3);
        Login learner = fixture.trainee(practice, "Выбирающая");
        signIn(learner.username());
        UI.getCurrent().navigate("internship/preferences");
        PreferencesView view = _get(PreferencesView.class);
        assertThat(view.none.isVisible()).isFalse();
        PreferencesView.PeriodPanel panel = view.panels.stream()
                .filter(p -> p.period.periodId() == practice.periodId()).findFirst().orElseThrow();
        assertThat(panel.ranked.isVisible()).isFalse();
        assertThat(GridKt._size(panel.offered)).isEqualTo(2);

        _click((Button) GridKt._getCellComponent(panel.offered, 0, "actions"));
        _click((Button) GridKt._getCellComponent(panel.offered, 0, "actions"));
        assertThat(GridKt._size(panel.ranked)).isEqualTo(2);
        assertThat(GridKt._size(panel.offered)).isZero();
        assertThat(GridKt._get(panel.ranked, 0).id()).isEqualTo(practice.offerIds().get(0));

        HorizontalLayout moves = (HorizontalLayout) GridKt._getCellComponent(panel.ranked, 0, "actions");
        _click((Button) moves.getComponentAt(1));
        assertThat(GridKt._get(panel.ranked, 0).id()).isEqualTo(practice.offerIds().get(1));
        _click(panel.save);

        assertThat(placements.myChoices(Locale.ENGLISH).stream()
                .filter(c -> c.periodId() == practice.periodId()).findFirst().orElseThrow().ranking())
                .containsExactly(practice.offerIds().get(1), practice.offerIds().get(0));
    }
}
