package vn.antq.storage;

import static vn.antq.storage.DepartmentRepository.pledgeValue;
import static vn.antq.storage.DepartmentRepository.requireDepartment;
import static vn.antq.storage.YearRepository.checkRecordDate;
import static vn.antq.storage.YearRepository.requireYear;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.StaffMember;
import vn.antq.domain.unit.StaffPledge;

/**
 * Staff and their pledges per year, one person at a time (tables {@code staff}, {@code
 * staff_pledge}; the bulk import is {@link StaffListRepository}'s). Reached through {@link Store#staff()}, inside its transactions.
 */
public final class StaffRepository {
    private final Store store;

    StaffRepository(Store store) {
        this.store = store;
    }

    private static StaffMember mapStaff(ResultSet rs) throws SQLException {
        long dept = rs.getLong("department_id");
        Long deptId = rs.wasNull() ? null : dept;
        return new StaffMember(rs.getLong("id"), rs.getString("full_name"), rs.getString("position"), deptId,
                Values.date(rs.getString("date_of_birth")), rs.getString("phone"));
    }

    /**
     * Staff with their pledge for a year, by department (Vietnamese order; staff without a
     * department last), then by given name (the last word, as Vietnamese lists are ordered), then
     * full name. One query, sorted in memory with collation keys: fast for thousands of staff.
     */
    public List<StaffPledge> ofYear(int year) {
        return store.read(c -> staffRead(c, year));
    }

    /** A year's staff list as last read, while nothing has been written since (see {@link #staffRead}). */
    private record Cached(int year, long writes, long dataVersion, List<StaffPledge> staff) {
    }

    private Cached cached;

    /**
     * {@link #staffYear} in one of the store's READ transactions, reusing the list last read while the
     * database is unchanged: no write transaction on this store's connection since (the store counts
     * them) and none committed by any other connection, in this program or another (SQLite's
     * {@code data_version}). A 5,000-staff list takes a noticeable time to read and sort, and the staff
     * screen and the dossier read it at every visit.
     */
    List<StaffPledge> staffRead(Connection c, int year) throws SQLException {
        long dataVersion = Sql.scalarLong(c, "PRAGMA data_version");
        long writes = store.writes();
        Cached k = cached;
        if (k != null && k.year() == year && k.writes() == writes && k.dataVersion() == dataVersion) {
            return k.staff();
        }
        List<StaffPledge> read = List.copyOf(staffYear(c, year));
        cached = new Cached(year, writes, dataVersion, read);
        return read;
    }

    static List<StaffPledge> staffYear(Connection c, int year) throws SQLException {
        List<StaffPledge> all = Sql.query(c, """
                SELECT s.id, s.full_name, s.position, s.department_id, s.date_of_birth, s.phone,
                  d.name AS dept_name, p.signed, p.date AS pledge_date,
                  (SELECT min(l.sha256) FROM evidence_link l WHERE l.year = ? AND l.target = 'STAFF_PLEDGE'
                     AND l.code = CAST(s.id AS TEXT)) AS sha
                FROM staff s
                LEFT JOIN department d ON d.id = s.department_id
                LEFT JOIN staff_pledge p ON p.staff_id = s.id AND p.year = ?
                WHERE s.left_year IS NULL OR s.left_year > ?
                """, rs -> new StaffPledge(mapStaff(rs), Objects.requireNonNullElse(rs.getString("dept_name"), ""),
                rs.getInt("signed") == 1, Values.date(rs.getString("pledge_date")), rs.getString("sha")), year, year, year);
        return sortStaff(all);
    }

    /**
     * How many staff are on a year's list and how many of them signed their pledge: the same people
     * and the same test of "signed" as {@link #staffYear}, counted by SQLite.
     */
    static int[] staffCounts(Connection c, int year) throws SQLException {
        return Sql.one(c, """
                SELECT count(*), coalesce(sum(CASE WHEN p.signed = 1 THEN 1 ELSE 0 END), 0)
                FROM staff s
                LEFT JOIN staff_pledge p ON p.staff_id = s.id AND p.year = ?
                WHERE s.left_year IS NULL OR s.left_year > ?
                """, rs -> new int[] {rs.getInt(1), rs.getInt(2)}, year, year).orElseThrow();
    }

    /**
     * The names of the people on a year's list whose scanned pledge is linked to that year, by id
     * (what the evidence screen names a pledge's file by).
     */
    public Map<Long, String> pledgeScanNames(int year) {
        return store.read(c -> {
            Map<Long, String> out = new HashMap<>();
            for (Object[] r : Sql.query(c, """
                    SELECT s.id, s.full_name FROM staff s
                    WHERE (s.left_year IS NULL OR s.left_year > ?)
                      AND CAST(s.id AS TEXT) IN (SELECT l.code FROM evidence_link l
                                                 WHERE l.year = ? AND l.target = 'STAFF_PLEDGE')
                    """, rs -> new Object[] {rs.getLong(1), rs.getString(2)}, year, year)) {
                out.put((Long) r[0], (String) r[1]);
            }
            return out;
        });
    }

    static List<StaffPledge> sortStaff(List<StaffPledge> all) {
        Collator col = VietnameseText.collator();
        // Collation keys are costly for Vietnamese: one per distinct department and given name, each
        // turned into its rank among them, so that the sort compares numbers; full names are compared
        // with the collator only to break ties.
        record Keyed(StaffPledge p, boolean noDept, int dept, int given, String full) {
        }
        List<String> givenNames = new ArrayList<>(all.size());
        Set<String> depts = new java.util.HashSet<>();
        Set<String> givens = new java.util.HashSet<>();
        for (StaffPledge p : all) {
            String given = VietnameseText.givenName(p.staff().fullName());
            givenNames.add(given);
            depts.add(p.departmentName());
            givens.add(given);
        }
        Map<String, Integer> deptRank = ranks(depts, col);
        Map<String, Integer> givenRank = ranks(givens, col);
        List<Keyed> keyed = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            StaffPledge p = all.get(i);
            keyed.add(new Keyed(p, p.departmentName().isEmpty(), deptRank.get(p.departmentName()),
                    givenRank.get(givenNames.get(i)), p.staff().fullName()));
        }
        keyed.sort((a, b) -> {
            int c = Boolean.compare(a.noDept(), b.noDept());
            if (c == 0) {
                c = Integer.compare(a.dept(), b.dept());
            }
            if (c == 0) {
                c = Integer.compare(a.given(), b.given());
            }
            if (c == 0) {
                c = col.compare(a.full(), b.full());
            }
            return c != 0 ? c : Long.compare(a.p().staff().id(), b.p().staff().id());
        });
        List<StaffPledge> out = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            out.add(k.p());
        }
        return out;
    }

    /** Each text's rank in the collator's order (texts the collator finds equal share a rank). */
    private static Map<String, Integer> ranks(Collection<String> texts, Collator col) {
        List<CollationKey> keys = new ArrayList<>(texts.size());
        for (String t : texts) {
            keys.add(col.getCollationKey(t));
        }
        keys.sort(Comparator.naturalOrder());
        Map<String, Integer> rank = new HashMap<>();
        int r = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0 && keys.get(i).compareTo(keys.get(i - 1)) != 0) {
                r++;
            }
            rank.put(keys.get(i).getSourceString(), r);
        }
        return rank;
    }

    public Optional<StaffMember> member(long id) {
        return store.read(c -> Sql.one(c, "SELECT * FROM staff WHERE id = ?", StaffRepository::mapStaff, id));
    }

    /** How many staff the unit has. */
    public int count() {
        return store.read(c -> (int) Sql.scalarLong(c, "SELECT count(*) FROM staff"));
    }

    /** Adds a member of staff (name required; department may be null). */
    public StaffMember add(String fullName, String position, Long departmentId, LocalDate dateOfBirth,
            String phone) {
        String name = VietnameseText.clean(fullName);
        if (name.isEmpty()) {
            throw new StoreException("store.staff.nameRequired");
        }
        return store.write(c -> {
            if (departmentId != null) {
                requireDepartment(c, departmentId);
            }
            long id = Sql.insert(c, "INSERT INTO staff (full_name, position, department_id, date_of_birth, phone) "
                    + "VALUES (?, ?, ?, ?, ?)", name, VietnameseText.clean(position), departmentId, dateOfBirth, VietnameseText.clean(phone));
            return new StaffMember(id, name, VietnameseText.clean(position), departmentId, dateOfBirth, VietnameseText.clean(phone));
        });
    }

    /** Replaces a member of staff's details (by id). */
    public StaffMember update(StaffMember staff) {
        String name = VietnameseText.clean(staff.fullName());
        if (name.isEmpty()) {
            throw new StoreException("store.staff.nameRequired");
        }
        StaffMember s = new StaffMember(staff.id(), name, VietnameseText.clean(staff.position()), staff.departmentId(),
                staff.dateOfBirth(), VietnameseText.clean(staff.phone()));
        return store.write(c -> {
            if (s.departmentId() != null) {
                requireDepartment(c, s.departmentId());
            }
            int n = Sql.update(c, "UPDATE staff SET full_name = ?, position = ?, department_id = ?, date_of_birth = ?, "
                    + "phone = ? WHERE id = ?", s.fullName(), s.position(), s.departmentId(), s.dateOfBirth(),
                    s.phone(), s.id());
            if (n == 0) {
                throw new StoreException("store.staff.missing", String.valueOf(s.id()));
            }
            return s;
        });
    }

    /** Deletes a member of staff with their pledges of every year. */
    public void delete(long id) {
        store.write(c -> {
            if (Sql.update(c, "DELETE FROM staff WHERE id = ?", id) == 0) {
                throw new StoreException("store.staff.missing", String.valueOf(id));
            }
            Sql.update(c, "DELETE FROM evidence_link WHERE target = 'STAFF_PLEDGE' AND code = ?", String.valueOf(id));
            return null;
        });
    }

    /** Records one staff member's pledge for a year (signed or not, with the date). */
    public void setPledge(int year, long staffId, boolean signed, LocalDate date) {
        setPledges(year, List.of(staffId), signed, date);
    }

    /**
     * Records the same pledge for many staff in ONE transaction (e.g. "all of this department signed
     * on 15/03"). Returns how many pledges changed. Refused whole if any id is unknown.
     */
    public int setPledges(int year, Collection<Long> staffIds, boolean signed, LocalDate date) {
        LocalDate dt = signed ? date : null;
        checkRecordDate(year, dt);
        Set<Long> ids = new LinkedHashSet<>(staffIds);
        return store.write(c -> {
            requireYear(c, year);
            Map<Long, String> names = new HashMap<>();
            Map<Long, String> old = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT s.full_name, p.signed, p.date FROM staff s "
                    + "LEFT JOIN staff_pledge p ON p.staff_id = s.id AND p.year = ? WHERE s.id = ?")) {
                for (Long id : ids) {
                    Sql.bind(q, year, id);
                    try (ResultSet rs = q.executeQuery()) {
                        if (!rs.next()) {
                            throw new StoreException("store.staff.missing", String.valueOf(id));
                        }
                        names.put(id, rs.getString(1));
                        int sg = rs.getInt(2);
                        if (!rs.wasNull()) {
                            old.put(id, pledgeValue(sg == 1, Values.date(rs.getString(3))));
                        }
                    }
                }
            }
            String neu = pledgeValue(signed, dt);
            int changed = 0;
            try (PreparedStatement up = c.prepareStatement("INSERT INTO staff_pledge (year, staff_id, signed, date) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (year, staff_id) DO UPDATE SET signed = excluded.signed, "
                    + "date = excluded.date");
                    AuditRepository.Batch audit = store.auditBatch(c)) {
                for (Long id : ids) {
                    String before = old.get(id);
                    if (neu.equals(before)) {
                        continue;
                    }
                    Sql.bind(up, year, id, signed, dt);
                    up.addBatch();
                    audit.add(year, AuditArea.PLEDGE, id + ": " + names.get(id), before, neu);
                    changed++;
                }
                up.executeBatch();
                audit.flush();
            }
            return changed;
        });
    }
}
