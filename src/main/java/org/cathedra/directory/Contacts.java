package org.cathedra.directory;

import java.util.Locale;
import java.util.Optional;
import org.cathedra.directory.internal.PersonRepository;
import org.cathedra.directory.internal.UserAccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How to reach a person: their e-mail and the language they read Cathedra in. For deliveries the system makes on
 * its own (notifications after a commit), so it asks for no signed-in user; it gives nothing beyond these two.
 */
@Component
public class Contacts {

    /** The language of people without a login: the institute's own. */
    public static final Locale DEFAULT_LANGUAGE = Locale.forLanguageTag("ru");

    private final PersonRepository persons;
    private final UserAccountRepository accounts;

    Contacts(PersonRepository persons, UserAccountRepository accounts) {
        this.persons = persons;
        this.accounts = accounts;
    }

    /** A person's e-mail (if any) and language. */
    public record Contact(long personId, @Nullable String email, Locale language) {
    }

    /** How to reach the person, or empty when there is no such person. */
    @Transactional(readOnly = true)
    public Optional<Contact> of(long personId) {
        return persons.findById(personId).map(person -> new Contact(personId, person.getEmail(),
                accounts.findByPersonId(personId).map(UserAccount::getLocale).orElse(DEFAULT_LANGUAGE)));
    }
}
