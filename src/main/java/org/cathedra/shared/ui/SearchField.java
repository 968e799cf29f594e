package org.cathedra.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above every list: filters as the user types (after a short pause), with a clear button. */
public class SearchField extends TextField {

    public static final int MAX_LENGTH = 100;

    public SearchField(String placeholderKey, Runnable onChange) {
        UI ui = UI.getCurrent();
        String text = ui.getTranslation(placeholderKey);
        setPlaceholder(text);
        setAriaLabel(text);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(MAX_LENGTH);
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(300);
        addValueChangeListener(e -> onChange.run());
        addClassName("search-field");
    }
}
