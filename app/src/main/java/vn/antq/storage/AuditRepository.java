package vn.antq.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The audit trail and the settings (tables {@code audit_entry}, {@code setting}). Package-private:
 * reached through {@link Store}, inside its transactions.
 */
final class AuditRepository {
    private final Store store;

    AuditRepository(Store store) {
        this.store = store;
    }

    /** The audit trail of a year, oldest first. */
    List<AuditEntry> audit(int year) {
        return store.read(c -> Sql.query(c, "SELECT * FROM audit_entry WHERE year = ? ORDER BY id", AuditRepository::mapAudit, year));
    }

    /** The whole audit trail, oldest first. */
    List<AuditEntry> auditAll() {
        return store.read(c -> Sql.query(c, "SELECT * FROM audit_entry ORDER BY id", AuditRepository::mapAudit));
    }

    /** Writes one audit line (nothing when the value did not change). */
    static void record(Connection c, Instant at, Integer year, AuditArea area, String subject, String oldValue,
            String newValue) throws SQLException {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        Sql.update(c, "INSERT INTO audit_entry (at, year, area, subject, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)",
                at, year, area, subject, oldValue, newValue);
    }

    private static AuditEntry mapAudit(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Text.instant(rs.getString("at")), Sql.integer(rs, "year"),
                AuditArea.valueOf(rs.getString("area")), rs.getString("subject"), rs.getString("old_value"),
                rs.getString("new_value"));
    }

    Optional<String> setting(String key) {
        return store.read(c -> Optional.ofNullable(Sql.scalarText(c, "SELECT value FROM setting WHERE key = ?", key)));
    }

    /** Sets a setting (language, deadlines, window size…); null removes it. */
    void setSetting(String key, String value) {
        Objects.requireNonNull(key, "key");
        store.write(c -> value == null ? Sql.update(c, "DELETE FROM setting WHERE key = ?", key)
                : Sql.update(c, "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                        + "SET value = excluded.value", key, value));
    }

    Map<String, String> settings() {
        return store.read(c -> {
            Map<String, String> m = new TreeMap<>();
            for (String[] r : Sql.query(c, "SELECT key, value FROM setting", rs -> new String[] {rs.getString(1),
                rs.getString(2)})) {
                m.put(r[0], r[1]);
            }
            return m;
        });
    }
}
