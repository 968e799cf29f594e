package org.cathedra.scheduling.solving.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import java.time.Duration;
import org.cathedra.scheduling.solving.SolveProgress;
import org.cathedra.scheduling.solving.SolveScenario;
import org.cathedra.scheduling.solving.SolveService;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SolveViewTest extends UiTest {

    @Autowired
    SolveScenario scenario;
    @Autowired
    SolveService solve;

    SolveScenario.Week week;

    private SolveView open() {
        signIn("admin");
        week = scenario.build();
        UI.getCurrent().navigate("admin/timetable/solve");
        SolveView view = _get(SolveView.class);
        view.term.setValue(view.term.getListDataView().getItems().filter(t -> t.getId() == week.termId())
                .findFirst().orElseThrow());
        _setValue(view.week, week.monday());
        return view;
    }

    @AfterEach
    void discard() {
        if (week != null) {
            solve.discard(week.termId());
        }
    }

    /** Waits for the solver, then lets the page poll as the browser would. */
    private void pollUntilEnded(SolveView view) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60))
                .until(() -> solve.progress(week.termId()).state() != SolveProgress.State.SOLVING);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    @Test
    void the_office_solves_a_week_watches_the_progress_and_applies_the_proposal() {
        SolveView view = open();
        assertThat(_get(H1.class).getText()).isEqualTo("Solve the timetable");
        assertThat(GridKt._size(view.sessions)).isEqualTo(4);
        assertThat(view.state.getText()).isEqualTo("No solve running.");

        _setValue(view.seconds, 2);
        _click(view.start);
        assertThat(view.state.getText()).isIn("Solving…", "Solve finished.");
        if (view.state.getText().equals("Solving…")) {
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(SolveView.POLL_MS);
            assertThat(view.stop.isEnabled()).isTrue();
            assertThat(view.start.isEnabled()).isFalse();
            assertThat(view.working.isVisible()).isTrue();
        }
        pollUntilEnded(view);

        assertThat(view.state.getText()).isEqualTo("Solve finished.");
        assertThat(view.score.getText()).startsWith("Best score: 0 hard / ");
        assertThat(view.elapsed.getText()).endsWith(" s");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        int moves = GridKt._size(view.proposal.moves);
        assertThat(moves).isPositive();
        assertThat(view.proposal.summary.getText()).startsWith(moves + " session(s) would move.")
                .contains("No hard conflict remains.");
        assertThat(GridKt._getFormattedRow(view.proposal.moves, 0).get(2)).isNotEqualTo(
                GridKt._getFormattedRow(view.proposal.moves, 0).get(1));

        org.cathedra.scheduling.solving.Proposal.Move proposed = GridKt._get(view.proposal.moves, 0);
        _click(view.proposal.apply);
        NotificationsKt.expectNotifications("Solving started.", moves + " session(s) moved.");
        SolveService.WeekSession after = java.util.stream.IntStream.range(0, GridKt._size(view.sessions))
                .mapToObj(i -> GridKt._get(view.sessions, i)).filter(r -> r.id() == proposed.sessionId())
                .findFirst().orElseThrow();
        assertThat(after.date()).isEqualTo(proposed.toDate());
        assertThat(after.startsAt()).isEqualTo(proposed.toStart());
        assertThat(after.room()).isEqualTo(proposed.toRoom());
        assertThat(view.proposal.summary.getText()).isEqualTo("Start a solve to get a proposal.");
        assertThat(view.proposal.apply.isEnabled()).isFalse();
    }

    @Test
    void a_long_solve_is_stopped_and_its_proposal_discarded() {
        SolveView view = open();
        _setValue(view.seconds, 120);
        _click(view.start);
        _click(view.stop);
        pollUntilEnded(view);
        assertThat(view.state.getText()).isEqualTo("Solve finished.");
        assertThat(Integer.parseInt(view.elapsed.getText().replace(" s", ""))).isLessThan(120);
        assertThat(view.proposal.discard.isEnabled()).isTrue();

        _click(view.proposal.discard);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Discard the proposal?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(view.proposal.summary.getText()).isEqualTo("Start a solve to get a proposal.");
        assertThat(view.state.getText()).isEqualTo("No solve running.");
        assertThat(solve.progress(week.termId()).state()).isEqualTo(SolveProgress.State.IDLE);
    }

    @Test
    void a_session_is_pinned_from_the_week_list_and_a_too_long_limit_is_refused() {
        SolveView view = open();
        int row = java.util.stream.IntStream.range(0, GridKt._size(view.sessions))
                .filter(i -> GridKt._get(view.sessions, i).id() == week.first()).findFirst().orElseThrow();
        Button pin = (Button) GridKt._getCellComponent(view.sessions, row, "pin");
        assertThat(pin.getText()).isEqualTo("Pin");
        String label = GridKt._get(view.sessions, row).label();
        _click(pin);
        assertThat(GridKt._get(view.sessions, row).pinned()).isTrue();
        assertThat(((Button) GridKt._getCellComponent(view.sessions, row, "pin")).getText()).isEqualTo("Unpin");

        _setValue(view.seconds, SolveService.MAX_SECONDS + 1);
        _click(view.start);
        NotificationsKt.expectNotifications("Pinned: " + label, "The time limit is from 1 to 600 seconds.");
        assertThat(view.state.getText()).isEqualTo("No solve running.");
    }
}
