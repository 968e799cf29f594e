package org.cathedra.catalog;

import jakarta.persistence.EntityManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two administrators saving at the same moment, made deterministic: the loser's transaction takes its snapshot
 * first (so its own duplicate check cannot see the winner), then the winner commits, then the loser saves and
 * meets the database's unique key. The loser's transaction is rolled back at the end.
 */
final class LostRace {

    private LostRace() {
    }

    static void run(PlatformTransactionManager transactions, EntityManager em, Runnable winner, Runnable loser) {
        TransactionTemplate loserTx = new TransactionTemplate(transactions);
        TransactionTemplate winnerTx = new TransactionTemplate(transactions);
        winnerTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        loserTx.executeWithoutResult(status -> {
            // the first consistent read fixes the snapshot of a REPEATABLE READ transaction
            em.createNativeQuery("select count(*) from term").getSingleResult();
            winnerTx.executeWithoutResult(s -> winner.run());
            try {
                loser.run();
            } finally {
                status.setRollbackOnly();
            }
        });
    }
}
