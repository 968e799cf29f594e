package org.cathedra.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.notification.ui.NotificationBell;
import org.cathedra.shared.InstituteSettings;

/**
 * The application shell: the institute's name, a side navigation built from the routes' {@code @Menu} entries the
 * user may open, and the user menu (profile, language, theme, sign out). Views never import it.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final AuthenticationContext authentication;
    private final AccountService accounts;
    private final CathedraUser user;
    private final Span appName = new Span();
    private final SideNav nav = new SideNav();
    private final MenuBar userMenu = new MenuBar();

    MainLayout(AuthenticationContext authentication, AccountService accounts, CurrentUser currentUser,
            InstituteSettings settings, NotificationBell bell) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.user = currentUser.require();
        addClassName("main-layout");
        setPrimarySection(Section.DRAWER);
        appName.setText(settings.name());

        DrawerToggle toggle = new DrawerToggle();
        Div spacer = new Div();
        spacer.addClassName("layout-spacer");
        Span navbarBrand = new Span(settings.name());
        navbarBrand.addClassName("navbar-brand");
        toggle.setAriaLabel(settings.name());
        addToNavbar(toggle, navbarBrand, spacer, bell, userMenu);

        var logo = VaadinIcon.ACADEMY_CAP.create();
        logo.getElement().setAttribute("aria-hidden", "true");
        appName.addClassName("app-name");
        Div brand = new Div(logo, appName);
        brand.addClassName("app-brand");
        nav.addClassName("app-nav");
        addToDrawer(brand, new Scroller(nav));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        buildNav();
        buildUserMenu();
    }

    private void buildNav() {
        nav.removeAll();
        nav.setLabel(getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null) {
                Component icon = entry.icon().startsWith("vaadin:")
                        ? new Icon("vaadin", entry.icon().substring("vaadin:".length())) : new SvgIcon(entry.icon());
                icon.getElement().setAttribute("aria-hidden", "true");
                item.setPrefixComponent(icon);
            }
            nav.addItem(item);
        }
    }

    private void buildUserMenu() {
        userMenu.removeAll();
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(user.displayName());
        avatar.addClassName("user-avatar");
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Div trigger = new Div(avatar, name);
        trigger.addClassName("user-trigger");
        MenuItem root = userMenu.addItem(trigger);
        root.setAriaLabel(getTranslation("user.menu"));
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("user.profile"), e -> UI.getCurrent().navigate("profile"));
        SubMenu language = sub.addItem(getTranslation("user.language")).getSubMenu();
        language.addItem("Русский", e -> switchLanguage(MessageBundleI18NProvider.RUSSIAN));
        language.addItem("English", e -> switchLanguage(MessageBundleI18NProvider.ENGLISH));
        boolean dark = UiPreferences.isDark(UI.getCurrent().getSession());
        sub.addItem(getTranslation(dark ? "user.theme.light" : "user.theme.dark"), e -> switchTheme(!dark));
        sub.addItem(getTranslation("user.logout"), e -> authentication.logout());
    }

    private void switchLanguage(Locale locale) {
        accounts.changeOwnLanguage(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        // views build their texts once: a reload redraws every one of them in the new language
        ui.getPage().reload();
    }

    private void switchTheme(boolean dark) {
        accounts.changeOwnTheme(dark);
        UiPreferences.setDark(UI.getCurrent(), dark);
        buildUserMenu();
    }
}
