package org.cathedra.directory;

import java.util.Optional;
import org.cathedra.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request or UI access. */
@Component
public class CurrentUser {

    /** The signed-in user, if any. */
    public Optional<CathedraUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CathedraUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; refused when nobody is signed in. */
    public CathedraUser require() {
        return get().orElseThrow(() -> new DomainException("error.notSignedIn"));
    }

    /** The id of the person behind the signed-in account; refused for accounts without a person. */
    public long requirePersonId() {
        Long personId = require().personId();
        if (personId == null) {
            throw new DomainException("error.noPerson");
        }
        return personId;
    }
}
