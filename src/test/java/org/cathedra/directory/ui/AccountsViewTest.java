package org.cathedra.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.AccountRow;
import org.cathedra.directory.DirectoryTestData;
import org.cathedra.directory.UserAccount;
import org.cathedra.directory.internal.UserAccountRepository;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountsViewTest extends UiTest {

    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void openAsAdministrator() {
        signIn("admin");
        UI.getCurrent().navigate("admin/accounts");
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountRow> grid() {
        return _get(Grid.class);
    }

    private List<AccountRow> rows() {
        return _find(Grid.class).isEmpty() ? List.of() : GridKt._findAll(grid());
    }

    private List<Button> actions(String username) {
        int row = rows().stream().map(AccountRow::username).toList().indexOf(username);
        assertThat(row).as(username + " is listed").isNotNegative();
        return _find(GridKt._getCellComponent(grid(), row, "actions"), Button.class);
    }

    private Button action(String username, String label) {
        return actions(username).stream().filter(b -> label.equals(b.getAriaLabel().orElse(""))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " for " + username));
    }

    private UserAccount newAccount() {
        return repository.save(new UserAccount(DirectoryTestData.unique("acc.").toLowerCase(Locale.ROOT),
                encoder.encode("correct-horse-battery"), UserAccount.Role.TEACHER, null));
    }

    @Test
    void the_administrator_sees_logins_with_their_people_and_roles_and_filters_them() {
        assertThat(_get(H1.class).getText()).isEqualTo("Accounts");
        assertThat(rows()).extracting(AccountRow::username).contains("admin", "student", "teacher");
        @SuppressWarnings("unchecked")
        ComboBox<UserAccount.Role> role = _get(ComboBox.class, spec -> spec.withLabel("Role"));
        ComboBoxKt.selectByLabel(role, "Administrator");
        assertThat(rows()).extracting(AccountRow::role).containsOnly(UserAccount.Role.ADMIN);
        _setValue(role, null);
        _setValue(_get(SearchField.class), "соколова ирина андреевна");
        assertThat(rows()).extracting(AccountRow::username).containsExactly("teacher");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Соколова Ирина Андреевна", "Teacher", "Active");
    }

    @Test
    void the_administrator_is_not_offered_to_disable_their_own_login() {
        _setValue(_get(SearchField.class), "admin");
        assertThat(actions("admin")).extracting(b -> b.getAriaLabel().orElse("")).doesNotContain("Disable");
    }

    @Test
    void disabling_asks_first_and_enabling_undoes_it() {
        UserAccount account = newAccount();
        _setValue(_get(SearchField.class), account.getUsername());
        _click(action(account.getUsername(), "Disable"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).contains(account.getUsername());
        assertThat(repository.findById(account.getId()).orElseThrow().isEnabled()).isTrue();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(repository.findById(account.getId()).orElseThrow().isEnabled()).isFalse();
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Disabled");

        _click(action(account.getUsername(), "Enable"));
        assertThat(repository.findById(account.getId()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void a_locked_login_is_found_among_the_blocked_ones_and_unlocked() {
        UserAccount account = newAccount();
        for (int i = 0; i < 5; i++) {
            accounts.recordFailedLogin(account.getUsername(), "127.0.0.1");
        }
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only disabled or locked")), true);
        assertThat(rows()).extracting(AccountRow::username).contains(account.getUsername()).doesNotContain("admin");
        _setValue(_get(SearchField.class), account.getUsername());
        assertThat(GridKt._getFormattedRow(grid(), 0)).anySatisfy(cell -> assertThat(cell).startsWith("Locked until"));

        _click(action(account.getUsername(), "Unlock"));
        assertThat(repository.findById(account.getId()).orElseThrow().getLockedUntil()).isNull();
        assertThat(rows()).as("no longer blocked").isEmpty();
    }

    @Test
    void a_teacher_does_not_get_the_view() {
        signIn("teacher");
        UI.getCurrent().navigate("admin/accounts");
        assertThat(_find(AccountsView.class)).isEmpty();
    }
}
