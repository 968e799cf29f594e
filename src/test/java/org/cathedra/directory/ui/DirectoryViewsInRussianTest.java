package org.cathedra.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The administration views speak Russian to a Russian-speaking administrator, down to the dialogs. */
class DirectoryViewsInRussianTest extends UiTest {

    /** The labels, headers, placeholders, helpers, errors and button texts inside {@code root}. */
    private static List<String> labels(Component root) {
        List<String> texts = new ArrayList<>();
        for (Component c : _find(root, Component.class)) {
            Element e = c.getElement();
            for (String property : List.of("label", "placeholder", "helperText", "headerTitle", "errorMessage")) {
                texts.add(e.getProperty(property, ""));
            }
            texts.add(e.getAttribute("aria-label") == null ? "" : e.getAttribute("aria-label"));
            if (c instanceof Button || c instanceof H1 || c instanceof Paragraph) {
                texts.add(e.getText());
            }
            if (c instanceof Grid<?> grid) {
                grid.getColumns().forEach(column -> texts.add(column.getHeaderText()));
            }
        }
        texts.removeIf(t -> t == null || t.isBlank());
        return texts;
    }

    @ParameterizedTest
    @CsvSource({"admin/departments, Кафедры, DepartmentsView", "admin/teachers, Преподаватели, TeachersView",
            "admin/students, Обучающиеся, StudentsView", "admin/accounts, Учётные записи, AccountsView"})
    void every_text_of_the_view_and_its_form_is_russian(String route, String title, String viewName)
            throws ClassNotFoundException {
        @SuppressWarnings("unchecked")
        Class<? extends Component> view = (Class<? extends Component>) Class.forName(
                DirectoryViewsInRussianTest.class.getPackageName() + "." + viewName);
        signIn("admin", Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate(route);
        assertThat(_get(H1.class).getText()).isEqualTo(title);
        List<String> texts = new ArrayList<>(labels(_get(view)));
        if (!_find(Button.class, spec -> spec.withText("Создать")).isEmpty()) {
            _click(_get(Button.class, spec -> spec.withText("Создать")));
            _click(_get(FormDialog.class).saveButton());
            texts.addAll(labels(_get(FormDialog.class)));
        }
        // a key missing from the Russian bundle falls back to English, which has no Cyrillic letter
        assertThat(texts).hasSizeGreaterThan(8).allSatisfy(text -> assertThat(text).containsPattern("[а-яА-ЯёЁ]"));
    }
}
