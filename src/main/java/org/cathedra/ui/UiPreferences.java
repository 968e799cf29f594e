package org.cathedra.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.cathedra.directory.CathedraUser;

/** The signed-in user's language and theme, applied to the session once and to every new UI of it. */
final class UiPreferences {

    private static final String APPLIED = "cathedra.preferencesApplied";
    private static final String DARK = "cathedra.darkTheme";

    private UiPreferences() {
    }

    static void applyOnce(VaadinSession session, CathedraUser user) {
        if (session.getAttribute(APPLIED) == null) {
            session.setAttribute(APPLIED, Boolean.TRUE);
            session.setLocale(MessageBundleI18NProvider.supported(user.locale()));
            session.setAttribute(DARK, user.darkTheme());
        }
    }

    static void apply(UI ui) {
        Locale locale = ui.getSession().getLocale();
        ui.setLocale(MessageBundleI18NProvider.supported(locale));
        ui.getPage().setColorScheme(isDark(ui.getSession()) ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }

    static boolean isDark(VaadinSession session) {
        return Boolean.TRUE.equals(session.getAttribute(DARK));
    }

    static void setDark(UI ui, boolean dark) {
        ui.getSession().setAttribute(DARK, dark);
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }
}
