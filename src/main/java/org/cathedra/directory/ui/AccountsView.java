package org.cathedra.directory.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.cathedra.directory.AccountRow;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.UserAccount;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The administrator's list of logins: whose each one is, its role and state; disable, enable, and unlock after
 * repeated failed sign-ins. Logins themselves are created on the teacher and student forms.
 */
@Route("admin/accounts")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 13, icon = "vaadin:key", title = "nav.accounts")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final long ownAccountId;
    private final DateTimeFormatter timeFormat;
    private final SearchField search = new SearchField("account.search", this::refresh);
    private final ComboBox<UserAccount.Role> role = new ComboBox<>();
    private final Checkbox onlyBlocked = new Checkbox();
    private final Grid<AccountRow> grid = new Grid<>();
    private final EmptyState empty = new EmptyState(getTranslation("account.empty"));

    AccountsView(AccountService accounts, CurrentUser currentUser, InstituteSettings settings) {
        this.accounts = accounts;
        this.ownAccountId = currentUser.require().accountId();
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(settings.zone());
        addClassName("accounts-view");
        setSizeFull();
        role.setLabel(getTranslation("account.role"));
        role.setItems(UserAccount.Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        role.setPlaceholder(getTranslation("directory.filter.all"));
        role.setClearButtonVisible(true);
        role.addValueChangeListener(e -> refresh());
        onlyBlocked.setLabel(getTranslation("account.onlyBlocked"));
        onlyBlocked.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, role, onlyBlocked);
        filters.addClassName("filter-bar");
        configureGrid();
        add(new ViewHeader(getTranslation("account.title")), filters, grid, empty);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(AccountRow::username).setKey("username").setHeader(getTranslation("account.username"))
                .setSortProperty("username").setFlexGrow(2);
        var person = grid.addColumn(row -> row.personName() == null ? "—" : row.personName()).setKey("person")
                .setHeader(getTranslation("account.person")).setFlexGrow(3);
        grid.addColumn(row -> getTranslation("role." + row.role())).setKey("role")
                .setHeader(getTranslation("account.role")).setSortProperty("role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::status).setKey("status").setHeader(getTranslation("account.status")).setFlexGrow(2);
        var lastLogin = grid.addColumn(row -> time(row.lastLoginAt())).setKey("lastLogin")
                .setHeader(getTranslation("account.lastLogin")).setSortProperty("lastLoginAt").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("directory.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> accounts.list(filter(), toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("account.title"));
        grid.setSizeFull();
        NarrowScreens.hideOnPhones(grid, person, lastLogin);
    }

    private String status(AccountRow row) {
        if (!row.enabled()) {
            return getTranslation("account.disabled");
        }
        return row.locked() ? getTranslation("account.locked", time(row.lockedUntil()))
                : getTranslation("account.enabled");
    }

    private String time(@Nullable Instant instant) {
        return instant == null ? "—" : timeFormat.format(instant);
    }

    private RowActions actions(AccountRow row) {
        RowActions actions = new RowActions();
        if (row.locked()) {
            actions.add(VaadinIcon.UNLOCK, getTranslation("account.unlock"), () -> RowActions.attempt(
                    () -> accounts.unlock(row.id()), getTranslation("account.unlockedDone", row.username()),
                    this::refresh));
        }
        if (!row.enabled()) {
            actions.add(VaadinIcon.CHECK, getTranslation("account.enable"), () -> RowActions.attempt(
                    () -> accounts.enable(row.id()), getTranslation("account.enabledDone", row.username()),
                    this::refresh));
        } else if (row.id() != ownAccountId) {
            actions.add(VaadinIcon.BAN, getTranslation("account.disable"), () -> Confirm.ask(
                    getTranslation("account.disable.title", row.username()), getTranslation("account.disable.text"),
                    getTranslation("account.disable"), () -> RowActions.attempt(() -> accounts.disable(row.id()),
                            getTranslation("account.disabledDone", row.username()), this::refresh)));
        }
        return actions;
    }

    private AccountService.Filter filter() {
        return new AccountService.Filter(search.getValue(), role.getValue(), onlyBlocked.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean any = accounts.list(filter(), PageRequest.of(0, 1)).hasContent();
        grid.setVisible(any);
        empty.setVisible(!any);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
