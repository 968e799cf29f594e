package org.cathedra.directory.internal;

import java.util.Optional;
import org.cathedra.directory.UserAccount;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select a from UserAccount a left join fetch a.person where a.username = :username")
    Optional<UserAccount> findWithPersonByUsername(String username);

    Optional<UserAccount> findByPersonId(Long personId);
}
