package vn.antq.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail (table {@code audit_entry}): reached through {@link Store#audit()}. Every audited
 * write goes through {@link Store#audit(Connection, Integer, AuditArea, String, String, String)},
 * inside its transaction.
 */
public final class AuditRepository {
    private final Store store;

    AuditRepository(Store store) {
        this.store = store;
    }

    /** The audit trail of a year, oldest first. */
    public List<AuditEntry> ofYear(int year) {
        return store.read(c -> Sql.query(c, "SELECT * FROM audit_entry WHERE year = ? ORDER BY id", AuditRepository::mapAudit, year));
    }

    /** The whole audit trail, oldest first. */
    public List<AuditEntry> all() {
        return store.read(c -> Sql.query(c, "SELECT * FROM audit_entry ORDER BY id", AuditRepository::mapAudit));
    }

    private static final String INSERT = "INSERT INTO audit_entry (at, year, area, subject, old_value, new_value) "
            + "VALUES (?, ?, ?, ?, ?, ?)";

    /** Writes one audit line (nothing when the value did not change). */
    static void record(Connection c, Instant at, Integer year, AuditArea area, String subject, String oldValue,
            String newValue) throws SQLException {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        Sql.update(c, INSERT, at, year, area, subject, oldValue, newValue);
    }

    /**
     * Many audit lines of one change (a department's pledges), written as one batch by the rule of
     * {@link #record}: nothing for a value that did not change. {@link #flush} writes them.
     */
    static final class Batch implements AutoCloseable {
        private final PreparedStatement insert;
        private final Instant at;

        Batch(Connection c, Instant at) throws SQLException {
            this.insert = c.prepareStatement(INSERT);
            this.at = at;
        }

        void add(Integer year, AuditArea area, String subject, String oldValue, String newValue) throws SQLException {
            if (Objects.equals(oldValue, newValue)) {
                return;
            }
            Sql.bind(insert, at, year, area, subject, oldValue, newValue);
            insert.addBatch();
        }

        void flush() throws SQLException {
            insert.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    private static AuditEntry mapAudit(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Values.instant(rs.getString("at")), Sql.integer(rs, "year"),
                AuditArea.valueOf(rs.getString("area")), rs.getString("subject"), rs.getString("old_value"),
                rs.getString("new_value"));
    }
}
