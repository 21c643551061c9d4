package vn.tongket.web;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which failures answer 503: the database unreachable, or busy (pool exhausted, lock not granted); others are not ours. */
class DatabaseBusyClassificationTest {

    @Test
    void unreachable() {
        assertEquals(DatabaseUnavailableHandler.Cause.UNREACHABLE, DatabaseUnavailableHandler.causeOf(
                new RuntimeException(new JDBCConnectionException("gone", new SQLException("Communications link failure", "08S01")))));
        assertEquals(DatabaseUnavailableHandler.Cause.UNREACHABLE,
                DatabaseUnavailableHandler.causeOf(new SQLException("refused", "08001")));
    }

    @Test
    void busy() {
        // Agroal's message when no pooled connection frees up within the acquisition timeout (no SQLState).
        assertEquals(DatabaseUnavailableHandler.Cause.BUSY, DatabaseUnavailableHandler.causeOf(
                new IllegalStateException(new SQLException("Sorry, acquisition timeout!"))));
        // MySQL/MariaDB lock wait timeout (1205) and deadlock (1213).
        assertEquals(DatabaseUnavailableHandler.Cause.BUSY, DatabaseUnavailableHandler.causeOf(
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205)));
        assertEquals(DatabaseUnavailableHandler.Cause.BUSY, DatabaseUnavailableHandler.causeOf(
                new LockAcquisitionException("deadlock", new SQLTransactionRollbackException("Deadlock found", "40001", 1213))));
    }

    @Test
    void otherFailuresAreNotOurs() {
        assertNull(DatabaseUnavailableHandler.causeOf(new IllegalArgumentException("bug")));
        assertNull(DatabaseUnavailableHandler.causeOf(new SQLException("Duplicate entry", "23000", 1062)));
    }
}
