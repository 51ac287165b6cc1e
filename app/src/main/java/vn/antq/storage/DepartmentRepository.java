package vn.antq.storage;

import static vn.antq.storage.YearRepository.checkRecordDate;
import static vn.antq.storage.YearRepository.requireYear;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.DepartmentYear;

/**
 * Departments and their registration per year, item 8b (tables {@code department}, {@code
 * department_year}). Reached through {@link Store#departments()}, inside its transactions.
 */
public final class DepartmentRepository {
    private final Store store;

    DepartmentRepository(Store store) {
        this.store = store;
    }

    /** All departments, in Vietnamese order. */
    public List<Department> list() {
        return store.read(c -> {
            List<Department> all = Sql.query(c, "SELECT id, name FROM department",
                    rs -> new Department(rs.getLong(1), rs.getString(2)));
            Collator col = VietnameseText.collator();
            all.sort(Comparator.comparing(Department::name, col).thenComparingLong(Department::id));
            return all;
        });
    }

    /** Departments with their registration for a year and their staff counts, in Vietnamese order. */
    public List<DepartmentYear> ofYear(int year) {
        return store.read(c -> departmentYears(c, year));
    }

    static List<DepartmentYear> departmentYears(Connection c, int year) throws SQLException {
        List<DepartmentYear> all = Sql.query(c, """
                WITH counts AS (
                  SELECT s.department_id AS dep, count(*) AS n, coalesce(sum(p.signed), 0) AS signed
                  FROM staff s LEFT JOIN staff_pledge p ON p.year = ? AND p.staff_id = s.id
                  WHERE s.department_id IS NOT NULL AND (s.left_year IS NULL OR s.left_year > ?)
                  GROUP BY s.department_id)
                SELECT d.id, d.name, dy.registered, dy.date,
                  (SELECT min(l.sha256) FROM evidence_link l WHERE l.year = ? AND l.target = 'DEPARTMENT_REGISTRATION'
                     AND l.code = CAST(d.id AS TEXT)) AS sha,
                  coalesce(c.n, 0) AS staff_count, coalesce(c.signed, 0) AS signed
                FROM department d
                LEFT JOIN department_year dy ON dy.department_id = d.id AND dy.year = ?
                LEFT JOIN counts c ON c.dep = d.id
                """, rs -> new DepartmentYear(new Department(rs.getLong("id"), rs.getString("name")),
                rs.getInt("registered") == 1, Values.date(rs.getString("date")), rs.getString("sha"),
                rs.getInt("staff_count"), rs.getInt("signed")), year, year, year, year);
        Collator col = VietnameseText.collator();
        all.sort(Comparator.comparing((DepartmentYear d) -> d.department().name(), col)
                .thenComparingLong(d -> d.department().id()));
        return all;
    }

    /** Adds a department; the name is NFC, trimmed, and unique regardless of case. */
    public Department add(String name) {
        String n = VietnameseText.clean(name);
        if (n.isEmpty()) {
            throw new StoreException("store.dept.nameRequired");
        }
        return store.write(c -> {
            checkDepartmentNameFree(c, n, -1);
            long id = Sql.insert(c, "INSERT INTO department (name, name_key) VALUES (?, ?)", n, VietnameseText.key(n));
            return new Department(id, n);
        });
    }

    private static void checkDepartmentNameFree(Connection c, String name, long exceptId) throws SQLException {
        Optional<String> clash = Sql.one(c, "SELECT name FROM department WHERE name_key = ? AND id <> ?",
                rs -> rs.getString(1), VietnameseText.key(name), exceptId);
        if (clash.isPresent()) {
            throw new StoreException("store.dept.duplicate", name, clash.get());
        }
    }

    public Department rename(long id, String newName) {
        String n = VietnameseText.clean(newName);
        if (n.isEmpty()) {
            throw new StoreException("store.dept.nameRequired");
        }
        return store.write(c -> {
            requireDepartment(c, id);
            checkDepartmentNameFree(c, n, id);
            Sql.update(c, "UPDATE department SET name = ?, name_key = ? WHERE id = ?", n, VietnameseText.key(n), id);
            return new Department(id, n);
        });
    }

    static Department requireDepartment(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT id, name FROM department WHERE id = ?", rs -> new Department(rs.getLong(1),
                rs.getString(2)), id).orElseThrow(() -> new StoreException("store.dept.missing", String.valueOf(id)));
    }

    /**
     * Deletes a department with its registrations. Refused while staff are in it: the clerk moves
     * them first (a silent move could hide people from a department's pledge count).
     */
    public void delete(long id) {
        store.write(c -> {
            Department d = requireDepartment(c, id);
            long staff = Sql.scalarLong(c, "SELECT count(*) FROM staff WHERE department_id = ?", id);
            if (staff > 0) {
                throw new StoreException("store.dept.hasStaff", d.name(), staff);
            }
            Sql.update(c, "DELETE FROM evidence_link WHERE target = 'DEPARTMENT_REGISTRATION' AND code = ?",
                    String.valueOf(id));
            Sql.update(c, "DELETE FROM department WHERE id = ?", id);
            return null;
        });
    }

    /** Records whether a department registered/pledged for a year (item 8b), with the date. */
    public void setRegistration(int year, long departmentId, boolean registered, LocalDate date) {
        LocalDate dt = registered ? date : null;
        checkRecordDate(year, dt);
        store.write(c -> {
            requireYear(c, year);
            Department d = requireDepartment(c, departmentId);
            Optional<String> old = Sql.one(c, "SELECT registered, date FROM department_year WHERE year = ? AND "
                    + "department_id = ?", rs -> pledgeValue(rs.getInt(1) == 1, Values.date(rs.getString(2))), year,
                    departmentId);
            Sql.update(c, "INSERT INTO department_year (year, department_id, registered, date) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (year, department_id) DO UPDATE SET registered = excluded.registered, "
                    + "date = excluded.date", year, departmentId, registered, dt);
            store.audit(c, year, AuditArea.DEPARTMENT_REGISTRATION, d.id() + ": " + d.name(), old.orElse(null),
                    pledgeValue(registered, dt));
            return null;
        });
    }

    static String pledgeValue(boolean signed, LocalDate date) {
        return signed ? (date == null ? "true" : "true " + date) : "false";
    }
}
