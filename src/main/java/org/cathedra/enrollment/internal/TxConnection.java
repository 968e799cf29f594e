package org.cathedra.enrollment.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current transaction's JDBC connection, whichever manager began it: JPA's (which exposes its connection) or
 * plain JDBC's (a group of enrollments, written without a persistence context). SQL errors come out as Spring's
 * data access exceptions, as from a repository.
 */
@Component
class TxConnection {

    /** Work on the transaction's connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    TxConnection(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs {@code work} on the transaction's connection; refused outside a transaction, where a read would leave
     * its snapshot open on a pooled connection.
     */
    <T> T with(String task, Work<T> work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(task + " is read and written only inside a transaction");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return work.on(connection);
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate(task, null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * A statement prepared on the server and kept there by the driver's statement cache (per connection), for a
     * long read run often: the server parses it once instead of at every execution. Other statements stay
     * prepared by the driver, as the pool's settings say.
     */
    static PreparedStatement serverPrepared(Connection connection, String sql) throws SQLException {
        if (connection.isWrapperFor(org.mariadb.jdbc.Connection.class)) {
            return connection.unwrap(org.mariadb.jdbc.Connection.class).prepareInternal(sql,
                    Statement.NO_GENERATED_KEYS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, true);
        }
        return connection.prepareStatement(sql);
    }
}
