package vn.antq.storage;

import static vn.antq.storage.YearRepository.requireYear;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.antq.domain.Progress;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.Department;
import vn.antq.storage.StaffSync.Changes;
import vn.antq.storage.StaffSync.Person;
import vn.antq.storage.StaffSync.Roster;
import vn.antq.storage.StaffSync.Update;

/**
 * The staff list as a whole: the bulk import, the roster a re-import is planned against, the
 * re-import's write and the V4 re-cleaning of stored names (tables {@code staff}, {@code staff_pledge}).
 * Reached through {@link Store#staffList()}, inside its transactions; one person at a time is
 * {@link StaffRepository}'s.
 */
public final class StaffListRepository {
    private final Store store;

    StaffListRepository(Store store) {
        this.store = store;
    }

    /** {@link #importRows(int, List, Progress)} without progress. */
    public ImportSummary importRows(int year, List<NewStaff> rows) {
        return importRows(year, rows, Progress.NONE);
    }

    /**
     * Adds many staff in ONE transaction: all rows or none. Departments are matched by name
     * regardless of case (and created when new); pledges are recorded for the year when a row says
     * so. A row without a name refuses the whole import (row numbers count from 1). Batched
     * prepared statements: 10,000 rows take well under a second.
     */
    public ImportSummary importRows(int year, List<NewStaff> rows, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null || VietnameseText.clean(rows.get(i).fullName()).isEmpty()) {
                throw new StoreException("store.import.nameRequired", i + 1);
            }
        }
        return store.write(c -> {
            requireYear(c, year);
            Map<String, Long> depts = new HashMap<>();
            for (Department d : Sql.query(c, "SELECT id, name FROM department",
                    rs -> new Department(rs.getLong(1), rs.getString(2)))) {
                depts.put(VietnameseText.key(d.name()), d.id());
            }
            long nextStaff = Sql.scalarLong(c, "SELECT coalesce(max(id), 0) FROM staff") + 1;
            int createdDepts = 0;
            int pledges = 0;
            try (PreparedStatement insDept = c.prepareStatement("INSERT INTO department (name, name_key) VALUES (?, ?)");
                    PreparedStatement insStaff = c.prepareStatement("INSERT INTO staff (id, full_name, position, "
                            + "department_id, date_of_birth, phone, staff_code) VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement insPledge = c.prepareStatement("INSERT INTO staff_pledge (year, staff_id, signed, "
                            + "date) VALUES (?, ?, ?, ?) ON CONFLICT (year, staff_id) DO UPDATE SET "
                            + "signed = excluded.signed, date = excluded.date")) {
                for (int i = 0; i < rows.size(); i++) {
                    NewStaff r = rows.get(i);
                    String deptName = VietnameseText.clean(r.departmentName());
                    Long deptId = null;
                    if (!deptName.isEmpty()) {
                        String key = VietnameseText.key(deptName);
                        deptId = depts.get(key);
                        if (deptId == null) {
                            Sql.bind(insDept, deptName, key);
                            insDept.executeUpdate();
                            deptId = Sql.lastRowId(c);
                            depts.put(key, deptId);
                            createdDepts++;
                        }
                    }
                    long id = nextStaff++;
                    Sql.bind(insStaff, id, VietnameseText.clean(r.fullName()), VietnameseText.clean(r.position()), deptId, r.dateOfBirth(),
                            VietnameseText.clean(r.phone()), r.staffCode());
                    insStaff.addBatch();
                    if (r.pledged() != null) {
                        Sql.bind(insPledge, year, id, r.pledged(), r.pledged() ? r.pledgeDate() : null);
                        insPledge.addBatch();
                        pledges++;
                    }
                    if ((i + 1) % 500 == 0) {
                        insStaff.executeBatch();
                        insPledge.executeBatch();
                        p.update(i + 1, rows.size(), "");
                        p.checkCancelled();
                    }
                }
                insStaff.executeBatch();
                insPledge.executeBatch();
            }
            store.audit(c, year, AuditArea.STAFF_IMPORT, rows.size() + " staff", null,
                    rows.size() + " staff, " + createdDepts + " departments, " + pledges + " pledges");
            p.update(rows.size(), rows.size(), "");
            int[] counts = yearCounts(c, year);
            return new ImportSummary(rows.size(), 0, createdDepts, 0, counts[0], counts[1]);
        });
    }

    // --- re-import as an update ({@link StaffSync}) ---------------------------------------------------

    /** The unit's people with their pledge of {@code year}, and its departments ({@link StaffSync}). */
    public Roster roster(int year) {
        return store.read(c -> roster(c, year));
    }

    static Roster roster(Connection c, int year) throws SQLException {
        List<Person> people = Sql.query(c, """
                SELECT s.id, s.full_name, s.staff_code, s.department_id, d.name AS dept_name, s.position,
                  s.date_of_birth, s.phone, s.left_year, p.signed, p.date AS pledge_date
                FROM staff s
                LEFT JOIN department d ON d.id = s.department_id
                LEFT JOIN staff_pledge p ON p.staff_id = s.id AND p.year = ?
                ORDER BY s.id
                """, rs -> {
                    long dept = rs.getLong("department_id");
                    Long deptId = rs.wasNull() ? null : dept;
                    return new Person(rs.getLong("id"), rs.getString("full_name"), rs.getString("staff_code"), deptId,
                            Objects.requireNonNullElse(rs.getString("dept_name"), ""), rs.getString("position"),
                            Values.date(rs.getString("date_of_birth")), rs.getString("phone"),
                            Sql.integer(rs, "left_year"), Sql.bool(rs, "signed"),
                            Values.date(rs.getString("pledge_date")));
                }, year);
        List<Department> depts = Sql.query(c, "SELECT id, name FROM department ORDER BY id",
                rs -> new Department(rs.getLong(1), rs.getString(2)));
        return new Roster(year, people, depts);
    }

    /**
     * Reads the roster of {@code year}, asks {@code planner} what to write, and writes it: all in ONE
     * transaction (see {@link StaffSync}).
     */
    public ImportSummary sync(int year, Function<Roster, Changes> planner, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        return store.write(c -> {
            requireYear(c, year);
            Roster roster = roster(c, year);
            Changes changes = planner.apply(roster);
            Map<String, Long> depts = new HashMap<>();
            for (Department d : roster.departments()) {
                depts.putIfAbsent(VietnameseText.key(d.name()), d.id());
            }
            int total = changes.added().size() + changes.updated().size() + changes.leaving().size();
            int done = 0;
            int created = 0;
            long nextStaff = Sql.scalarLong(c, "SELECT coalesce(max(id), 0) FROM staff") + 1;
            try (PreparedStatement insDept = c.prepareStatement("INSERT INTO department (name, name_key) VALUES (?, ?)");
                    PreparedStatement insStaff = c.prepareStatement("INSERT INTO staff (id, full_name, position, "
                            + "department_id, date_of_birth, phone, staff_code) VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement upStaff = c.prepareStatement("UPDATE staff SET full_name = ?, position = ?, "
                            + "department_id = ?, date_of_birth = ?, phone = ?, staff_code = ?, left_year = NULL "
                            + "WHERE id = ?");
                    PreparedStatement pledge = c.prepareStatement("INSERT INTO staff_pledge (year, staff_id, signed, "
                            + "date) VALUES (?, ?, ?, ?) ON CONFLICT (year, staff_id) DO UPDATE SET "
                            + "signed = excluded.signed, date = excluded.date");
                    PreparedStatement leave = c.prepareStatement("UPDATE staff SET left_year = ? WHERE id = ?")) {
                List<Object[]> rows = new ArrayList<>();
                for (NewStaff a : changes.added()) {
                    rows.add(new Object[] {nextStaff++, a, Boolean.TRUE});
                }
                for (Update u : changes.updated()) {
                    rows.add(new Object[] {u.id(), u.values(), Boolean.FALSE});
                }
                for (Object[] r : rows) {
                    long id = (Long) r[0];
                    NewStaff v = (NewStaff) r[1];
                    String name = VietnameseText.clean(v.fullName());
                    if (name.isEmpty()) {
                        throw new StoreException("store.staff.nameRequired");
                    }
                    Long deptId = null;
                    String deptName = VietnameseText.clean(v.departmentName());
                    if (!deptName.isEmpty()) {
                        String key = VietnameseText.key(deptName);
                        deptId = depts.get(key);
                        if (deptId == null) {
                            if (!changes.createDepartments()) {
                                throw new StoreException("store.import.newDepartment", deptName);
                            }
                            Sql.bind(insDept, deptName, key);
                            insDept.executeUpdate();
                            deptId = Sql.lastRowId(c);
                            depts.put(key, deptId);
                            created++;
                        }
                    }
                    if ((Boolean) r[2]) {
                        Sql.bind(insStaff, id, name, VietnameseText.clean(v.position()), deptId, v.dateOfBirth(),
                                VietnameseText.clean(v.phone()), v.staffCode());
                        insStaff.addBatch();
                    } else {
                        Sql.bind(upStaff, name, VietnameseText.clean(v.position()), deptId, v.dateOfBirth(),
                                VietnameseText.clean(v.phone()), v.staffCode(), id);
                        upStaff.addBatch();
                    }
                    if (v.pledged() != null) {
                        Sql.bind(pledge, year, id, v.pledged(), v.pledged() ? v.pledgeDate() : null);
                        pledge.addBatch();
                    }
                    if (++done % 500 == 0) {
                        insStaff.executeBatch();
                        upStaff.executeBatch();
                        pledge.executeBatch();
                        p.update(done, total, "");
                        p.checkCancelled();
                    }
                }
                insStaff.executeBatch();
                upStaff.executeBatch();
                pledge.executeBatch();
                for (Long id : changes.leaving()) {
                    Sql.bind(leave, year, id);
                    leave.addBatch();
                }
                leave.executeBatch();
            }
            int[] counts = yearCounts(c, year);
            ImportSummary summary = new ImportSummary(changes.added().size(), changes.updated().size(), created,
                    changes.leaving().size(), counts[0], counts[1]);
            store.audit(c, year, AuditArea.STAFF_IMPORT, summary.staffAdded() + " added, " + summary.staffUpdated()
                    + " updated, " + summary.markedLeft() + " left", null, summary.staffInYear() + " staff, "
                    + summary.pledgesSigned() + " signed, " + created + " departments created");
            p.update(total, total, "");
            return summary;
        });
    }

    /** The people counted in a year and how many of them signed its pledge. */
    static int[] yearCounts(Connection c, int year) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT count(*), coalesce(sum(p.signed), 0) FROM staff s "
                + "LEFT JOIN staff_pledge p ON p.staff_id = s.id AND p.year = ? "
                + "WHERE s.left_year IS NULL OR s.left_year > ?")) {
            Sql.bind(q, year, year);
            try (var rs = q.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }

    /**
     * The Java step of schema version 4: names stored before {@link VietnameseText#clean} became the
     * one rule (no-break and zero-width spaces…) are cleaned, and department keys recomputed. A
     * department whose cleaned name clashes with another keeps its old key (the clerk merges them).
     */
    static void recleanNames(Connection c) throws SQLException {
        List<Object[]> depts = Sql.query(c, "SELECT id, name, name_key FROM department ORDER BY id",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
        Map<String, Long> keys = new HashMap<>();
        for (Object[] d : depts) {
            keys.put((String) d[2], (Long) d[0]);
        }
        for (Object[] d : depts) {
            String name = VietnameseText.clean((String) d[1]);
            String key = VietnameseText.key(name);
            Long holder = keys.get(key);
            if (holder != null && !holder.equals(d[0])) {
                continue;
            }
            if (!name.equals(d[1]) || !key.equals(d[2])) {
                keys.remove((String) d[2]);
                keys.put(key, (Long) d[0]);
                Sql.update(c, "UPDATE department SET name = ?, name_key = ? WHERE id = ?", name.isEmpty() ? d[1] : name,
                        key.isEmpty() ? d[2] : key, d[0]);
            }
        }
        List<Object[]> staff = Sql.query(c, "SELECT id, full_name, position FROM staff",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
        try (PreparedStatement up = c.prepareStatement("UPDATE staff SET full_name = ?, position = ? WHERE id = ?")) {
            for (Object[] s : staff) {
                String name = VietnameseText.clean((String) s[1]);
                String pos = VietnameseText.clean((String) s[2]);
                if (!name.isEmpty() && (!name.equals(s[1]) || !pos.equals(s[2]))) {
                    Sql.bind(up, name, pos, s[0]);
                    up.addBatch();
                }
            }
            up.executeBatch();
        }
    }
}
