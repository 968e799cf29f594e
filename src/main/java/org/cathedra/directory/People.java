package org.cathedra.directory;

import org.cathedra.shared.UniqueKeys;
import java.util.Map;
import org.cathedra.directory.internal.PersonRepository;
import org.cathedra.directory.internal.UserAccountRepository;
import org.cathedra.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/**
 * What saving a teacher and saving a student have in common: the name and e-mail rules, the unique e-mail, the
 * optional first login, and the database's unique key on the e-mail.
 */
@Component
class People {

    static final String EMAIL_KEY = "uk_person_email";

    private final PersonRepository persons;
    private final UserAccountRepository accounts;
    private final AccountService accountService;

    People(PersonRepository persons, UserAccountRepository accounts, AccountService accountService) {
        this.persons = persons;
        this.accounts = accounts;
        this.accountService = accountService;
    }

    /** Copies name and e-mail from the form, refusing an e-mail another person already has. */
    void describe(Person person, PersonForm form) {
        // checked before the entity changes: a query would flush the change and meet the unique key first
        String email = Person.normalizeEmail(form.getEmail());
        if (email != null && (person.isNew() ? persons.existsByEmail(email)
                : persons.existsByEmailAndIdNot(email, person.getId()))) {
            throw emailTaken(email);
        }
        person.describe(form.getLastName(), form.getFirstName(), form.getMiddleName(), email);
    }

    /** Stores the person and, if the form asks for it, their first login; one refusal undoes both. */
    <P extends Person> P store(P person, JpaRepository<P, Long> repository, PersonForm form, UserAccount.Role role) {
        String email = person.getEmail();
        P saved;
        try {
            saved = repository.saveAndFlush(person);
        } catch (DataIntegrityViolationException e) {
            // another administrator stored the same e-mail after the check
            throw UniqueKeys.explain(e, Map.of(EMAIL_KEY, () -> emailTaken(email)));
        }
        if (form.isCreateLogin()) {
            if (accounts.findByPersonId(saved.getId()).isPresent()) {
                throw new DomainException("error.person.hasLogin");
            }
            accountService.createAccount(form.getUsername(), form.getPassword(), role, saved);
        }
        return saved;
    }

    /** The user name of the person's login, if they have one. */
    @Nullable
    String login(Person person) {
        return accounts.findByPersonId(person.getId()).map(UserAccount::getUsername).orElse(null);
    }

    private static DomainException emailTaken(@Nullable String email) {
        return new DomainException("error.email.taken", String.valueOf(email));
    }
}
