package org.cathedra.directory;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;

/** A person known to the institute: a teacher or a student. Never deleted, only deactivated. */
@Entity
@Table(name = "person")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", length = 10)
public abstract class Person extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName = "";

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName = "";

    @Column(name = "middle_name", length = NAME_MAX)
    private @Nullable String middleName;

    @Column(length = EMAIL_MAX, unique = true)
    private @Nullable String email;

    @Column(nullable = false)
    private boolean active = true;

    protected Person() {
    }

    /** Sets the name parts (the patronymic is optional) and the e-mail, validating each. */
    public void describe(String lastName, String firstName, @Nullable String middleName, @Nullable String email) {
        this.lastName = Text.required(lastName, "person.lastName", NAME_MAX);
        this.firstName = Text.required(firstName, "person.firstName", NAME_MAX);
        this.middleName = Text.optional(middleName, "person.middleName", NAME_MAX);
        this.email = normalizeEmail(email);
    }

    /** An e-mail as stored: trimmed, lower case and plausible, or null when blank. */
    public static @Nullable String normalizeEmail(@Nullable String email) {
        String mail = Text.optional(email, "person.email", EMAIL_MAX);
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw new DomainException("error.email", mail);
        }
        return mail == null ? null : mail.toLowerCase(Locale.ROOT);
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public @Nullable String getMiddleName() {
        return middleName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    /** "Last First Middle", the order used on Russian documents and rosters. */
    public String getFullName() {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }
}
