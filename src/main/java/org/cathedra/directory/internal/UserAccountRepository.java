package org.cathedra.directory.internal;

import java.time.Instant;
import java.util.Optional;
import org.cathedra.directory.AccountRow;
import org.cathedra.directory.UserAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select a from UserAccount a left join fetch a.person where a.username = :username")
    Optional<UserAccount> findWithPersonByUsername(String username);

    Optional<UserAccount> findByPersonId(Long personId);

    /** Whether the account may still be used: enabled, and its person (if it has one) not deactivated. */
    @Query("""
            select count(a) > 0 from UserAccount a left join a.person p
            where a.id = :id and a.enabled = true and (p is null or p.active = true)
            """)
    boolean isUsable(long id);

    /**
     * One page of the administrator's list: {@code text} is a LIKE pattern (escape '!') on the user name and the
     * person's name, or null; {@code onlyBlocked} keeps disabled accounts and those locked at {@code now}.
     */
    @Query("""
            select new org.cathedra.directory.AccountRow(a.id, a.username, a.role,
                concat(p.lastName, ' ', p.firstName, coalesce(concat(' ', p.middleName), '')), a.enabled,
                case when a.lockedUntil > :now then true else false end, a.lockedUntil, a.lastLoginAt)
            from UserAccount a left join a.person p
            where (:text is null or lower(a.username) like :text escape '!'
                   or lower(concat(p.lastName, ' ', p.firstName, ' ', coalesce(p.middleName, ''))) like :text escape '!')
              and (:role is null or a.role = :role)
              and (:onlyBlocked = false or a.enabled = false or a.lockedUntil > :now)
            """)
    Slice<AccountRow> findRows(@Nullable String text, UserAccount.@Nullable Role role, boolean onlyBlocked,
            Instant now, Pageable pageable);
}
