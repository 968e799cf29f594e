package org.cathedra.directory.internal;

import java.time.Instant;
import java.util.Optional;
import org.cathedra.directory.AccountRow;
import org.cathedra.directory.UserAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select a from UserAccount a left join fetch a.person where a.username = :username")
    Optional<UserAccount> findWithPersonByUsername(String username);

    Optional<UserAccount> findByPersonId(Long personId);

    /**
     * Counts a failed sign-in in the database itself, so that failures arriving together are all counted (a read,
     * an increment in Java and a versioned write lost all but one of them): the {@code threshold}-th failure in a
     * row locks the account until {@code until} and starts the count again. MariaDB assigns left to right, each
     * assignment seeing the ones before it, so the lock is decided on the count before this failure.
     */
    @Modifying(clearAutomatically = true)
    @Query(value = """
            update user_account set
              locked_until = case when failed_attempts + 1 >= :threshold then :until else locked_until end,
              failed_attempts = case when failed_attempts + 1 >= :threshold then 0 else failed_attempts + 1 end
            where username = :username
            """, nativeQuery = true)
    int countFailedLogin(String username, int threshold, Instant until);

    /**
     * A successful sign-in: the failure count starts again and its time is kept. Not a versioned write, so that
     * sign-ins of one account at the same moment do not fail each other.
     */
    @Modifying(clearAutomatically = true)
    @Query("""
            update UserAccount a set a.failedAttempts = 0, a.lockedUntil = null, a.lastLoginAt = :now
            where a.username = :username
            """)
    int recordSignIn(String username, Instant now);

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
