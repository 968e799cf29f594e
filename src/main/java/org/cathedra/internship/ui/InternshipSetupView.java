package org.cathedra.internship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.cathedra.catalog.Programme;
import org.cathedra.catalog.ProgrammeService;
import org.cathedra.internship.CaseType;
import org.cathedra.internship.PlacementOffer;
import org.cathedra.internship.PlacementPeriod;
import org.cathedra.internship.PlacementService;
import org.cathedra.internship.PlacementService.OfferRow;
import org.cathedra.internship.PlacementService.PeriodRow;
import org.cathedra.internship.Requirement;
import org.cathedra.internship.RequirementService;
import org.cathedra.internship.RequirementService.CaseTypeRow;
import org.cathedra.internship.RequirementService.RequirementRow;
import org.cathedra.internship.SiteService;
import org.cathedra.internship.SiteService.SiteRow;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.Rows;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The office's internship set-up: the kinds of case logbooks count, the requirements of programmes (hours and
 * minimum counts), and the placement periods of each requirement with the sites offered in them, one section
 * under the other (the offers are those of the period selected in the list of periods).
 */
@Route("admin/internship-setup")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 27.5, icon = "vaadin:cogs", title = "nav.internship.setup")
class InternshipSetupView extends VerticalLayout implements HasDynamicTitle {

    private final RequirementService requirements;
    private final PlacementService placements;
    private final SiteService sites;
    private final ProgrammeService programmes;

    final Grid<CaseTypeRow> caseTypes = grid("case-types-grid");
    final Grid<RequirementRow> requirementGrid = grid("requirements-grid");
    final Grid<PeriodRow> periods = grid("periods-grid");
    final Grid<OfferRow> offers = grid("offers-grid");
    final Button newCaseType = primary("internship.setup.caseTypes.new");
    final Button newRequirement = primary("internship.setup.requirements.new");
    final Button newPeriod = primary("internship.setup.periods.new");
    final Button addOffer = primary("internship.setup.offers.add");
    final EmptyState noCaseTypes;
    final EmptyState noRequirements;
    final EmptyState noPeriods;
    final EmptyState noOffers;
    final H2 offersTitle = new H2();

    InternshipSetupView(RequirementService requirements, PlacementService placements, SiteService sites,
            ProgrammeService programmes) {
        this.requirements = requirements;
        this.placements = placements;
        this.sites = sites;
        this.programmes = programmes;
        addClassName("internship-setup-view");
        noCaseTypes = new EmptyState(getTranslation("internship.setup.caseTypes.none"));
        noRequirements = new EmptyState(getTranslation("internship.setup.requirements.none"));
        noPeriods = new EmptyState(getTranslation("internship.setup.periods.none"));
        noOffers = new EmptyState(getTranslation("internship.setup.offers.none"));

        caseTypes.addColumn(CaseTypeRow::code).setKey("code").setAutoWidth(true).setFlexGrow(0)
                .setHeader(getTranslation("internship.caseType.code"));
        caseTypes.addColumn(CaseTypeRow::nameRu).setKey("nameRu").setHeader(getTranslation("internship.caseType.nameRu"));
        caseTypes.addColumn(CaseTypeRow::nameEn).setKey("nameEn").setHeader(getTranslation("internship.caseType.nameEn"));
        caseTypes.addComponentColumn(c -> actions(small("action.edit", () -> editCaseType(c)))).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0).setHeader(getTranslation("common.actions"));
        newCaseType.addClickListener(e -> editCaseType(null));

        requirementGrid.addColumn(RequirementRow::code).setKey("code").setAutoWidth(true).setFlexGrow(0)
                .setHeader(getTranslation("internship.requirement.code"));
        requirementGrid.addColumn(RequirementRow::name).setKey("name").setFlexGrow(2)
                .setHeader(getTranslation("internship.setup.requirement"));
        requirementGrid.addColumn(r -> r.programmeCode() + (r.cohort() == null ? "" : ", " + r.cohort()))
                .setKey("programme").setFlexGrow(1).setHeader(getTranslation("internship.setup.programme"));
        requirementGrid.addColumn(RequirementRow::requiredHours).setKey("hours").setAutoWidth(true).setFlexGrow(0)
                .setHeader(getTranslation("internship.requirement.hours"));
        requirementGrid.addColumn(this::counts).setKey("counts").setFlexGrow(3)
                .setHeader(getTranslation("internship.setup.counts"));
        requirementGrid.addComponentColumn(r -> actions(small("action.edit", () -> editRequirement(r))))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0).setHeader(getTranslation("common.actions"));
        newRequirement.addClickListener(e -> editRequirement(null));

        periods.addColumn(PeriodRow::name).setKey("name").setFlexGrow(2).setHeader(getTranslation("internship.period.name"));
        periods.addColumn(PeriodRow::requirement).setKey("requirement").setFlexGrow(2)
                .setHeader(getTranslation("internship.setup.requirement"));
        periods.addColumn(p -> getTranslation("internship.dates", Dates.of(p.startsOn(), getLocale()),
                Dates.of(p.endsOn(), getLocale()))).setKey("dates").setAutoWidth(true)
                .setHeader(getTranslation("internship.period.dates"));
        periods.addColumn(p -> getTranslation("internship.admin.taken", p.placed(), p.slots())).setKey("placed")
                .setAutoWidth(true).setFlexGrow(0).setHeader(getTranslation("internship.setup.placed"));
        periods.addComponentColumn(p -> actions(small("action.edit", () -> editPeriod(p)))).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0).setHeader(getTranslation("common.actions"));
        periods.asSingleSelect().addValueChangeListener(e -> showOffers(e.getValue()));
        newPeriod.addClickListener(e -> editPeriod(null));

        offers.addColumn(o -> o.siteCode() + " · " + o.siteName()).setKey("site").setFlexGrow(3)
                .setHeader(getTranslation("internship.site"));
        offers.addColumn(OfferRow::supervisor).setKey("supervisor").setFlexGrow(2)
                .setHeader(getTranslation("internship.siteSupervisor"));
        offers.addColumn(o -> getTranslation("internship.admin.taken", o.taken(), o.slots())).setKey("slots")
                .setAutoWidth(true).setFlexGrow(0).setHeader(getTranslation("internship.offer.slots"));
        offers.addComponentColumn(this::offerActions).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setHeader(getTranslation("common.actions"));
        addOffer.addClickListener(e -> editOffer(null));

        add(new ViewHeader(getTranslation("internship.setup.title"), getTranslation("internship.setup.subtitle")));
        add(section(new H2(getTranslation("internship.setup.section.caseTypes")), newCaseType), noCaseTypes, caseTypes);
        add(section(new H2(getTranslation("internship.setup.section.requirements")), newRequirement), noRequirements,
                requirementGrid);
        add(section(new H2(getTranslation("internship.setup.section.periods")), newPeriod), noPeriods, periods);
        add(section(offersTitle, addOffer), noOffers, offers);
        refresh();
    }

    private void refresh() {
        List<CaseTypeRow> types = requirements.caseTypes(getLocale());
        show(caseTypes, noCaseTypes, types);
        show(requirementGrid, noRequirements, requirements.list(getLocale()));
        PeriodRow selected = periods.asSingleSelect().getValue();
        List<PeriodRow> all = placements.periods(getLocale());
        show(periods, noPeriods, all);
        PeriodRow again = selected == null ? null
                : all.stream().filter(p -> p.id() == selected.id()).findFirst().orElse(null);
        if (again == null && !all.isEmpty()) {
            again = all.getFirst();
        }
        if (again != null) {
            periods.select(again);
        }
        showOffers(again);
    }

    private void showOffers(@Nullable PeriodRow period) {
        addOffer.setEnabled(period != null);
        offersTitle.setText(period == null ? getTranslation("internship.setup.offers.title")
                : getTranslation("internship.setup.offers.of", period.name()));
        List<OfferRow> rows = period == null ? List.of() : placements.offers(period.id(), getLocale());
        show(offers, noOffers, rows);
    }

    private void editCaseType(@Nullable CaseTypeRow row) {
        TextField code = field("internship.caseType.code", CaseType.CODE_MAX);
        TextField nameRu = field("internship.caseType.nameRu", CaseType.NAME_MAX);
        TextField nameEn = field("internship.caseType.nameEn", CaseType.NAME_MAX);
        if (row != null) {
            code.setValue(row.code());
            code.setReadOnly(true);
            nameRu.setValue(row.nameRu());
            nameEn.setValue(row.nameEn());
        }
        dialog(row == null ? "internship.setup.caseTypes.new" : "internship.setup.caseTypes.edit",
                () -> save(() -> {
                    if (row == null) {
                        requirements.addCaseType(code.getValue(), nameRu.getValue(), nameEn.getValue());
                    } else {
                        requirements.renameCaseType(row.id(), nameRu.getValue(), nameEn.getValue());
                    }
                }), code, nameRu, nameEn);
    }

    private void editRequirement(@Nullable RequirementRow row) {
        TextField code = field("internship.requirement.code", Requirement.CODE_MAX);
        TextField nameRu = field("internship.requirement.nameRu", Requirement.NAME_MAX);
        TextField nameEn = field("internship.requirement.nameEn", Requirement.NAME_MAX);
        ComboBox<Programme> programme = new ComboBox<>(getTranslation("internship.setup.programme"));
        List<Programme> all = programmes.list(new ProgrammeService.Filter(null, null, false), PageRequest.of(0, 500))
                .getContent();
        programme.setItems(all);
        programme.setItemLabelGenerator(p -> p.getCode() + " · " + p.name(getLocale()));
        programme.setRequiredIndicatorVisible(true);
        programme.addClassName("programme-choice");
        TextField cohort = new TextField(getTranslation("internship.requirement.cohort"));
        cohort.setMaxLength(Requirement.COHORT_MAX);
        cohort.setHelperText(getTranslation("internship.setup.cohortHelp"));
        IntegerField hours = new IntegerField(getTranslation("internship.requirement.hours"));
        hours.setRequiredIndicatorVisible(true);
        hours.setStepButtonsVisible(true);
        Map<Long, IntegerField> counts = new LinkedHashMap<>();
        for (CaseTypeRow type : requirements.caseTypes(getLocale())) {
            IntegerField count = new IntegerField(getTranslation("internship.setup.countOf", type.name()));
            count.setMin(0);
            count.setMax(Requirement.MAX_COUNT);
            count.setStepButtonsVisible(true);
            count.setValue(row == null ? 0 : row.minimumCounts().getOrDefault(type.code(), 0));
            count.addClassName("count-" + type.code());
            counts.put(type.id(), count);
        }
        if (row != null) {
            code.setValue(row.code());
            nameRu.setValue(row.nameRu());
            nameEn.setValue(row.nameEn());
            all.stream().filter(p -> p.getId() == row.programmeId()).findFirst().ifPresent(programme::setValue);
            cohort.setValue(row.cohort() == null ? "" : row.cohort());
            hours.setValue(row.requiredHours());
        }
        FormDialog dialog = dialog(row == null ? "internship.setup.requirements.new"
                : "internship.setup.requirements.edit", () -> {
                    if (programme.getValue() == null) {
                        Notifications.error(getTranslation("error.required",
                                getTranslation("internship.setup.programme")));
                        return false;
                    }
                    Map<Long, Integer> asked = new HashMap<>();
                    counts.forEach((id, field) -> asked.put(id, field.getValue() == null ? 0 : field.getValue()));
                    return save(() -> requirements.save(row == null ? null : row.id(), code.getValue(),
                            nameRu.getValue(), nameEn.getValue(), programme.getValue().getId(), cohort.getValue(),
                            hours.getValue() == null ? 0 : hours.getValue(), asked));
                }, code, programme, nameRu, nameEn, cohort, hours);
        counts.values().forEach(dialog::addFields);
        dialog.wide(programme);
    }

    private void editPeriod(@Nullable PeriodRow row) {
        Select<RequirementRow> requirement = new Select<>();
        requirement.setLabel(getTranslation("internship.setup.requirement"));
        List<RequirementRow> all = requirements.list(getLocale());
        requirement.setItems(all);
        requirement.setItemLabelGenerator(r -> r.code() + " · " + r.name());
        TextField name = field("internship.period.name", PlacementPeriod.NAME_MAX);
        DatePicker startsOn = new DatePicker(getTranslation("internship.setup.startsOn"));
        DatePicker endsOn = new DatePicker(getTranslation("internship.setup.endsOn"));
        startsOn.setRequiredIndicatorVisible(true);
        endsOn.setRequiredIndicatorVisible(true);
        if (row != null) {
            all.stream().filter(r -> r.id() == row.requirementId()).findFirst().ifPresent(requirement::setValue);
            requirement.setReadOnly(true);
            name.setValue(row.name());
            startsOn.setValue(row.startsOn());
            endsOn.setValue(row.endsOn());
        }
        dialog(row == null ? "internship.setup.periods.new" : "internship.setup.periods.edit", () -> {
            if (row == null && requirement.getValue() == null) {
                Notifications.error(getTranslation("error.required", getTranslation("internship.setup.requirement")));
                return false;
            }
            LocalDate from = startsOn.getValue();
            LocalDate to = endsOn.getValue();
            return save(() -> {
                if (row == null) {
                    placements.createPeriod(requirement.getValue().id(), name.getValue(), from, to);
                } else {
                    placements.updatePeriod(row.id(), name.getValue(), from, to);
                }
            });
        }, requirement, name, startsOn, endsOn).wide(requirement).wide(name);
    }

    private void editOffer(@Nullable OfferRow row) {
        PeriodRow period = periods.asSingleSelect().getValue();
        if (period == null) {
            return;
        }
        Select<SiteRow> site = new Select<>();
        site.setLabel(getTranslation("internship.site"));
        List<SiteRow> all = sites.list(getLocale());
        site.setItems(row == null ? all.stream().filter(SiteRow::active).toList() : all);
        site.setItemLabelGenerator(s -> s.code() + " · " + s.name());
        Select<Long> supervisor = new Select<>();
        supervisor.setLabel(getTranslation("internship.siteSupervisor"));
        site.addValueChangeListener(e -> {
            SiteRow s = e.getValue();
            Map<Long, String> names = new LinkedHashMap<>();
            if (s != null) {
                for (int i = 0; i < s.supervisorIds().size(); i++) {
                    names.put(s.supervisorIds().get(i), s.supervisors().get(i));
                }
            }
            supervisor.setItems(names.keySet());
            supervisor.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
            supervisor.setHelperText(names.isEmpty() && s != null
                    ? getTranslation("internship.setup.offers.noSupervisors") : null);
            if (names.size() == 1) {
                supervisor.setValue(names.keySet().iterator().next());
            }
        });
        IntegerField slots = new IntegerField(getTranslation("internship.offer.slots"));
        slots.setMin(0);
        slots.setMax(PlacementOffer.MAX_SLOTS);
        slots.setStepButtonsVisible(true);
        slots.setRequiredIndicatorVisible(true);
        if (row != null) {
            all.stream().filter(s -> s.id() == row.siteId()).findFirst().ifPresent(site::setValue);
            site.setReadOnly(true);
            supervisor.setValue(row.supervisorId());
            slots.setValue(row.slots());
        }
        dialog(row == null ? "internship.setup.offers.add" : "internship.setup.offers.edit", () -> {
            if (site.getValue() == null || supervisor.getValue() == null) {
                Notifications.error(getTranslation("error.required", getTranslation(site.getValue() == null
                        ? "internship.site" : "internship.siteSupervisor")));
                return false;
            }
            int n = slots.getValue() == null ? -1 : slots.getValue();
            return save(() -> {
                if (row == null) {
                    placements.addOffer(period.id(), site.getValue().id(), supervisor.getValue(), n);
                } else {
                    placements.updateOffer(row.id(), supervisor.getValue(), n);
                }
            });
        }, site, supervisor, slots).wide(site);
    }

    private Component offerActions(OfferRow offer) {
        Button edit = small("action.edit", () -> editOffer(offer));
        Button remove = small("internship.setup.offers.remove", () -> Confirm.ask(
                getTranslation("internship.setup.offers.remove"),
                getTranslation("internship.setup.offers.removeConfirm", offer.siteName()),
                getTranslation("internship.setup.offers.remove"), () -> save(() -> placements.removeOffer(offer.id()))));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        if (offer.taken() > 0) {
            edit.setTooltipText(getTranslation("error.internship.offerInUse", offer.taken()));
            remove.setTooltipText(getTranslation("error.internship.offerInUse", offer.taken()));
        }
        return actions(edit, remove);
    }

    private String counts(RequirementRow r) {
        Map<String, String> names = requirements.caseTypes(getLocale()).stream()
                .collect(Collectors.toMap(CaseTypeRow::code, CaseTypeRow::name));
        if (r.minimumCounts().isEmpty()) {
            return getTranslation("internship.setup.noCounts");
        }
        return r.minimumCounts().entrySet().stream().map(e -> names.getOrDefault(e.getKey(), e.getKey()) + " ≥ "
                + e.getValue()).collect(Collectors.joining("; "));
    }

    private boolean save(Runnable action) {
        return Rows.save(action, this::refresh);
    }

    private FormDialog dialog(String titleKey, BooleanSupplier onSave, Component... fields) {
        FormDialog dialog = new FormDialog(getTranslation(titleKey), onSave);
        dialog.addFields(fields);
        dialog.open();
        return dialog;
    }

    private static <T> void show(Grid<T> grid, EmptyState empty, List<T> rows) {
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    /** A section's heading with its create button at the end of the row. */
    private static HorizontalLayout section(H2 heading, Button create) {
        HorizontalLayout bar = new HorizontalLayout(heading, create);
        bar.setWidthFull();
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.addClassName("setup-section");
        return bar;
    }

    private static <T> Grid<T> grid(String className) {
        Grid<T> grid = new Grid<>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Button primary(String key) {
        Button button = new Button(getTranslation(key), VaadinIcon.PLUS.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static HorizontalLayout actions(Button... buttons) {
        HorizontalLayout layout = new HorizontalLayout(buttons);
        layout.setSpacing(false);
        return layout;
    }

    private TextField field(String key, int max) {
        TextField field = new TextField(getTranslation(key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("internship.setup.title");
    }
}
