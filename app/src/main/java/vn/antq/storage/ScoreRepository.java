package vn.antq.storage;

import static vn.antq.storage.YearRepository.requireYear;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.ManualScore;

/**
 * Manual rubric points and commendations, item 9 (tables {@code manual_score}, {@code
 * commendation}). Reached through {@link Store#scores()}, inside its transactions.
 */
public final class ScoreRepository {
    private final Store store;

    ScoreRepository(Store store) {
        this.store = store;
    }

    public List<ManualScore> ofYear(int year) {
        return store.read(c -> scoreRows(c, year));
    }

    List<ManualScore> scoreRows(Connection c, int year) throws SQLException {
        List<ManualScore> rows = Sql.query(c, "SELECT code, points, note FROM manual_score WHERE year = ?",
                rs -> new ManualScore(rs.getString(1), rs.getInt(2), rs.getString(3)), year);
        Map<String, Integer> order = new HashMap<>();
        List<vn.antq.domain.rubric.RubricItem> manual = store.options().rubric().manualItems();
        for (int i = 0; i < manual.size(); i++) {
            order.put(manual.get(i).code(), i);
        }
        rows.sort(Comparator.comparingInt((ManualScore s) -> order.getOrDefault(s.code(), Integer.MAX_VALUE))
                .thenComparing(ManualScore::code));
        return rows;
    }

    /**
     * Gives (or, with null points, clears) the points of a manual rubric item for a year, with a
     * note. Checked against the rubric first (unknown, derived or parent item; not a whole number;
     * below 0 or above the item's maximum): a refused value stores nothing. Audited.
     */
    public void set(int year, String code, Integer points, String note) {
        String c0 = VietnameseText.clean(code);
        // checks the code even when clearing
        int value = store.engine().checkManualValue(c0, points == null ? 0 : points);
        String n = VietnameseText.clean(note);
        store.write(c -> {
            requireYear(c, year);
            Optional<ManualScore> old = Sql.one(c, "SELECT code, points, note FROM manual_score WHERE year = ? "
                    + "AND code = ?", rs -> new ManualScore(rs.getString(1), rs.getInt(2), rs.getString(3)), year, c0);
            if (points == null) {
                Sql.update(c, "DELETE FROM manual_score WHERE year = ? AND code = ?", year, c0);
            } else {
                Sql.update(c, "INSERT INTO manual_score (year, code, points, note) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (year, code) DO UPDATE SET points = excluded.points, note = excluded.note",
                        year, c0, value, n);
            }
            store.audit(c, year, AuditArea.SCORE, c0, old.map(ScoreRepository::scoreValue).orElse(null),
                    points == null ? null : scoreValue(new ManualScore(c0, value, n)));
            return null;
        });
    }

    private static String scoreValue(ManualScore s) {
        return s.note().isEmpty() ? String.valueOf(s.points()) : s.points() + " | " + s.note();
    }


    public List<Commendation> commendations(int year) {
        return store.read(c -> commendationRows(c, year));
    }

    static List<Commendation> commendationRows(Connection c, int year) throws SQLException {
        return Sql.query(c, "SELECT * FROM commendation WHERE year = ? ORDER BY date, id", ScoreRepository::mapCommendation, year);
    }

    private static Commendation mapCommendation(ResultSet rs) throws SQLException {
        return new Commendation(rs.getLong("id"), CommendationKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("recipient"), rs.getString("issuer"), rs.getString("decision_number"),
                Values.date(rs.getString("date")), rs.getInt("extraordinary") == 1);
    }

    /** Records an extraordinary (đột xuất) commendation, the kind item 9 counts. */
    public Commendation addCommendation(int year, CommendationKind kind, String title, String recipient,
            String issuer, String decisionNumber, LocalDate date) {
        return addCommendation(year, kind, title, recipient, issuer, decisionNumber, date, true);
    }

    /** Records a commendation in the movement for a year: extraordinary (counts for item 9) or routine. */
    public Commendation addCommendation(int year, CommendationKind kind, String title, String recipient,
            String issuer, String decisionNumber, LocalDate date, boolean extraordinary) {
        Objects.requireNonNull(kind, "kind");
        Commendation m = new Commendation(0, kind, VietnameseText.clean(title), VietnameseText.clean(recipient), VietnameseText.clean(issuer),
                VietnameseText.clean(decisionNumber), date, extraordinary);
        return store.write(c -> {
            requireYear(c, year);
            long id = Sql.insert(c, "INSERT INTO commendation (year, kind, title, recipient, issuer, decision_number, "
                    + "date, extraordinary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", year, m.kind(), m.title(), m.recipient(),
                    m.issuer(), m.decisionNumber(), m.date(), m.extraordinary() ? 1 : 0);
            return new Commendation(id, m.kind(), m.title(), m.recipient(), m.issuer(), m.decisionNumber(), m.date(),
                    m.extraordinary());
        });
    }

    /** Replaces a commendation's details (by id; its year stays). */
    public Commendation updateCommendation(Commendation commendation) {
        Commendation m = new Commendation(commendation.id(), Objects.requireNonNull(commendation.kind(), "kind"),
                VietnameseText.clean(commendation.title()), VietnameseText.clean(commendation.recipient()),
                VietnameseText.clean(commendation.issuer()), VietnameseText.clean(commendation.decisionNumber()), commendation.date(),
                commendation.extraordinary());
        return store.write(c -> {
            // the fields item 9 follows (date, đột xuất) are audited as the other scored records are
            Optional<Object[]> old = Sql.one(c, "SELECT year, date, extraordinary FROM commendation WHERE id = ?",
                    rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getInt(3) == 1}, m.id());
            if (old.isPresent()) {
                store.audit(c, (Integer) old.get()[0], AuditArea.COMMENDATION, m.id() + ": " + m.title(),
                        commendationValue(Values.date((String) old.get()[1]), (Boolean) old.get()[2]),
                        commendationValue(m.date(), m.extraordinary()));
            }
            int n = Sql.update(c, "UPDATE commendation SET kind = ?, title = ?, recipient = ?, issuer = ?, "
                    + "decision_number = ?, date = ?, extraordinary = ? WHERE id = ?", m.kind(), m.title(),
                    m.recipient(), m.issuer(), m.decisionNumber(), m.date(), m.extraordinary() ? 1 : 0, m.id());
            if (n == 0) {
                throw new StoreException("store.commendation.missing", String.valueOf(m.id()));
            }
            return m;
        });
    }

    private static String commendationValue(java.time.LocalDate date, boolean extraordinary) {
        return (extraordinary ? "đột xuất" : "thường") + (date == null ? "" : " " + date);
    }

    public void removeCommendation(long id) {
        store.write(c -> {
            if (Sql.update(c, "DELETE FROM commendation WHERE id = ?", id) == 0) {
                throw new StoreException("store.commendation.missing", String.valueOf(id));
            }
            Sql.update(c, "DELETE FROM evidence_link WHERE target = 'COMMENDATION' AND code = ?", String.valueOf(id));
            return null;
        });
    }
}
