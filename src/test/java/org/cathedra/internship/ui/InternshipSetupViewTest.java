package org.cathedra.internship.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.function.Predicate;
import org.cathedra.catalog.Programme;
import org.cathedra.internship.InternshipFixture;
import org.cathedra.internship.InternshipFixture.Practice;
import org.cathedra.internship.PlacementService;
import org.cathedra.internship.PlacementService.OfferRow;
import org.cathedra.internship.PlacementService.PeriodRow;
import org.cathedra.internship.RequirementService;
import org.cathedra.internship.RequirementService.CaseTypeRow;
import org.cathedra.internship.RequirementService.RequirementRow;
import org.cathedra.internship.SiteService;
import org.cathedra.internship.SiteService.SiteRow;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The office sets up case types, requirements, periods and offers, and edits and deactivates sites. */
class InternshipSetupViewTest extends UiTest {

    @Autowired
    InternshipFixture fixture;
    @Autowired
    RequirementService requirements;
    @Autowired
    PlacementService placements;
    @Autowired
    SiteService sites;

    private InternshipSetupView open() {
        signIn("admin");
        UI.getCurrent().navigate("admin/internship-setup");
        InternshipSetupView view = _get(InternshipSetupView.class);
        return view;
    }

    private static TextField text(String label) {
        return _get(_get(FormDialog.class), TextField.class, spec -> spec.withLabel(label));
    }

    private static <T> Button rowButton(Grid<T> grid, Predicate<T> row, String caption) {
        int index = grid.getListDataView().getItems().toList().indexOf(
                grid.getListDataView().getItems().filter(row).findFirst().orElseThrow());
        return _get(GridKt._getCellComponent(grid, index, "actions"), Button.class, spec -> spec.withText(caption));
    }

    private static void saveRefused(String message) {
        NotificationsKt.clearNotifications();
        FormDialog dialog = _get(FormDialog.class);
        _click(dialog.saveButton());
        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNotifications(message);
        dialog.close();
    }

    @Test
    void the_office_adds_and_renames_a_case_type_and_a_blank_name_is_refused() {
        InternshipSetupView view = open();
        String code = "CT-" + System.nanoTime() % 100000;
        _click(view.newCaseType);
        _setValue(text("Code"), code);
        _setValue(text("Name in Russian"), "Интерпретация варианта");
        _setValue(text("Name in English"), "Variant interpretation");
        _click(_get(FormDialog.class).saveButton());
        assertThat(view.caseTypes.getListDataView().getItems().filter(c -> c.code().equals(code)))
                .extracting(CaseTypeRow::nameEn).containsExactly("Variant interpretation");

        _click(rowButton(view.caseTypes, c -> c.code().equals(code), "Edit"));
        assertThat(text("Code").isReadOnly()).isTrue();
        _setValue(text("Name in English"), "Sequence variant interpretation");
        _click(_get(FormDialog.class).saveButton());

        _click(rowButton(view.caseTypes, c -> c.code().equals(code), "Edit"));
        _setValue(text("Name in Russian"), "  ");
        saveRefused("Name in Russian is required.");
        assertThat(requirements.caseTypes(Locale.ENGLISH)).filteredOn(c -> c.code().equals(code)).singleElement()
                .satisfies(c -> {
                    assertThat(c.nameRu()).isEqualTo("Интерпретация варианта");
                    assertThat(c.nameEn()).isEqualTo("Sequence variant interpretation");
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_office_sets_a_requirement_with_hours_and_counts_and_zero_hours_are_refused() {
        Practice practice = fixture.practice(1);
        InternshipSetupView view = open();
        String pedigree = requirements.caseTypes(Locale.ENGLISH).stream()
                .filter(c -> c.id() == practice.pedigreeTypeId()).findFirst().orElseThrow().name();
        String code = "RQ-" + System.nanoTime() % 100000;
        _click(view.newRequirement);
        FormDialog dialog = _get(FormDialog.class);
        _setValue(text("Code"), code);
        ComboBox<Programme> programme = _get(dialog, ComboBox.class, spec -> spec.withLabel("Programme"));
        _setValue(programme, programme.getListDataView().getItems()
                .filter(p -> p.getId() == practice.programmeId()).findFirst().orElseThrow());
        _setValue(text("Name in Russian"), "Практика в лаборатории");
        _setValue(text("Name in English"), "Laboratory practice");
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withLabel("Required hours")), 108);
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withLabel("Minimum: " + pedigree)), 6);
        _click(dialog.saveButton());
        RequirementRow saved = view.requirementGrid.getListDataView().getItems().filter(r -> r.code().equals(code))
                .findFirst().orElseThrow();
        assertThat(saved.requiredHours()).isEqualTo(108);
        assertThat(saved.cohort()).isNull();
        assertThat(saved.minimumCounts()).hasSize(1).containsValue(6);

        _click(rowButton(view.requirementGrid, r -> r.code().equals(code), "Edit"));
        _setValue(text("Cohort"), "2026");
        _setValue(_get(_get(FormDialog.class), IntegerField.class, spec -> spec.withLabel("Required hours")), 144);
        _click(_get(FormDialog.class).saveButton());

        _click(rowButton(view.requirementGrid, r -> r.code().equals(code), "Edit"));
        _setValue(_get(_get(FormDialog.class), IntegerField.class, spec -> spec.withLabel("Required hours")), 0);
        saveRefused("Required hours must be between 1 and 5000.");
        assertThat(requirements.list(Locale.ENGLISH)).filteredOn(r -> r.code().equals(code)).singleElement()
                .satisfies(r -> {
                    assertThat(r.requiredHours()).isEqualTo(144);
                    assertThat(r.cohort()).isEqualTo("2026");
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_office_plans_a_period_and_its_offers_but_may_not_withdraw_an_offer_someone_is_placed_on() {
        Practice practice = fixture.practice(2);
        fixture.placed(practice, "Распределённая");
        long taken = practice.offerIds().get(0);
        long free = practice.offerIds().get(1);
        InternshipSetupView view = open();

        _click(view.newPeriod);
        FormDialog dialog = _get(FormDialog.class);
        Select<RequirementRow> requirement = _get(dialog, Select.class, spec -> spec.withLabel("Requirement"));
        _setValue(requirement, requirement.getListDataView().getItems()
                .filter(r -> r.id() == practice.requirementId()).findFirst().orElseThrow());
        String name = "Block " + System.nanoTime() % 100000;
        _setValue(text("Period name"), name);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("First day")), practice.endsOn().plusDays(1));
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Last day")), practice.endsOn().plusDays(28));
        _click(dialog.saveButton());
        assertThat(view.periods.getListDataView().getItems().filter(p -> p.name().equals(name)))
                .extracting(PeriodRow::requirementId).containsExactly(practice.requirementId());

        _click(rowButton(view.periods, p -> p.name().equals(name), "Edit"));
        _setValue(_get(_get(FormDialog.class), DatePicker.class, spec -> spec.withLabel("Last day")),
                practice.endsOn());
        saveRefused("The period must not end before it starts.");

        view.periods.select(view.periods.getListDataView().getItems().filter(p -> p.id() == practice.periodId())
                .findFirst().orElseThrow());
        assertThat(view.offers.getListDataView().getItems()).extracting(OfferRow::id).containsExactly(taken, free);

        NotificationsKt.clearNotifications();
        _click(rowButton(view.offers, o -> o.id() == taken, "Withdraw"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications(
                "1 trainee(s) are placed on this offer: move them first, then change or withdraw it.");
        assertThat(placements.offers(practice.periodId(), Locale.ENGLISH)).extracting(OfferRow::id)
                .containsExactly(taken, free);

        _click(rowButton(view.offers, o -> o.id() == free, "Edit"));
        _setValue(_get(_get(FormDialog.class), IntegerField.class, spec -> spec.withLabel("Slots")), 4);
        _click(_get(FormDialog.class).saveButton());
        assertThat(view.offers.getListDataView().getItems().filter(o -> o.id() == free)).extracting(OfferRow::slots)
                .containsExactly(4);

        OfferRow withdrawn = view.offers.getListDataView().getItems().filter(o -> o.id() == free).findFirst()
                .orElseThrow();
        _click(rowButton(view.offers, o -> o.id() == free, "Withdraw"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.offers.getListDataView().getItems()).extracting(OfferRow::id).containsExactly(taken);

        _click(view.addOffer);
        Select<SiteRow> site = _get(_get(FormDialog.class), Select.class, spec -> spec.withLabel("Site"));
        _setValue(site, site.getListDataView().getItems().filter(s -> s.id() == withdrawn.siteId()).findFirst()
                .orElseThrow());
        _setValue(_get(_get(FormDialog.class), IntegerField.class, spec -> spec.withLabel("Slots")), 3);
        _click(_get(FormDialog.class).saveButton());
        assertThat(placements.offers(practice.periodId(), Locale.ENGLISH)).filteredOn(o -> o.siteId() == withdrawn.siteId())
                .singleElement().satisfies(o -> {
                    assertThat(o.slots()).isEqualTo(3);
                    assertThat(o.supervisorId()).isEqualTo(practice.otherSiteSupervisor().personId());
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_office_edits_a_site_and_deactivates_it_after_confirming() {
        Practice practice = fixture.practice(1);
        signIn("admin");
        long siteId = placements.offers(practice.periodId(), Locale.ENGLISH).getFirst().siteId();
        UI.getCurrent().navigate("admin/internship-sites");
        SitesView view = _get(SitesView.class);

        _click(rowButton(view.grid, s -> s.id() == siteId, "Edit"));
        _setValue(text("Address"), "Москва, ул. Новая, 5");
        _click(_get(FormDialog.class).saveButton());
        _click(rowButton(view.grid, s -> s.id() == siteId, "Edit"));
        _setValue(text("Address"), "");
        saveRefused("Address is required.");

        _click(rowButton(view.grid, s -> s.id() == siteId, "Deactivate"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(sites.list(Locale.ENGLISH)).filteredOn(s -> s.id() == siteId).singleElement()
                .satisfies(s -> assertThat(s.active()).isTrue());
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(sites.list(Locale.ENGLISH)).filteredOn(s -> s.id() == siteId).singleElement().satisfies(s -> {
            assertThat(s.active()).isFalse();
            assertThat(s.address()).isEqualTo("Москва, ул. Новая, 5");
        });

        _click(rowButton(view.grid, s -> s.id() == siteId, "Activate"));
        assertThat(sites.list(Locale.ENGLISH)).filteredOn(s -> s.id() == siteId).singleElement()
                .satisfies(s -> assertThat(s.active()).isTrue());
    }
}
