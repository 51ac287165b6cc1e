package vn.antq.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.antq.domain.UnitType;
import vn.antq.domain.receiver.Commune;
import vn.antq.domain.receiver.ReceivedPackage;

/**
 * The SQL of a receiver folder (tables {@code commune}, {@code received_package}) with its row
 * mapper. Package-private: {@link ReceiverStore} calls it inside its own transactions.
 */
final class ReceiverRepository {
    private ReceiverRepository() {
    }

    static Optional<Commune> commune(Connection c) throws SQLException {
        return Sql.one(c, "SELECT * FROM commune WHERE id = 1", rs -> new Commune(rs.getString("police"),
                rs.getString("commune"), rs.getString("superior"), rs.getString("place"), rs.getString("head_name"),
                rs.getString("head_title"), rs.getString("deadline")));
    }

    static void saveCommune(Connection c, Commune m) throws SQLException {
        Sql.update(c, "INSERT INTO commune (id, police, commune, superior, place, head_name, head_title, deadline) "
                + "VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET police = excluded.police, "
                + "commune = excluded.commune, superior = excluded.superior, place = excluded.place, "
                + "head_name = excluded.head_name, head_title = excluded.head_title, deadline = excluded.deadline",
                m.police().strip(), s(m.commune()), s(m.superior()), s(m.place()), s(m.headName()),
                s(m.headTitle()), m.deadline() == null || m.deadline().isBlank() ? Commune.DEFAULT_DEADLINE
                        : m.deadline());
    }

    private static String s(String v) {
        return v == null ? "" : v.strip();
    }

    static Optional<ReceivedPackage> bySha256(Connection c, String sha256) throws SQLException {
        return Sql.one(c, "SELECT * FROM received_package WHERE sha256 = ?", ReceiverRepository::row, sha256);
    }

    /**
     * Inserts a received package, making it the one shown for its unit and year when it is newer
     * than the one shown and valid, or when the one shown is not valid either (see
     * {@link ReceiverStore#record}). Returns it with its id and whether it is shown.
     */
    static ReceivedPackage record(Connection c, ReceivedPackage p) throws SQLException {
        Optional<ReceivedPackage> shown = Sql.one(c,
                "SELECT * FROM received_package WHERE unit_key = ? AND year = ? AND current = 1",
                ReceiverRepository::row, p.unitKey(), p.year());
        boolean replaces = shown.isEmpty()
                || (p.valid() && (!shown.get().valid() || !p.createdAt().isBefore(shown.get().createdAt())))
                || (!p.valid() && !shown.get().valid() && !p.createdAt().isBefore(shown.get().createdAt()));
        if (replaces && shown.isPresent()) {
            Sql.update(c, "UPDATE received_package SET current = 0 WHERE id = ?", shown.get().id());
        }
        long id = Sql.insert(c, "INSERT INTO received_package (unit_key, unit_name, unit_code, unit_type, year, "
                + "total, max, classification, antt, criteria_met, criteria_total, staff, staff_pledged, "
                + "departments, departments_registered, findings, verdict, verdict_text, signer, signed_at, "
                + "created_at, received_at, file_name, sha256, size, current) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.unitKey(), p.unitName(), p.unitCode(), p.unitType(), p.year(), p.total(), p.max(),
                p.classification(), p.antt(), p.criteriaMet(), p.criteriaTotal(), p.staff(), p.staffPledged(),
                p.departments(), p.departmentsRegistered(), String.join("\n", p.findings()), p.verdict(),
                p.verdictText(), p.signer(), p.signedAt(), p.createdAt(), p.receivedAt(), p.fileName(),
                p.sha256(), p.size(), replaces);
        return p.withId(id, replaces);
    }

    static List<ReceivedPackage> current(Connection c, int year) throws SQLException {
        return Sql.query(c, "SELECT * FROM received_package WHERE year = ? AND current = 1 ORDER BY unit_name",
                ReceiverRepository::row, year);
    }

    static List<ReceivedPackage> history(Connection c, String unitKey, int year) throws SQLException {
        return Sql.query(c, "SELECT * FROM received_package WHERE unit_key = ? AND year = ? "
                + "ORDER BY received_at DESC, id DESC", ReceiverRepository::row, unitKey, year);
    }

    static List<Integer> years(Connection c) throws SQLException {
        return Sql.query(c, "SELECT DISTINCT year FROM received_package ORDER BY year DESC", rs -> rs.getInt(1));
    }

    private static ReceivedPackage row(ResultSet rs) throws SQLException {
        String findings = rs.getString("findings");
        String signedAt = rs.getString("signed_at");
        return new ReceivedPackage(rs.getLong("id"), rs.getString("unit_key"), rs.getString("unit_name"),
                rs.getString("unit_code"), UnitType.valueOf(rs.getString("unit_type")), rs.getInt("year"),
                rs.getInt("total"), rs.getInt("max"), rs.getString("classification"), rs.getInt("antt") == 1,
                rs.getInt("criteria_met"), rs.getInt("criteria_total"), rs.getInt("staff"), rs.getInt("staff_pledged"),
                rs.getInt("departments"), rs.getInt("departments_registered"),
                findings.isEmpty() ? List.of() : Arrays.asList(findings.split("\n")), rs.getString("verdict"),
                rs.getString("verdict_text"), rs.getString("signer"), signedAt == null ? null : Instant.parse(signedAt),
                Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("received_at")),
                rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size"), rs.getInt("current") == 1);
    }
}
