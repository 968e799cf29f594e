package org.cathedra.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Small pieces the three dashboards share: stat cards, sections, number formatting per locale. */
final class Cards {

    private Cards() {
    }

    static Div stat(String value, String label, String testId) {
        Span v = new Span(value);
        v.addClassName("stat-value");
        Span l = new Span(label);
        l.addClassName("stat-label");
        Div card = new Div(v, l);
        card.addClassName("stat-card");
        card.setId(testId);
        return card;
    }

    static Div section(String title, Component... content) {
        Div section = new Div(new H2(title));
        section.addClassName("dashboard-section");
        section.add(content);
        return section;
    }

    static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    static String decimal(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A line of static markup, {@code <div class="...">text</div>}, the text escaped. */
    static String line(String className, String text) {
        return "<div class=\"" + className + "\">" + org.jsoup.nodes.Entities.escape(text) + "</div>";
    }
}
