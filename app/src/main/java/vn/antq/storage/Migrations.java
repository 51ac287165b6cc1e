package vn.antq.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.antq.about.AppInfo;

/**
 * The hand-written, numbered schema migrations ({@code migrations/V<n>__<what>.sql} beside this
 * class). They are applied in order inside ONE transaction when the database opens; the version
 * reached is kept in {@code PRAGMA user_version} and each step in {@code schema_history}. A released
 * file is never edited: a change of schema is a new file added to {@link #FILES}.
 * See app/docs/decisions/0001-migrations.md.
 */
public final class Migrations {
    /** {@code PRAGMA application_id} of an ANTQ Desk database: "ANTQ" in ASCII. */
    public static final int APPLICATION_ID = 0x414E5451;
    /** The migration files, index i holding version i + 1. */
    static final List<String> FILES = List.of(
            "V1__initial.sql",
            "V2__audit_and_settings.sql",
            "V3__protection_force.sql",
            "V4__staff_code_and_leaving.sql",
            "V5__unit_code.sql",
            "V6__document_date_and_commendation_kind.sql",
            "V7__meeting_record_and_recognising_body.sql");
    /** The schema version this build writes. */
    public static final int LATEST = FILES.size();

    private Migrations() {
    }

    /** The SQL statements of one version. */
    static List<String> statements(int version) {
        String file = FILES.get(version - 1);
        if (!file.startsWith("V" + version + "__")) {
            throw new IllegalStateException("migration list out of order at " + file);
        }
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + file);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String description(int version) {
        String file = FILES.get(version - 1);
        return file.substring(file.indexOf("__") + 2, file.length() - 4).replace('_', ' ');
    }

    /**
     * Splits a script into statements at {@code ;} outside quotes, dropping {@code --} comments.
     * (No triggers in the migrations, so no BEGIN…END bodies.)
     */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < script.length(); i++) {
            char ch = script.charAt(i);
            if (!inQuote && ch == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
                cur.append('\n');
                continue;
            }
            if (ch == '\'') {
                inQuote = !inQuote;
            }
            if (ch == ';' && !inQuote) {
                String s = cur.toString().strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        return out;
    }

    /**
     * Brings a database from version {@code from} to {@code to} in one immediate transaction; on any
     * failure nothing is changed. Version 0 means an empty database.
     */
    static void migrate(Connection c, int from, int to, Instant now) throws SQLException {
        if (from >= to) {
            return;
        }
        Sql.exec(c, "BEGIN IMMEDIATE");
        try {
            // another process may have migrated between our look at the file and the write lock
            int current = (int) Sql.scalarLong(c, "PRAGMA user_version");
            if (current > from) {
                if (current >= to) {
                    Sql.exec(c, "COMMIT");
                    return;
                }
                from = current;
            }
            for (int v = from + 1; v <= to; v++) {
                for (String stmt : statements(v)) {
                    Sql.exec(c, stmt);
                }
                if (v == 1) {
                    Sql.update(c, "INSERT INTO app_marker (app, created_at) VALUES ('ANTQ Desk', ?)", now);
                }
                if (v == 4) {
                    StaffListRepository.recleanNames(c);
                }
                Sql.update(c, "INSERT INTO schema_history (version, description, applied_at, app_version) "
                        + "VALUES (?, ?, ?, ?)", v, description(v), now, AppInfo.version());
            }
            Sql.exec(c, "PRAGMA application_id = " + APPLICATION_ID);
            Sql.exec(c, "PRAGMA user_version = " + to);
            Sql.exec(c, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            try {
                Sql.exec(c, "ROLLBACK");
            } catch (SQLException ignored) {
                // the transaction is gone already
            }
            throw e;
        }
    }

    /** PRAGMA integrity_check: "ok", or what is damaged. */
    static List<String> integrityCheck(Connection c) throws SQLException {
        return Sql.query(c, "PRAGMA integrity_check", rs -> rs.getString(1));
    }

    /** PRAGMA foreign_key_check: one line per row whose reference is missing. */
    static List<String> foreignKeyCheck(Connection c) throws SQLException {
        return Sql.query(c, "PRAGMA foreign_key_check", rs -> rs.getString(1) + " rowid " + rs.getLong(2) + " → "
                + rs.getString(3));
    }

    /** Names of the tables. */
    static Set<String> tables(Connection c) throws SQLException {
        return new HashSet<>(Sql.query(c, "SELECT name FROM sqlite_master WHERE type = 'table'", rs -> rs.getString(1)));
    }
}
