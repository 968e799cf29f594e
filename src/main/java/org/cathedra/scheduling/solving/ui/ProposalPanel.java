package org.cathedra.scheduling.solving.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.cathedra.scheduling.solving.Proposal;
import org.jspecify.annotations.Nullable;

/** The moves a solve proposes, from where to where, with Apply and Discard. */
class ProposalPanel extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Grid<Proposal.Move> moves = new Grid<>();
    final Button apply = new Button();
    final Button discard = new Button();

    ProposalPanel(Runnable onApply, Runnable onDiscard) {
        addClassName("solve-proposal");
        setPadding(false);
        apply.setText(getTranslation("solve.apply"));
        apply.setIcon(VaadinIcon.CHECK.create());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> onApply.run());
        apply.addClassName("solve-apply");
        discard.setText(getTranslation("solve.discard"));
        discard.setIcon(VaadinIcon.CLOSE_SMALL.create());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        discard.addClickListener(e -> onDiscard.run());
        moves.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        moves.addColumn(Proposal.Move::label).setHeader(getTranslation("solve.col.session")).setKey("session")
                .setAutoWidth(true).setFlexGrow(0);
        moves.addColumn(m -> when(m.fromDate(), m.fromStart()) + " · " + m.fromRoom())
                .setHeader(getTranslation("solve.col.from")).setKey("from");
        moves.addColumn(m -> when(m.toDate(), m.toStart()) + " · " + m.toRoom())
                .setHeader(getTranslation("solve.col.to")).setKey("to");
        moves.setAllRowsVisible(true);
        moves.setAriaLabel(getTranslation("solve.proposal"));
        add(new H2(getTranslation("solve.proposal")), summary, moves, new HorizontalLayout(apply, discard));
        show(null);
    }

    private String when(LocalDate date, LocalTime start) {
        return DateTimeFormatter.ofPattern("EEE", getLocale()).format(date) + " "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale()).format(date) + " "
                + start;
    }

    void show(@Nullable Proposal proposal) {
        if (proposal == null) {
            summary.setText(getTranslation("solve.proposal.none"));
            moves.setItems();
            moves.setVisible(false);
            apply.setEnabled(false);
            discard.setEnabled(false);
            return;
        }
        moves.setItems(proposal.moves());
        moves.setVisible(!proposal.moves().isEmpty());
        String verdict = proposal.feasible() ? getTranslation("solve.proposal.feasible")
                : getTranslation("solve.proposal.infeasible", -proposal.hard());
        summary.setText(proposal.moves().isEmpty() ? getTranslation("solve.proposal.empty")
                : getTranslation("solve.proposal.summary", proposal.moves().size(), verdict));
        apply.setEnabled(!proposal.moves().isEmpty());
        discard.setEnabled(true);
    }
}
