package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.cathedra.scheduling.SessionView;
import org.jspecify.annotations.Nullable;

/** A month as seven columns of days, each listing its first sessions and how many more there are. */
final class MonthGrid extends Div {

    static final int SHOWN_PER_DAY = 3;

    MonthGrid(YearMonth month, List<SessionView> sessions, Locale locale, @Nullable Consumer<SessionView> open) {
        addClassName("month-grid");
        UI ui = UI.getCurrent();
        for (DayOfWeek d : DayOfWeek.values()) {
            Div head = new Div(new Span(d.getDisplayName(TextStyle.SHORT, locale)));
            head.addClassName("month-head");
            add(head);
        }
        LocalDate first = month.atDay(1);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate end = month.atEndOfMonth();
        for (LocalDate day = start; !day.isAfter(end) || day.getDayOfWeek() != DayOfWeek.MONDAY;
                day = day.plusDays(1)) {
            Div cell = new Div();
            cell.addClassName("month-day");
            cell.getElement().getClassList().set("outside", !YearMonth.from(day).equals(month));
            Span number = new Span(String.valueOf(day.getDayOfMonth()));
            number.addClassName("month-number");
            cell.add(number);
            LocalDate date = day;
            List<SessionView> ofDay = sessions.stream().filter(s -> s.date().equals(date)).toList();
            ofDay.stream().limit(SHOWN_PER_DAY).forEach(s -> cell.add(SessionChip.of(s, locale, true, open)));
            if (ofDay.size() > SHOWN_PER_DAY) {
                Span more = new Span(ui.getTranslation("timetable.more", ofDay.size() - SHOWN_PER_DAY));
                more.addClassName("month-more");
                cell.add(more);
            }
            add(cell);
        }
    }
}
