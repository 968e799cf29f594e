package org.cathedra.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cathedra.audit.AuditEntry;
import org.cathedra.shared.AuditedChange;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class AuditViewTest extends UiTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @SuppressWarnings("unchecked")
    private List<AuditEntry> rows() {
        return GridKt._findAll(_get(Grid.class));
    }

    @Test
    void the_administrator_finds_a_change_by_its_record() {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> events.publishEvent(new AuditedChange("student", id, "changed",
                "admin", "lastName=Иванова", "lastName=Петрова", null, Instant.now())));
        signIn("admin");
        UI.getCurrent().navigate("admin/audit");

        assertThat(_get(H1.class).getText()).isEqualTo("Audit record");
        assertThat(rows()).isNotEmpty();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Record id")), id);
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.before()).isEqualTo("lastName=Иванова");
            assertThat(row.after()).isEqualTo("lastName=Петрова");
        });
        assertThat(GridKt._getFormattedRow(_get(Grid.class), 0)).contains("Student " + id, "Changed", "admin");
    }

    @Test
    void a_student_cannot_open_the_audit_record() {
        signIn("student");
        UI.getCurrent().navigate("admin/audit");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(view -> view instanceof AuditView);
    }
}
