package org.cathedra.internship.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.math.BigDecimal;
import org.cathedra.internship.Progress;

/** The progress bars of a placement: hours, then each required kind of case; only signed entries fill them. */
class ProgressPanel extends Div {

    ProgressPanel() {
        addClassName("progress-panel");
    }

    void show(Progress progress) {
        removeAll();
        add(bar(getTranslation("internship.progress.hours"), progress.hours(), "progress-hours"));
        progress.counts().forEach(m -> add(bar(m.label(), m, "progress-count")));
    }

    private Div bar(String label, Progress.Measure measure, String className) {
        String text = getTranslation("internship.progress.bar", label, plain(measure.signed()),
                plain(measure.required()));
        if (measure.pending().signum() > 0) {
            text += getTranslation("internship.progress.pending", plain(measure.pending()));
        }
        Span caption = new Span(text);
        caption.addClassName("progress-caption");
        ProgressBar bar = new ProgressBar(0, 1, measure.fraction());
        bar.getElement().setAttribute("aria-label", text);
        bar.addClassName(className);
        if (measure.done()) {
            bar.addThemeName("success");
        }
        Div row = new Div(caption, bar);
        row.addClassName("progress-row");
        return row;
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
