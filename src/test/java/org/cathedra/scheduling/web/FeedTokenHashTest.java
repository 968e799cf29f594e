package org.cathedra.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.cathedra.directory.AccountService;
import org.cathedra.scheduling.CalendarFeedService;
import org.cathedra.scheduling.ScheduleFixture;
import org.cathedra.scheduling.internal.CalendarFeed;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feed tokens at rest are SHA-256 hashes: the feed is found by the hash of the token in its address, the database
 * never holds the token itself, tokens handed out before the hashing keep working, and a revoked one is a 404.
 */
@CathedraTest
class FeedTokenHashTest {

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    ScheduleFixture fixture;
    @Autowired
    AccountService accounts;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private CalendarFeedController controller() {
        return new CalendarFeedController(feeds);
    }

    private static void anonymous() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("feed",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    /** Every row of the feed table, all its columns as text. */
    @SuppressWarnings("unchecked")
    private List<String> allRows() {
        return em.createNativeQuery(
                "select concat_ws('|', id, version, person_id, token_hash, created_at) from calendar_feed")
                .getResultList();
    }

    @Test
    void the_database_keeps_only_the_hash_and_the_feed_is_found_by_it() {
        String student = fixture.studentWithLogin("G-HASH-" + System.nanoTime() % 100000);
        long person = fixture.personOf(student);
        SignIn.as(accounts, student);
        String token = feeds.issueMyToken();

        String stored = (String) em.createNativeQuery("select token_hash from calendar_feed where person_id = ?1")
                .setParameter(1, person).getSingleResult();
        assertThat(stored).isEqualTo(CalendarFeed.hash(token)).matches("[0-9a-f]{64}").isNotEqualTo(token);
        assertThat(allRows()).as("no row holds the token itself").isNotEmpty()
                .noneMatch(row -> row.contains(token));
        Number tokenColumns = (Number) em.createNativeQuery("""
                select count(*) from information_schema.columns
                where table_schema = database() and table_name = 'calendar_feed' and column_name = 'token'
                """).getSingleResult();
        assertThat(tokenColumns.intValue()).isZero();

        anonymous();
        assertThat(controller().feed(token).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(controller().feed(stored).getStatusCode()).as("the hash is no key to the feed")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void the_hash_is_the_one_mariadb_computes_so_tokens_hashed_by_the_migration_keep_working() {
        String legacy = "LegacyToken_" + System.nanoTime() + "-aB9";
        assertThat(em.createNativeQuery("select sha2(?1, 256)").setParameter(1, legacy).getSingleResult())
                .isEqualTo(CalendarFeed.hash(legacy));

        long person = fixture.personOf(fixture.studentWithLogin("G-OLD-" + System.nanoTime() % 100000));
        // a row as it was before the change (raw token), converted the way changeset 0911 converts it
        tx.executeWithoutResult(status -> {
            em.createNativeQuery("create temporary table feed_before (person_id bigint, token varchar(64), "
                    + "created_at datetime(6))").executeUpdate();
            em.createNativeQuery("insert into feed_before values (?1, ?2, ?3)").setParameter(1, person)
                    .setParameter(2, legacy).setParameter(3, Instant.now()).executeUpdate();
            em.createNativeQuery("""
                    insert into calendar_feed (version, person_id, token_hash, created_at)
                    select 0, person_id, sha2(token, 256), created_at from feed_before
                    """).executeUpdate();
            em.createNativeQuery("drop temporary table feed_before").executeUpdate();
        });

        anonymous();
        assertThat(controller().feed(legacy).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(controller().feed(legacy).getBody()).contains("BEGIN:VCALENDAR");
    }

    @Test
    void a_revoked_or_reset_token_is_a_404() {
        String student = fixture.studentWithLogin("G-REV-" + System.nanoTime() % 100000);
        SignIn.as(accounts, student);
        String first = feeds.issueMyToken();
        String second = feeds.issueMyToken();
        anonymous();
        assertThat(controller().feed(first).getStatusCode()).as("reset revokes the old address")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(controller().feed(second).getStatusCode()).isEqualTo(HttpStatus.OK);

        SignIn.as(accounts, student);
        feeds.revokeMyToken();
        anonymous();
        assertThat(controller().feed(second).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(controller().feed("x".repeat(65)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
