package org.cathedra.directory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cathedra.shared.AuditedChange;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the audit record about changes to the directory's personal data, inside the transaction of the change.
 * Before and after hold only the fields that changed, as short "field=value" texts; never password hashes.
 */
@Component
class AuditTrail {

    static final String DEPARTMENT = "department";
    static final String TEACHER = "teacher";
    static final String STUDENT = "student";
    static final String ACCOUNT = "account";

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A record was created ({@code before} is null) or edited; an edit that changed nothing is not recorded. */
    void saved(String entityType, long id, @Nullable Map<String, String> before, Map<String, String> after) {
        if (before == null) {
            publish(entityType, id, "created", null, text(after));
            return;
        }
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                was.put(field, before.get(field));
                now.put(field, value);
            }
        });
        if (!now.isEmpty()) {
            publish(entityType, id, "changed", text(was), text(now));
        }
    }

    /** A change of state such as deactivation, with the one field it turned. */
    void stateChanged(String entityType, long id, String action, String field, Object before, Object after) {
        publish(entityType, id, action, field + "=" + before, field + "=" + after);
    }

    static Map<String, String> describe(Department department) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", department.getCode());
        fields.put("nameRu", department.getNameRu());
        fields.put("nameEn", department.getNameEn());
        fields.put("head", department.getHead() == null ? null : department.getHead().getFullName());
        return fields;
    }

    static Map<String, String> describe(Teacher teacher) {
        Map<String, String> fields = person(teacher);
        fields.put("department", teacher.getDepartment().getCode());
        fields.put("position", teacher.getPosition().name());
        fields.put("degree", teacher.getDegree().name());
        fields.put("external", String.valueOf(teacher.isExternal()));
        return fields;
    }

    static Map<String, String> describe(Student student) {
        Map<String, String> fields = person(student);
        fields.put("kind", student.getLearnerKind().name());
        fields.put("programme", student.getProgrammeId() == null ? null : "#" + student.getProgrammeId());
        fields.put("cohort", student.getCohort());
        fields.put("startYear", String.valueOf(student.getStartYear()));
        return fields;
    }

    static Map<String, String> describe(UserAccount account) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", account.getUsername());
        fields.put("role", account.getRole().name());
        fields.put("person", account.getPerson() == null ? null : "#" + account.getPerson().getId());
        return fields;
    }

    private static Map<String, String> person(Person person) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lastName", person.getLastName());
        fields.put("firstName", person.getFirstName());
        fields.put("middleName", person.getMiddleName());
        fields.put("email", person.getEmail());
        return fields;
    }

    private void publish(String entityType, long id, String action, @Nullable String before, String after) {
        String actor = currentUser.get().map(CathedraUser::username).orElse(null);
        events.publishEvent(new AuditedChange(entityType, String.valueOf(id), action, actor, before, after, null,
                clock.instant()));
    }

    private static String text(Map<String, String> fields) {
        return fields.entrySet().stream().map(f -> f.getKey() + "=" + (f.getValue() == null ? "—" : f.getValue()))
                .collect(Collectors.joining("; "));
    }
}
