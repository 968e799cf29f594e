package org.cathedra.ui;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import org.cathedra.shared.DiskFull;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that does not answer (stopped, restarting, unreachable, out of connections) from every other
 * failure. Users then read that the service is temporarily unavailable and that their last action was not saved,
 * and the log gets one line instead of a stack trace per request; the connection pool reconnects by itself when the
 * database is back. A database whose disk is full is told apart too: it answers, reads work, but nothing can be
 * written until space is freed, and users read exactly that.
 */
final class DatabaseTrouble {

    private DatabaseTrouble() {
    }

    /** The database answers but cannot write for lack of disk space (see {@link DiskFull}). */
    static boolean isDiskFull(Throwable error) {
        return DiskFull.in(error);
    }

    static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof QueryTimeoutException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
