package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.cathedra.scheduling.PeriodGrid;
import org.cathedra.scheduling.SessionView;
import org.jspecify.annotations.Nullable;

/**
 * A week as a grid built from plain elements: a column per day (Monday to Saturday, Sunday when used), a row per
 * academic hour, and each session spanning its hours. Scrolls sideways on a narrow screen.
 */
final class WeekGrid extends Div {

    WeekGrid(LocalDate monday, List<SessionView> sessions, PeriodGrid periods, Locale locale,
            @Nullable Consumer<SessionView> open) {
        addClassName("week-grid");
        UI ui = UI.getCurrent();
        boolean sunday = sessions.stream().anyMatch(s -> s.date().getDayOfWeek() == DayOfWeek.SUNDAY);
        int days = sunday ? 7 : 6;
        getStyle().set("--days", String.valueOf(days)).set("--periods", String.valueOf(periods.periods()));
        // a visual grid; each session button names its own day and time for screen readers
        getElement().setAttribute("role", "group");
        Div corner = cell("week-corner", 1, 1);
        add(corner);
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("d MMM", locale);
        for (int d = 0; d < days; d++) {
            LocalDate date = monday.plusDays(d);
            Div head = cell("week-day", 1, d + 2);
            head.add(new Span(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " "
                    + dayFormat.format(date)));
            head.getElement().getClassList().set("today", date.equals(LocalDate.now()));
            add(head);
        }
        for (int p : periods.all()) {
            Div label = cell("week-period", p + 1, 1);
            label.add(new Span(ui.getTranslation("session.period", p, periods.start(p), periods.end(p))));
            add(label);
            for (int d = 0; d < days; d++) {
                add(cell("week-slot", p + 1, d + 2));
            }
        }
        for (SessionView s : sessions) {
            int day = s.date().getDayOfWeek().getValue() - 1;
            if (day >= days) {
                continue;
            }
            int first = s.startPeriod() != null ? s.startPeriod() : periods.periodAt(s.startsAt());
            int last = Math.max(first, periods.periodAt(s.endsAt().minusMinutes(1)));
            var chip = SessionChip.of(s, locale, true, open);
            chip.getElement().setAttribute("aria-label", s.date().getDayOfWeek().getDisplayName(TextStyle.FULL, locale)
                    + " " + dayFormat.format(s.date()) + ", " + chip.getElement().getAttribute("title"));
            Div place = new Div(chip);
            place.addClassName("week-session");
            place.getStyle().set("grid-row", (first + 1) + " / " + (last + 2)).set("grid-column", String.valueOf(day + 2));
            add(place);
        }
    }

    private static Div cell(String className, int row, int column) {
        Div cell = new Div();
        cell.addClassName(className);
        cell.getStyle().set("grid-row", String.valueOf(row)).set("grid-column", String.valueOf(column));
        return cell;
    }
}
