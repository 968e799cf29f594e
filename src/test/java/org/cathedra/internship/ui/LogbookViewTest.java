package org.cathedra.internship.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.cathedra.internship.InternshipFixture;
import org.cathedra.internship.InternshipFixture.Placed;
import org.cathedra.internship.InternshipFixture.Practice;
import org.cathedra.internship.LogbookEntry;
import org.cathedra.internship.LogbookService;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A trainee records entries in the logbook view, is warned about a name, and sees the progress. */
class LogbookViewTest extends UiTest {

    @Autowired
    InternshipFixture fixture;
    @Autowired
    LogbookService logbook;

    private LogbookView open() {
        UI.getCurrent().navigate("internship/logbook");
        return _get(LogbookView.class);
    }

    private EntryDialog fill(LogbookView view, String hours, String code, String reflection) {
        _click(view.newEntry);
        EntryDialog entry = view.entryDialog;
        assertThat(_get(FormDialog.class)).isSameAs(entry.dialog);
        entry.hours.setValue(new BigDecimal(hours));
        entry.caseType.setValue(entry.caseType.getListDataView().getItem(0));
        entry.participation.setValue(LogbookEntry.Participation.SUPERVISED);
        entry.patientCode.setValue(code);
        entry.reflection.setValue(reflection == null ? "" : reflection);
        return entry;
    }

    @Test
    void a_trainee_records_an_entry_and_it_awaits_sign_off() {
        Practice practice = fixture.practice(2);
        Placed placed = fixture.placed(practice, "Журналова");
        signIn(placed.trainee().username());
        LogbookView view = open();
        assertThat(view.none.isVisible()).isFalse();
        assertThat(view.progress.getChildren().count()).isEqualTo(3);

        EntryDialog entry = fill(view, "5", "gc-1", "Построила родословную в трёх поколениях.");
        assertThat(entry.date.getValue()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Moscow")));
        _click(entry.dialog.saveButton());

        assertThat(entry.dialog.isOpened()).isFalse();
        assertThat(view.entries.items().size()).isEqualTo(1);
        LogbookService.EntryRow row = view.entries.items().get(0);
        assertThat(row.patientCode()).isEqualTo("GC-1");
        assertThat(row.status()).isEqualTo(LogbookEntry.Status.PENDING);
        assertThat(view.progress.getElement().getTextRecursively()).contains("0 of 20 signed", "5 awaiting sign-off");
    }

    @Test
    void a_reflection_that_names_someone_asks_before_it_is_stored() {
        Practice practice = fixture.practice(2);
        Placed placed = fixture.placed(practice, "Осторожная");
        signIn(placed.trainee().username());
        LogbookView view = open();

        EntryDialog entry = fill(view, "2", "GC-2", "Беседовала с Петровой Анной Ивановной");
        _click(entry.dialog.saveButton());
        assertThat(entry.dialog.isOpened()).as("kept open while the warning is asked").isTrue();
        assertThat(view.entries.items().size()).isZero();

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("This looks like a name");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(view.entries.items().size()).isEqualTo(1);
        assertThat(entry.dialog.isOpened()).isFalse();
    }

    @Test
    void a_signed_entry_moves_the_bar_and_cannot_be_edited_from_the_view() {
        Practice practice = fixture.practice(2);
        Placed placed = fixture.placed(practice, "Подписанная");
        signIn(placed.trainee().username());
        LogbookView view = open();
        EntryDialog entry = fill(view, "10", "GC-3", null);
        _click(entry.dialog.saveButton());
        long id = view.entries.items().get(0).id();

        signIn(practice.siteSupervisor().username());
        logbook.sign(placed.placementId(), java.util.List.of(id));
        signIn(placed.trainee().username(), Locale.forLanguageTag("ru"));
        view = open();

        ProgressBar hours = (ProgressBar) view.progress.getChildren().findFirst().orElseThrow().getChildren()
                .skip(1).findFirst().orElseThrow();
        assertThat(hours.getValue()).isEqualTo(0.5);
        assertThat(view.progress.getElement().getTextRecursively()).contains("подписано 10 из 20");
        assertThat(view.entries.actions(0).isVisible()).isFalse();
    }
}
