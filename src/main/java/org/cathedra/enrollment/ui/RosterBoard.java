package org.cathedra.enrollment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.enrollment.EnrollmentRules;
import org.cathedra.enrollment.RosterExport;
import org.cathedra.enrollment.RosterService;
import org.cathedra.enrollment.RosterService.Part;
import org.cathedra.enrollment.RosterService.RosterLine;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Rows;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Rosters of offerings: pick an offering, see who is seated, waiting or applying, and act on them. The office
 * sees every offering and may add, withdraw and enroll cohorts; a teacher sees their own and decides applications.
 */
abstract class RosterBoard extends VerticalLayout implements HasDynamicTitle {

    // a teacher teaches a handful of groups a year; their list is not paged
    private static final int MAX_TAUGHT = 200;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RosterService rosters;
    final ComboBox<CourseOffering> offering = new ComboBox<>();
    final Paragraph seats = new Paragraph();
    final Grid<RosterLine> seated = grid("roster-grid");
    final Grid<RosterLine> waitlist = grid("waitlist-grid");
    final Grid<RosterLine> applications = grid("applications-grid");
    final Button addStudent = new Button();
    final Button enrollCohort = new Button();
    final Button rulesButton = new Button();
    final Anchor csv;
    final Anchor xlsx;
    final Div roster = new Div();
    final EmptyState nothingChosen;

    private final boolean office;

    RosterBoard(RosterService rosters, RosterExport export, boolean office, EnrollmentRules rules, ZoneId zone) {
        this.rosters = rosters;
        this.office = office;
        addClassName("rosters-view");
        setSizeFull();
        offering.setLabel(getTranslation("rosters.offering"));
        offering.setWidth("min(40rem, 100%)");
        offering.setItemLabelGenerator(o -> o.getCourse().getCode() + " " + o.getCourse().name(getLocale()) + " · "
                + o.getSection() + " · " + o.getTerm().getAcademicYearLabel() + " "
                + getTranslation("termPart." + o.getTerm().getPart().name()));
        if (office) {
            offering.setItems(query -> rosters.offerings(query.getFilter().orElse(null),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream());
        } else {
            offering.setItems(rosters.myOfferings(PageRequest.of(0, MAX_TAUGHT)).getContent());
        }
        offering.addValueChangeListener(e -> refresh());

        addStudent.setText(getTranslation("rosters.addStudent"));
        addStudent.setIcon(VaadinIcon.PLUS.create());
        addStudent.addClickListener(e -> new AddStudentDialog(rosters, chosen(), this::refresh).open());
        enrollCohort.setText(getTranslation("rosters.enrollCohort"));
        enrollCohort.addClickListener(e -> new CohortDialog(rosters, chosen(), this::refresh).open());
        Locale locale = getLocale();
        csv = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(export.csv(chosen(), locale)), "roster.csv", "text/csv", -1)),
                getTranslation("rosters.exportCsv"));
        xlsx = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(export.xlsx(chosen(), locale)), "roster.xlsx", XLSX, -1)),
                getTranslation("rosters.exportXlsx"));

        columns(seated, Part.SEATED);
        columns(waitlist, Part.WAITLIST);
        columns(applications, Part.APPLICATIONS);
        rulesButton.setText(getTranslation("rosters.rules"));
        rulesButton.addClickListener(e -> new RulesDialog(rules, offering.getValue(),
                rosters.seats(chosen()).byApplication(), zone, this::refresh).open());
        rulesButton.setVisible(office);
        addStudent.setVisible(office);
        enrollCohort.setVisible(office);
        HorizontalLayout actions = new HorizontalLayout(addStudent, enrollCohort, rulesButton, csv, xlsx);
        actions.setWrap(true);
        actions.setAlignItems(Alignment.CENTER);
        roster.add(seats, actions, new H2(getTranslation("rosters.seated")), seated,
                new H2(getTranslation("rosters.waitlist")), waitlist,
                new H2(getTranslation("rosters.applications")), applications);
        roster.setWidthFull();
        nothingChosen = new EmptyState(getTranslation("rosters.chooseOffering"));
        add(new ViewHeader(getTranslation("rosters.title")), offering, nothingChosen, roster);
        refresh();
    }

    private long chosen() {
        return offering.getValue().getId();
    }

    private void refresh() {
        @Nullable CourseOffering current = offering.getValue();
        roster.setVisible(current != null);
        nothingChosen.setVisible(current == null);
        if (current == null) {
            return;
        }
        RosterService.SeatSummary s = rosters.seats(current.getId());
        seats.setText(getTranslation("rosters.summary", s.taken(), s.capacity(), s.left(), s.waitlisted(),
                s.applied()));
        for (Grid<RosterLine> grid : List.of(seated, waitlist, applications)) {
            grid.getDataProvider().refreshAll();
        }
    }

    private void columns(Grid<RosterLine> grid, Part part) {
        if (part == Part.WAITLIST) {
            grid.addColumn(RosterLine::position).setHeader(getTranslation("rosters.column.position"))
                    .setKey("position").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(RosterLine::studentName).setHeader(getTranslation("rosters.column.student")).setKey("student")
                .setFlexGrow(2);
        grid.addColumn(l -> l.cohort() == null ? "" : l.cohort()).setHeader(getTranslation("rosters.column.cohort"))
                .setKey("cohort").setAutoWidth(true);
        grid.addColumn(l -> getTranslation("enrollment.status." + l.status().name())
                + (l.overridden() ? " · " + getTranslation("rosters.override") : ""))
                .setHeader(getTranslation("rosters.column.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(l -> l.reason() == null ? "" : l.reason()).setHeader(getTranslation("enrollment.reason"))
                .setKey("reason").setFlexGrow(2);
        grid.addComponentColumn(l -> actions(l, part)).setHeader(getTranslation("common.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        // the page is read from the query even with no offering chosen: the grid insists that it is
        grid.setItems((CallbackDataProvider.FetchCallback<RosterLine, Void>) query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return offering.getValue() == null ? Stream.empty() : rosters.lines(chosen(), part, page).stream();
        })
                .setIdentifierProvider(l -> l.enrollmentId() + "@" + l.version());
    }

    private HorizontalLayout actions(RosterLine line, Part part) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (part == Part.APPLICATIONS) {
            buttons.add(small("rosters.approve", () -> ReasonDialog.open(getTranslation("rosters.approve.title",
                    line.studentName()), reason -> rosters.approve(line.enrollmentId(), reason), this::refresh)));
            buttons.add(small("rosters.reject", () -> ReasonDialog.open(getTranslation("rosters.reject.title",
                    line.studentName()), reason -> rosters.reject(line.enrollmentId(), reason), this::refresh)));
        }
        if (!office) {
            return buttons;
        }
        buttons.add(small("enrollment.withdraw", () -> ReasonDialog.open(getTranslation("rosters.withdraw.title",
                line.studentName()), reason -> rosters.withdraw(line.enrollmentId(), reason), this::refresh)));
        return buttons;
    }

    private Button small(String key, Runnable action) {
        Button button = Rows.action(getTranslation(key), action);
        button.addClassName(key.replace('.', '-'));
        return button;
    }

    private static Grid<RosterLine> grid(String className) {
        Grid<RosterLine> grid = Rows.shortGrid(className);
        grid.setPageSize(50);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rosters.title");
    }
}
