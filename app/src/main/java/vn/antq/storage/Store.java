package vn.antq.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.antq.domain.DomainException;
import vn.antq.domain.Progress;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.scoring.Assessment;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.domain.scoring.ScoringFacts;
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceStatus;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.ManualScore;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.domain.unit.StaffMember;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.domain.unit.YearState;
import vn.antq.rules.RulesLoader;

/**
 * The unit's records: one SQLite database ({@code antq.db}) and one evidence folder in a data folder.
 *
 * <p>One connection, used under a lock (SQLite has one writer): every public write is ONE
 * transaction, all or nothing; every read of several tables is one read transaction. Text input is
 * NFC-normalised and trimmed; dates are stored ISO. Refusals are {@link DomainException}s (mostly
 * {@link StoreException}) whose text is in the {@code store} bundle; nothing is changed then.
 * Safe to call from any thread (calls are serialised), but never call it on the FX thread.
 */
public final class Store implements AutoCloseable {
    /** Lowest and highest year accepted. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private final Path dataDir;
    private final Path dbPath;
    private final StoreOptions options;
    private volatile ScoringEngine engine;
    private final Object lock = new Object();
    private Connection conn;

    private Store(Path dataDir, Connection conn, StoreOptions options) {
        this.dataDir = dataDir;
        this.dbPath = dataDir.resolve(DataDir.DB_FILE);
        this.conn = conn;
        this.options = options;
    }

    // --- opening and closing ----------------------------------------------------------------------

    /** Opens (creating on first start, migrating an older schema) the data folder with default options. */
    public static Store open(Path dataDir) {
        return open(dataDir, StoreOptions.defaults());
    }

    /**
     * Opens the data folder: creates it and the database on first start; refuses a file that is
     * not SQLite, a database that is not ANTQ Desk's, a newer schema, or a damaged database (the
     * message names the latest backup); backs up then migrates an older schema in one transaction.
     * A refused file is never modified.
     */
    public static Store open(Path dataDir, StoreOptions options) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path db = dir.resolve(DataDir.DB_FILE);
        int version = 0;
        Path preMigration = null;
        try {
            if (Files.exists(db) && Files.size(db) > 0) {
                Database.Probe probe = Database.probe(db);
                if (!probe.ours()) {
                    if (!probe.blank()) {
                        throw new StoreException("store.error.foreign", db);
                    }
                } else {
                    if (probe.userVersion() > Migrations.LATEST) {
                        throw new StoreException("store.error.newer", db, probe.userVersion(), Migrations.LATEST);
                    }
                    if (!probe.sound()) {
                        throw Backups.damaged(db, String.join("; ", probe.quickCheck()), null);
                    }
                    version = probe.userVersion();
                    if (version < Migrations.LATEST) {
                        preMigration = Backups.preMigration(dir, version, options.clock());
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", db, e.getMessage());
        }
        try {
            // only once the folder's database is known to be ours (or absent)
            Files.createDirectories(dir.resolve(DataDir.EVIDENCE_DIR));
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", dir, e.getMessage());
        }
        FolderLock.acquireShared(dir);
        Connection c = null;
        try {
            c = Database.connect(db, false);
            Migrations.migrate(c, version, Migrations.LATEST, options.clock().instant());
            return new Store(dir, c, options);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            FolderLock.release(dir);
            if (e instanceof DomainException de) {
                throw de;
            }
            if (e instanceof SQLException se && Database.primaryCode(se) == Database.SQLITE_BUSY) {
                throw new StoreException(e, "store.error.busy", db);
            }
            if (version > 0 || preMigration != null) {
                throw new StoreException(e, "store.error.migration", Migrations.LATEST, e.getMessage(),
                        preMigration == null ? "—" : preMigration);
            }
            throw new StoreException(e, "store.error.sql", e.getMessage());
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure
            }
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path databaseFile() {
        return dbPath;
    }

    public Path evidenceDir() {
        return dataDir.resolve(DataDir.EVIDENCE_DIR);
    }

    public StoreOptions options() {
        return options;
    }

    public Rubric rubric() {
        return options.rubric();
    }

    /** The scoring engine on the store's rubric (made when first needed: the rubric may still be loading). */
    public ScoringEngine engine() {
        ScoringEngine e = engine;
        if (e == null) {
            e = new ScoringEngine(options.rubric());
            engine = e;
        }
        return e;
    }

    /** The schema version of the open database. */
    public int schemaVersion() {
        return read(c -> (int) Sql.scalarLong(c, "PRAGMA user_version"));
    }

    /** Closes the database (checkpointing the WAL into the main file). */
    @Override
    public void close() {
        synchronized (lock) {
            if (conn != null) {
                try {
                    Sql.exec(conn, "PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException ignored) {
                    // another reader may hold the WAL; SQLite checkpoints later
                }
                closeQuietly(conn);
                conn = null;
                FolderLock.release(dataDir);
            }
        }
    }

    // --- transactions -----------------------------------------------------------------------------

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** Runs work as ONE immediate (writing) transaction: committed whole, or rolled back on any failure. */
    <T> T write(Work<T> work) {
        return transaction("BEGIN IMMEDIATE", work);
    }

    /** Runs reads in one read transaction, so they see one consistent state. */
    <T> T read(Work<T> work) {
        return transaction("BEGIN", work);
    }

    private <T> T transaction(String begin, Work<T> work) {
        synchronized (lock) {
            if (conn == null) {
                throw new StoreException("store.error.closed");
            }
            try {
                Sql.exec(conn, begin);
            } catch (SQLException e) {
                throw translate(e);
            }
            try {
                T result = work.run(conn);
                Sql.exec(conn, "COMMIT");
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                try {
                    Sql.exec(conn, "ROLLBACK");
                } catch (SQLException ignored) {
                    // SQLite rolled back already
                }
                throw translate(e);
            }
        }
    }

    private RuntimeException translate(Exception e) {
        if (e instanceof DomainException de) {
            return de;
        }
        if (e instanceof SQLException se) {
            int code = Database.primaryCode(se);
            if (code == Database.SQLITE_CORRUPT || code == Database.SQLITE_NOTADB) {
                return Backups.damaged(dbPath, se.getMessage(), se);
            }
            if (code == Database.SQLITE_BUSY || code == Database.SQLITE_LOCKED) {
                return new StoreException(se, "store.error.busy", dbPath);
            }
            if (code == Database.SQLITE_FULL) {
                return new StoreException(se, "store.error.full", dbPath);
            }
            return new StoreException(se, "store.error.sql", se.getMessage());
        }
        if (e instanceof IOException io) {
            return new StoreException(io, "store.error.io", dataDir, io.getMessage());
        }
        if (e instanceof UncheckedIOException io) {
            return new StoreException(io, "store.error.io", dataDir, io.getCause().getMessage());
        }
        return (RuntimeException) e;
    }

    private Instant now() {
        return options.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private void audit(Connection c, Integer year, AuditArea area, String subject, String oldValue,
            String newValue) throws SQLException {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        Sql.update(c, "INSERT INTO audit_entry (at, year, area, subject, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)",
                now(), year, area, subject, oldValue, newValue);
    }

    private static void checkYearNumber(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new StoreException("store.year.invalid", String.valueOf(year), MIN_YEAR, MAX_YEAR);
        }
    }

    private AssessmentYear requireYear(Connection c, int year) throws SQLException {
        return yearRow(c, year).orElseThrow(() -> new StoreException("store.year.missing", String.valueOf(year)));
    }

    // --- unit -------------------------------------------------------------------------------------

    public Optional<UnitProfile> unit() {
        return read(Store::unitRow);
    }

    private static Optional<UnitProfile> unitRow(Connection c) throws SQLException {
        return Sql.one(c, "SELECT * FROM unit WHERE id = 1", rs -> new UnitProfile(rs.getString("name"),
                UnitType.valueOf(rs.getString("type")), rs.getString("superior"), rs.getString("address"),
                rs.getString("place"), rs.getString("commune"), rs.getString("commune_police"),
                rs.getString("head_name"), rs.getString("head_title"), rs.getString("phone"), rs.getString("email"),
                rs.getInt("has_party") != 0, rs.getInt("has_trade_union") != 0,
                rs.getInt("has_protection_force") != 0));
    }

    private static UnitProfile requireUnit(Connection c) throws SQLException {
        return unitRow(c).orElseThrow(() -> new StoreException("store.unit.missing"));
    }

    private static UnitProfile cleanUnit(UnitProfile u) {
        if (u == null || Text.clean(u.name()).isEmpty()) {
            throw new StoreException("store.unit.nameRequired");
        }
        if (u.type() == null) {
            throw new StoreException("store.unit.typeRequired");
        }
        return new UnitProfile(Text.clean(u.name()), u.type(), Text.clean(u.superior()), Text.clean(u.address()),
                Text.clean(u.place()), Text.clean(u.commune()), Text.clean(u.communePolice()),
                Text.clean(u.headName()), Text.clean(u.headTitle()), Text.clean(u.phone()), Text.clean(u.email()),
                u.hasPartyOrganisation(), u.hasTradeUnion(), u.hasProtectionForce());
    }

    /** Creates the unit and its first assessment year; refused when the data folder already has a unit. */
    public UnitProfile createUnit(UnitProfile profile, int year) {
        UnitProfile u = cleanUnit(profile);
        checkYearNumber(year);
        String defaultProfile = RulesLoader.defaultProfile(options.rubric()).id();
        return write(c -> {
            Optional<UnitProfile> existing = unitRow(c);
            if (existing.isPresent()) {
                throw new StoreException("store.unit.exists", existing.get().name());
            }
            Sql.update(c, "INSERT INTO unit (id, name, type, superior, address, place, commune, commune_police, "
                    + "head_name, head_title, phone, email, has_party, has_trade_union, has_protection_force) "
                    + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", unitArgs(u));
            if (yearRow(c, year).isEmpty()) {
                Sql.update(c, "INSERT INTO assessment_year (year, state, profile_id) VALUES (?, ?, ?)", year,
                        YearState.DRAFT, defaultProfile);
            }
            return u;
        });
    }

    private static Object[] unitArgs(UnitProfile u) {
        return new Object[] {u.name(), u.type(), u.superior(), u.address(), u.place(), u.commune(),
            u.communePolice(), u.headName(), u.headTitle(), u.phone(), u.email(), u.hasPartyOrganisation(),
            u.hasTradeUnion(), u.hasProtectionForce()};
    }

    /** Replaces the unit profile. */
    public UnitProfile updateUnit(UnitProfile profile) {
        UnitProfile u = cleanUnit(profile);
        return write(c -> {
            int n = Sql.update(c, "UPDATE unit SET name = ?, type = ?, superior = ?, address = ?, place = ?, "
                    + "commune = ?, commune_police = ?, head_name = ?, head_title = ?, phone = ?, email = ?, "
                    + "has_party = ?, has_trade_union = ?, has_protection_force = ? WHERE id = 1", unitArgs(u));
            if (n == 0) {
                throw new StoreException("store.unit.missing");
            }
            return u;
        });
    }

    // --- years ------------------------------------------------------------------------------------

    private static AssessmentYear mapYear(ResultSet rs) throws SQLException {
        return new AssessmentYear(rs.getInt("year"), YearState.valueOf(rs.getString("state")),
                rs.getString("profile_id"), Text.date(rs.getString("registered_on")),
                rs.getString("recognition_decision"), Text.date(rs.getString("recognition_date")));
    }

    private static Optional<AssessmentYear> yearRow(Connection c, int year) throws SQLException {
        return Sql.one(c, "SELECT * FROM assessment_year WHERE year = ?", Store::mapYear, year);
    }

    /** All assessment years, oldest first. */
    public List<AssessmentYear> years() {
        return read(c -> Sql.query(c, "SELECT * FROM assessment_year ORDER BY year", Store::mapYear));
    }

    public Optional<AssessmentYear> year(int year) {
        return read(c -> yearRow(c, year));
    }

    /** The most recent assessment year, if any. */
    public Optional<Integer> latestYear() {
        return read(c -> Sql.one(c, "SELECT year FROM assessment_year ORDER BY year DESC LIMIT 1",
                rs -> rs.getInt(1)));
    }

    /**
     * Starts a new assessment year (draft, with the profile of the latest year). Departments and
     * staff belong to the unit and so carry over; registrations, pledges, scores, answers, events,
     * commendations and the meeting are per year and start empty.
     */
    public AssessmentYear startYear(int newYear) {
        checkYearNumber(newYear);
        String defaultProfile = RulesLoader.defaultProfile(options.rubric()).id();
        return write(c -> {
            if (unitRow(c).isEmpty()) {
                throw new StoreException("store.unit.missing");
            }
            if (yearRow(c, newYear).isPresent()) {
                throw new StoreException("store.year.exists", String.valueOf(newYear));
            }
            String profile = Sql.scalarText(c, "SELECT profile_id FROM assessment_year ORDER BY year DESC LIMIT 1");
            Sql.update(c, "INSERT INTO assessment_year (year, state, profile_id) VALUES (?, ?, ?)", newYear,
                    YearState.DRAFT, profile == null ? defaultProfile : profile);
            return requireYear(c, newYear);
        });
    }

    public AssessmentYear setYearState(int year, YearState state) {
        Objects.requireNonNull(state, "state");
        return write(c -> {
            AssessmentYear old = requireYear(c, year);
            Sql.update(c, "UPDATE assessment_year SET state = ? WHERE year = ?", state, year);
            audit(c, year, AuditArea.YEAR_STATE, String.valueOf(year), old.state().name(), state.name());
            return requireYear(c, year);
        });
    }

    /** Records (or clears, with null) the unit's registration to strive for the standard (item 8a). */
    public AssessmentYear setRegistration(int year, LocalDate dateOrNull) {
        return write(c -> {
            AssessmentYear old = requireYear(c, year);
            Sql.update(c, "UPDATE assessment_year SET registered_on = ? WHERE year = ?", dateOrNull, year);
            audit(c, year, AuditArea.UNIT_REGISTRATION, String.valueOf(year), Text.iso(old.registeredOn()),
                    Text.iso(dateOrNull));
            return requireYear(c, year);
        });
    }

    /** Records the decision recognising the standard (number and date); a blank number clears it. */
    public AssessmentYear setRecognition(int year, String decision, LocalDate date) {
        String d = Text.clean(decision);
        LocalDate dt = d.isEmpty() ? null : date;
        return write(c -> {
            AssessmentYear old = requireYear(c, year);
            Sql.update(c, "UPDATE assessment_year SET recognition_decision = ?, recognition_date = ? WHERE year = ?",
                    d, dt, year);
            audit(c, year, AuditArea.RECOGNITION, String.valueOf(year),
                    value(old.recognitionDecision(), Text.iso(old.recognitionDate())), value(d, Text.iso(dt)));
            return requireYear(c, year);
        });
    }

    private static String value(String a, String b) {
        if ((a == null || a.isEmpty()) && b == null) {
            return null;
        }
        return b == null ? a : a + " | " + b;
    }

    /** Sets the classification profile in force for a year (the default one or a saved one). */
    public AssessmentYear setProfile(int year, String profileId) {
        String id = Text.clean(profileId);
        String defaultProfile = RulesLoader.defaultProfile(options.rubric()).id();
        return write(c -> {
            AssessmentYear old = requireYear(c, year);
            if (!id.equals(defaultProfile) && Sql.scalarText(c, "SELECT id FROM classification_profile WHERE id = ?",
                    id) == null) {
                throw new StoreException("store.profile.missing", id);
            }
            Sql.update(c, "UPDATE assessment_year SET profile_id = ? WHERE year = ?", id, year);
            audit(c, year, AuditArea.PROFILE, String.valueOf(year), old.profileId(), id);
            return requireYear(c, year);
        });
    }

    // --- classification profiles ------------------------------------------------------------------

    /**
     * Saves a classification profile file (antq-profile/1 JSON, e.g. one the provincial police hands
     * out) after checking it against the rubric; replaces a saved profile with the same id.
     */
    public ClassificationProfile saveProfile(String json) {
        ClassificationProfile p = parseProfile(json, "profile.json");
        String defaultProfile = RulesLoader.defaultProfile(options.rubric()).id();
        if (p.id().equals(defaultProfile)) {
            throw new StoreException("store.profile.reserved", p.id());
        }
        write(c -> Sql.update(c, "INSERT INTO classification_profile (id, json, saved_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at", p.id(), json,
                now()));
        return p;
    }

    private ClassificationProfile parseProfile(String json, String source) {
        try {
            return RulesLoader.profile(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source,
                    options.rubric());
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // a field the loader did not expect to be missing
            throw new StoreException(e, "store.profile.invalid", source, String.valueOf(e.getMessage()));
        }
    }

    /** The JSON of a saved profile. */
    public Optional<String> profileJson(String id) {
        return read(c -> Optional.ofNullable(Sql.scalarText(c, "SELECT json FROM classification_profile WHERE id = ?",
                Text.clean(id))));
    }

    /** Ids of the saved profiles (the default one is not stored). */
    public List<String> profileIds() {
        return read(c -> Sql.query(c, "SELECT id FROM classification_profile ORDER BY id", rs -> rs.getString(1)));
    }

    /** The profile in force for a year: the saved one it names, else the default profile. */
    public ClassificationProfile classificationProfile(int year) {
        String json = read(c -> {
            AssessmentYear y = requireYear(c, year);
            return y.profileId() == null ? null
                    : Sql.scalarText(c, "SELECT json FROM classification_profile WHERE id = ?", y.profileId());
        });
        return json == null ? RulesLoader.defaultProfile(options.rubric()) : parseProfile(json, "profile");
    }

    // --- departments ------------------------------------------------------------------------------

    /** All departments, in Vietnamese order. */
    public List<Department> departmentList() {
        return read(c -> {
            List<Department> all = Sql.query(c, "SELECT id, name FROM department",
                    rs -> new Department(rs.getLong(1), rs.getString(2)));
            Collator col = Text.collator();
            all.sort(Comparator.comparing(Department::name, col).thenComparingLong(Department::id));
            return all;
        });
    }

    /** Departments with their registration for a year and their staff counts, in Vietnamese order. */
    public List<DepartmentYear> departments(int year) {
        return read(c -> departmentYears(c, year));
    }

    private static List<DepartmentYear> departmentYears(Connection c, int year) throws SQLException {
        List<DepartmentYear> all = Sql.query(c, """
                WITH counts AS (
                  SELECT s.department_id AS dep, count(*) AS n, coalesce(sum(p.signed), 0) AS signed
                  FROM staff s LEFT JOIN staff_pledge p ON p.year = ? AND p.staff_id = s.id
                  WHERE s.department_id IS NOT NULL GROUP BY s.department_id)
                SELECT d.id, d.name, dy.registered, dy.date,
                  (SELECT min(l.sha256) FROM evidence_link l WHERE l.year = ? AND l.target = 'DEPARTMENT_REGISTRATION'
                     AND l.code = CAST(d.id AS TEXT)) AS sha,
                  coalesce(c.n, 0) AS staff_count, coalesce(c.signed, 0) AS signed
                FROM department d
                LEFT JOIN department_year dy ON dy.department_id = d.id AND dy.year = ?
                LEFT JOIN counts c ON c.dep = d.id
                """, rs -> new DepartmentYear(new Department(rs.getLong("id"), rs.getString("name")),
                rs.getInt("registered") == 1, Text.date(rs.getString("date")), rs.getString("sha"),
                rs.getInt("staff_count"), rs.getInt("signed")), year, year, year);
        Collator col = Text.collator();
        all.sort(Comparator.comparing((DepartmentYear d) -> d.department().name(), col)
                .thenComparingLong(d -> d.department().id()));
        return all;
    }

    /** Adds a department; the name is NFC, trimmed, and unique regardless of case. */
    public Department addDepartment(String name) {
        String n = Text.cleanName(name);
        if (n.isEmpty()) {
            throw new StoreException("store.dept.nameRequired");
        }
        return write(c -> {
            checkDepartmentNameFree(c, n, -1);
            long id = Sql.insert(c, "INSERT INTO department (name, name_key) VALUES (?, ?)", n, Text.nameKey(n));
            return new Department(id, n);
        });
    }

    private static void checkDepartmentNameFree(Connection c, String name, long exceptId) throws SQLException {
        Optional<String> clash = Sql.one(c, "SELECT name FROM department WHERE name_key = ? AND id <> ?",
                rs -> rs.getString(1), Text.nameKey(name), exceptId);
        if (clash.isPresent()) {
            throw new StoreException("store.dept.duplicate", name, clash.get());
        }
    }

    public Department renameDepartment(long id, String newName) {
        String n = Text.cleanName(newName);
        if (n.isEmpty()) {
            throw new StoreException("store.dept.nameRequired");
        }
        return write(c -> {
            requireDepartment(c, id);
            checkDepartmentNameFree(c, n, id);
            Sql.update(c, "UPDATE department SET name = ?, name_key = ? WHERE id = ?", n, Text.nameKey(n), id);
            return new Department(id, n);
        });
    }

    private static Department requireDepartment(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT id, name FROM department WHERE id = ?", rs -> new Department(rs.getLong(1),
                rs.getString(2)), id).orElseThrow(() -> new StoreException("store.dept.missing", String.valueOf(id)));
    }

    /**
     * Deletes a department with its registrations. Refused while staff are in it: the clerk moves
     * them first (a silent move could hide people from a department's pledge count).
     */
    public void deleteDepartment(long id) {
        write(c -> {
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
    public void setDepartmentRegistration(int year, long departmentId, boolean registered, LocalDate date) {
        LocalDate dt = registered ? date : null;
        write(c -> {
            requireYear(c, year);
            Department d = requireDepartment(c, departmentId);
            Optional<String> old = Sql.one(c, "SELECT registered, date FROM department_year WHERE year = ? AND "
                    + "department_id = ?", rs -> pledgeValue(rs.getInt(1) == 1, Text.date(rs.getString(2))), year,
                    departmentId);
            Sql.update(c, "INSERT INTO department_year (year, department_id, registered, date) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (year, department_id) DO UPDATE SET registered = excluded.registered, "
                    + "date = excluded.date", year, departmentId, registered, dt);
            audit(c, year, AuditArea.DEPARTMENT_REGISTRATION, d.id() + ": " + d.name(), old.orElse(null),
                    pledgeValue(registered, dt));
            return null;
        });
    }

    private static String pledgeValue(boolean signed, LocalDate date) {
        return signed ? (date == null ? "true" : "true " + date) : "false";
    }

    // --- staff ------------------------------------------------------------------------------------

    private static StaffMember mapStaff(ResultSet rs) throws SQLException {
        long dept = rs.getLong("department_id");
        Long deptId = rs.wasNull() ? null : dept;
        return new StaffMember(rs.getLong("id"), rs.getString("full_name"), rs.getString("position"), deptId,
                Text.date(rs.getString("date_of_birth")), rs.getString("phone"));
    }

    /**
     * Staff with their pledge for a year, by department (Vietnamese order; staff without a
     * department last), then by given name (the last word, as Vietnamese lists are ordered), then
     * full name. One query, sorted in memory with collation keys: fast for thousands of staff.
     */
    public List<StaffPledge> staff(int year) {
        return read(c -> staffYear(c, year));
    }

    private static List<StaffPledge> staffYear(Connection c, int year) throws SQLException {
        List<StaffPledge> all = Sql.query(c, """
                SELECT s.id, s.full_name, s.position, s.department_id, s.date_of_birth, s.phone,
                  d.name AS dept_name, p.signed, p.date AS pledge_date,
                  (SELECT min(l.sha256) FROM evidence_link l WHERE l.year = ? AND l.target = 'STAFF_PLEDGE'
                     AND l.code = CAST(s.id AS TEXT)) AS sha
                FROM staff s
                LEFT JOIN department d ON d.id = s.department_id
                LEFT JOIN staff_pledge p ON p.staff_id = s.id AND p.year = ?
                """, rs -> new StaffPledge(mapStaff(rs), Objects.requireNonNullElse(rs.getString("dept_name"), ""),
                rs.getInt("signed") == 1, Text.date(rs.getString("pledge_date")), rs.getString("sha")), year, year);
        return sortStaff(all);
    }

    static List<StaffPledge> sortStaff(List<StaffPledge> all) {
        Collator col = Text.collator();
        // Collation keys are costly for Vietnamese: one per distinct department and given name;
        // full names are compared only to break ties.
        Map<String, CollationKey> keys = new HashMap<>();
        record Keyed(StaffPledge p, CollationKey dept, CollationKey given, String full) {
        }
        List<Keyed> keyed = new ArrayList<>(all.size());
        for (StaffPledge p : all) {
            String full = p.staff().fullName();
            String given = vn.antq.domain.VietnameseText.givenName(full);
            keyed.add(new Keyed(p, keys.computeIfAbsent(p.departmentName(), col::getCollationKey),
                    keys.computeIfAbsent(given, col::getCollationKey), full));
        }
        keyed.sort(Comparator.<Keyed, Boolean>comparing(k -> k.p().departmentName().isEmpty())
                .thenComparing(Keyed::dept).thenComparing(Keyed::given)
                .thenComparing(Keyed::full, col)
                .thenComparingLong(k -> k.p().staff().id()));
        List<StaffPledge> out = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            out.add(k.p());
        }
        return out;
    }

    public Optional<StaffMember> staffMember(long id) {
        return read(c -> Sql.one(c, "SELECT * FROM staff WHERE id = ?", Store::mapStaff, id));
    }

    /** How many staff the unit has. */
    public int staffCount() {
        return read(c -> (int) Sql.scalarLong(c, "SELECT count(*) FROM staff"));
    }

    /** Adds a member of staff (name required; department may be null). */
    public StaffMember addStaff(String fullName, String position, Long departmentId, LocalDate dateOfBirth,
            String phone) {
        String name = Text.cleanName(fullName);
        if (name.isEmpty()) {
            throw new StoreException("store.staff.nameRequired");
        }
        return write(c -> {
            if (departmentId != null) {
                requireDepartment(c, departmentId);
            }
            long id = Sql.insert(c, "INSERT INTO staff (full_name, position, department_id, date_of_birth, phone) "
                    + "VALUES (?, ?, ?, ?, ?)", name, Text.clean(position), departmentId, dateOfBirth, Text.clean(phone));
            return new StaffMember(id, name, Text.clean(position), departmentId, dateOfBirth, Text.clean(phone));
        });
    }

    /** Replaces a member of staff's details (by id). */
    public StaffMember updateStaff(StaffMember staff) {
        String name = Text.cleanName(staff.fullName());
        if (name.isEmpty()) {
            throw new StoreException("store.staff.nameRequired");
        }
        StaffMember s = new StaffMember(staff.id(), name, Text.clean(staff.position()), staff.departmentId(),
                staff.dateOfBirth(), Text.clean(staff.phone()));
        return write(c -> {
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
    public void deleteStaff(long id) {
        write(c -> {
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
        Set<Long> ids = new LinkedHashSet<>(staffIds);
        return write(c -> {
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
                            old.put(id, pledgeValue(sg == 1, Text.date(rs.getString(3))));
                        }
                    }
                }
            }
            String neu = pledgeValue(signed, dt);
            int changed = 0;
            try (PreparedStatement up = c.prepareStatement("INSERT INTO staff_pledge (year, staff_id, signed, date) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (year, staff_id) DO UPDATE SET signed = excluded.signed, "
                    + "date = excluded.date");
                    PreparedStatement au = c.prepareStatement("INSERT INTO audit_entry (at, year, area, subject, "
                            + "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)")) {
                Instant at = now();
                for (Long id : ids) {
                    String before = old.get(id);
                    if (neu.equals(before)) {
                        continue;
                    }
                    Sql.bind(up, year, id, signed, dt);
                    up.addBatch();
                    Sql.bind(au, at, year, AuditArea.PLEDGE, id + ": " + names.get(id), before, neu);
                    au.addBatch();
                    changed++;
                }
                up.executeBatch();
                au.executeBatch();
            }
            return changed;
        });
    }

    // --- bulk import --------------------------------------------------------------------------------

    /** {@link #importStaff(int, List, Progress)} without progress. */
    public ImportSummary importStaff(int year, List<NewStaff> rows) {
        return importStaff(year, rows, Progress.NONE);
    }

    /**
     * Adds many staff in ONE transaction: all rows or none. Departments are matched by name
     * regardless of case (and created when new); pledges are recorded for the year when a row says
     * so. A row without a name refuses the whole import (row numbers count from 1). Batched
     * prepared statements: 10,000 rows take well under a second.
     */
    public ImportSummary importStaff(int year, List<NewStaff> rows, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null || Text.clean(rows.get(i).fullName()).isEmpty()) {
                throw new StoreException("store.import.nameRequired", i + 1);
            }
        }
        return write(c -> {
            requireYear(c, year);
            Map<String, Long> depts = new HashMap<>();
            for (Department d : Sql.query(c, "SELECT id, name FROM department",
                    rs -> new Department(rs.getLong(1), rs.getString(2)))) {
                depts.put(Text.nameKey(d.name()), d.id());
            }
            long nextStaff = Sql.scalarLong(c, "SELECT coalesce(max(id), 0) FROM staff") + 1;
            int createdDepts = 0;
            int pledges = 0;
            try (PreparedStatement insDept = c.prepareStatement("INSERT INTO department (name, name_key) VALUES (?, ?)");
                    PreparedStatement insStaff = c.prepareStatement("INSERT INTO staff (id, full_name, position, "
                            + "department_id, date_of_birth, phone) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement insPledge = c.prepareStatement("INSERT INTO staff_pledge (year, staff_id, signed, "
                            + "date) VALUES (?, ?, ?, ?) ON CONFLICT (year, staff_id) DO UPDATE SET "
                            + "signed = excluded.signed, date = excluded.date")) {
                for (int i = 0; i < rows.size(); i++) {
                    NewStaff r = rows.get(i);
                    String deptName = Text.cleanName(r.departmentName());
                    Long deptId = null;
                    if (!deptName.isEmpty()) {
                        String key = Text.nameKey(deptName);
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
                    Sql.bind(insStaff, id, Text.cleanName(r.fullName()), Text.clean(r.position()), deptId, r.dateOfBirth(),
                            Text.clean(r.phone()));
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
            audit(c, year, AuditArea.STAFF_IMPORT, rows.size() + " staff", null,
                    rows.size() + " staff, " + createdDepts + " departments, " + pledges + " pledges");
            p.update(rows.size(), rows.size(), "");
            return new ImportSummary(rows.size(), createdDepts, pledges);
        });
    }

    // --- manual scores ------------------------------------------------------------------------------

    public List<ManualScore> scores(int year) {
        return read(c -> scoreRows(c, year));
    }

    private List<ManualScore> scoreRows(Connection c, int year) throws SQLException {
        List<ManualScore> rows = Sql.query(c, "SELECT code, points, note FROM manual_score WHERE year = ?",
                rs -> new ManualScore(rs.getString(1), rs.getInt(2), rs.getString(3)), year);
        Map<String, Integer> order = new HashMap<>();
        List<vn.antq.domain.rubric.RubricItem> manual = options.rubric().manualItems();
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
    public void setScore(int year, String code, Integer points, String note) {
        String c0 = Text.clean(code);
        // checks the code even when clearing
        int value = engine().checkManualValue(c0, points == null ? 0 : points);
        String n = Text.clean(note);
        write(c -> {
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
            audit(c, year, AuditArea.SCORE, c0, old.map(Store::scoreValue).orElse(null),
                    points == null ? null : scoreValue(new ManualScore(c0, value, n)));
            return null;
        });
    }

    private static String scoreValue(ManualScore s) {
        return s.note().isEmpty() ? String.valueOf(s.points()) : s.points() + " | " + s.note();
    }

    // --- checklist ----------------------------------------------------------------------------------

    public List<ChecklistAnswer> answers(int year) {
        return read(c -> answerRows(c, year));
    }

    private static List<ChecklistAnswer> answerRows(Connection c, int year) throws SQLException {
        return Sql.query(c, "SELECT code, met, note FROM checklist_answer WHERE year = ? ORDER BY code",
                rs -> new ChecklistAnswer(rs.getString("code"), Sql.bool(rs, "met"), rs.getString("note")), year);
    }

    /**
     * Answers a Circular 124 criterion for a year: met (true), not met (false) or not answered yet
     * (null), with a note. An unanswered criterion without a note is removed. Audited.
     */
    public void setAnswer(int year, String criterionCode, Boolean met, String note) {
        String code = Text.clean(criterionCode);
        if (code.isEmpty()) {
            throw new StoreException("store.checklist.codeRequired");
        }
        String n = Text.clean(note);
        write(c -> {
            requireYear(c, year);
            if (options.checklist() != null) {
                options.checklist().validateAnswer(requireUnit(c).type(), new ChecklistAnswer(code, met, n));
            }
            Optional<ChecklistAnswer> old = Sql.one(c, "SELECT code, met, note FROM checklist_answer WHERE year = ? "
                    + "AND code = ?", rs -> new ChecklistAnswer(rs.getString("code"), Sql.bool(rs, "met"),
                    rs.getString("note")), year, code);
            if (met == null && n.isEmpty()) {
                Sql.update(c, "DELETE FROM checklist_answer WHERE year = ? AND code = ?", year, code);
            } else {
                Sql.update(c, "INSERT INTO checklist_answer (year, code, met, note) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (year, code) DO UPDATE SET met = excluded.met, note = excluded.note",
                        year, code, met, n);
            }
            audit(c, year, AuditArea.CHECKLIST_ANSWER, code, old.map(Store::answerValue).orElse(null),
                    met == null && n.isEmpty() ? null : answerValue(new ChecklistAnswer(code, met, n)));
            return null;
        });
    }

    private static String answerValue(ChecklistAnswer a) {
        String m = String.valueOf(a.met());
        return a.note() == null || a.note().isEmpty() ? m : m + " | " + a.note();
    }

    public List<ChecklistEvent> events(int year) {
        return read(c -> eventRows(c, year));
    }

    private static List<ChecklistEvent> eventRows(Connection c, int year) throws SQLException {
        return Sql.query(c, "SELECT * FROM checklist_event WHERE year = ? ORDER BY date, id", Store::mapEvent, year);
    }

    private static ChecklistEvent mapEvent(ResultSet rs) throws SQLException {
        return new ChecklistEvent(rs.getLong("id"), rs.getString("event_code"), Text.date(rs.getString("date")),
                rs.getString("description"), rs.getInt("excused") == 1);
    }

    /** Records a listed event (Circular 124, Điều 6.3 / 7.3) that occurred in the year's period. */
    public ChecklistEvent addEvent(int year, String eventCode, LocalDate date, String description, boolean excused) {
        String code = Text.clean(eventCode);
        if (code.isEmpty()) {
            throw new StoreException("store.checklist.codeRequired");
        }
        String d = Text.clean(description);
        return write(c -> {
            requireYear(c, year);
            if (options.checklist() != null) {
                options.checklist().validateEvent(requireUnit(c).type(), new ChecklistEvent(0, code, date, d, excused));
            }
            long id = Sql.insert(c, "INSERT INTO checklist_event (year, event_code, date, description, excused) "
                    + "VALUES (?, ?, ?, ?, ?)", year, code, date, d, excused);
            ChecklistEvent e = new ChecklistEvent(id, code, date, d, excused);
            audit(c, year, AuditArea.CHECKLIST_EVENT, id + ": " + code, null, eventValue(e));
            return e;
        });
    }

    /** Replaces an event's code, date, description and excuse (by id). */
    public ChecklistEvent updateEvent(ChecklistEvent event) {
        String code = Text.clean(event.eventCode());
        if (code.isEmpty()) {
            throw new StoreException("store.checklist.codeRequired");
        }
        ChecklistEvent e = new ChecklistEvent(event.id(), code, event.date(), Text.clean(event.description()),
                event.excused());
        return write(c -> {
            Object[] old = Sql.one(c, "SELECT * FROM checklist_event WHERE id = ?",
                    rs -> new Object[] {rs.getInt("year"), mapEvent(rs)}, e.id())
                    .orElseThrow(() -> new StoreException("store.event.missing", String.valueOf(e.id())));
            if (options.checklist() != null) {
                options.checklist().validateEvent(requireUnit(c).type(), e);
            }
            Sql.update(c, "UPDATE checklist_event SET event_code = ?, date = ?, description = ?, excused = ? "
                    + "WHERE id = ?", e.eventCode(), e.date(), e.description(), e.excused(), e.id());
            audit(c, (Integer) old[0], AuditArea.CHECKLIST_EVENT, e.id() + ": " + code,
                    eventValue((ChecklistEvent) old[1]), eventValue(e));
            return e;
        });
    }

    public void removeEvent(long id) {
        write(c -> {
            Object[] old = Sql.one(c, "SELECT * FROM checklist_event WHERE id = ?",
                    rs -> new Object[] {rs.getInt("year"), mapEvent(rs)}, id)
                    .orElseThrow(() -> new StoreException("store.event.missing", String.valueOf(id)));
            ChecklistEvent e = (ChecklistEvent) old[1];
            Sql.update(c, "DELETE FROM checklist_event WHERE id = ?", id);
            Sql.update(c, "DELETE FROM evidence_link WHERE target = 'CHECKLIST_EVENT' AND code = ?", String.valueOf(id));
            audit(c, (Integer) old[0], AuditArea.CHECKLIST_EVENT, id + ": " + e.eventCode(), eventValue(e), null);
            return null;
        });
    }

    private static String eventValue(ChecklistEvent e) {
        return e.eventCode() + " " + e.date() + (e.excused() ? " excused" : "") + " | " + e.description();
    }

    // --- commendations ------------------------------------------------------------------------------

    public List<Commendation> commendations(int year) {
        return read(c -> commendationRows(c, year));
    }

    private static List<Commendation> commendationRows(Connection c, int year) throws SQLException {
        return Sql.query(c, "SELECT * FROM commendation WHERE year = ? ORDER BY date, id", Store::mapCommendation, year);
    }

    private static Commendation mapCommendation(ResultSet rs) throws SQLException {
        return new Commendation(rs.getLong("id"), CommendationKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("recipient"), rs.getString("issuer"), rs.getString("decision_number"),
                Text.date(rs.getString("date")));
    }

    /** Records a commendation in the movement for a year (item 9). */
    public Commendation addCommendation(int year, CommendationKind kind, String title, String recipient,
            String issuer, String decisionNumber, LocalDate date) {
        Objects.requireNonNull(kind, "kind");
        Commendation m = new Commendation(0, kind, Text.clean(title), Text.clean(recipient), Text.clean(issuer),
                Text.clean(decisionNumber), date);
        return write(c -> {
            requireYear(c, year);
            long id = Sql.insert(c, "INSERT INTO commendation (year, kind, title, recipient, issuer, decision_number, "
                    + "date) VALUES (?, ?, ?, ?, ?, ?, ?)", year, m.kind(), m.title(), m.recipient(), m.issuer(),
                    m.decisionNumber(), m.date());
            return new Commendation(id, m.kind(), m.title(), m.recipient(), m.issuer(), m.decisionNumber(), m.date());
        });
    }

    /** Replaces a commendation's details (by id; its year stays). */
    public Commendation updateCommendation(Commendation commendation) {
        Commendation m = new Commendation(commendation.id(), Objects.requireNonNull(commendation.kind(), "kind"),
                Text.clean(commendation.title()), Text.clean(commendation.recipient()),
                Text.clean(commendation.issuer()), Text.clean(commendation.decisionNumber()), commendation.date());
        return write(c -> {
            int n = Sql.update(c, "UPDATE commendation SET kind = ?, title = ?, recipient = ?, issuer = ?, "
                    + "decision_number = ?, date = ? WHERE id = ?", m.kind(), m.title(), m.recipient(), m.issuer(),
                    m.decisionNumber(), m.date(), m.id());
            if (n == 0) {
                throw new StoreException("store.commendation.missing", String.valueOf(m.id()));
            }
            return m;
        });
    }

    public void removeCommendation(long id) {
        write(c -> {
            if (Sql.update(c, "DELETE FROM commendation WHERE id = ?", id) == 0) {
                throw new StoreException("store.commendation.missing", String.valueOf(id));
            }
            Sql.update(c, "DELETE FROM evidence_link WHERE target = 'COMMENDATION' AND code = ?", String.valueOf(id));
            return null;
        });
    }

    // --- review meeting -----------------------------------------------------------------------------

    public Optional<ReviewMeeting> meeting(int year) {
        return read(c -> meetingRow(c, year));
    }

    private static Optional<ReviewMeeting> meetingRow(Connection c, int year) throws SQLException {
        Optional<ReviewMeeting> base = Sql.one(c, "SELECT * FROM review_meeting WHERE year = ?",
                rs -> new ReviewMeeting(Text.date(rs.getString("date")), rs.getString("location"), List.of(),
                        rs.getString("conclusions"), Sql.integer(rs, "votes_for"), Sql.integer(rs, "votes_against")),
                year);
        if (base.isEmpty()) {
            return base;
        }
        List<Participant> people = Sql.query(c, "SELECT role, name, title FROM meeting_participant WHERE year = ? "
                + "ORDER BY seq", rs -> new Participant(ParticipantRole.valueOf(rs.getString(1)), rs.getString(2),
                rs.getString(3)), year);
        ReviewMeeting m = base.get();
        return Optional.of(new ReviewMeeting(m.date(), m.location(), people, m.conclusions(), m.votesFor(),
                m.votesAgainst()));
    }

    /** Saves (replacing) the year's review meeting with its participants in order. */
    public ReviewMeeting saveMeeting(int year, ReviewMeeting meeting) {
        List<Participant> people = new ArrayList<>();
        for (Participant p : meeting.participants()) {
            String name = Text.clean(p.name());
            if (name.isEmpty()) {
                throw new StoreException("store.meeting.participantName");
            }
            people.add(new Participant(p.role() == null ? ParticipantRole.OTHER : p.role(), name, Text.clean(p.title())));
        }
        if ((meeting.votesFor() != null && meeting.votesFor() < 0)
                || (meeting.votesAgainst() != null && meeting.votesAgainst() < 0)) {
            throw new StoreException("store.meeting.votes");
        }
        ReviewMeeting m = new ReviewMeeting(meeting.date(), Text.clean(meeting.location()), people,
                Text.clean(meeting.conclusions()), meeting.votesFor(), meeting.votesAgainst());
        return write(c -> {
            requireYear(c, year);
            Sql.update(c, "DELETE FROM meeting_participant WHERE year = ?", year);
            Sql.update(c, "INSERT INTO review_meeting (year, date, location, conclusions, votes_for, votes_against) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET date = excluded.date, "
                    + "location = excluded.location, conclusions = excluded.conclusions, "
                    + "votes_for = excluded.votes_for, votes_against = excluded.votes_against", year, m.date(),
                    m.location(), m.conclusions(), m.votesFor(), m.votesAgainst());
            int seq = 0;
            for (Participant p : m.participants()) {
                Sql.update(c, "INSERT INTO meeting_participant (year, seq, role, name, title) VALUES (?, ?, ?, ?, ?)",
                        year, seq++, p.role(), p.name(), p.title());
            }
            return m;
        });
    }

    // --- evidence -----------------------------------------------------------------------------------

    /**
     * Adds an evidence file: streamed into {@code evidence/} while hashing, flushed to disk, then
     * named by its SHA-256 (one copy per content: adding the same content again keeps the first
     * record). Refused above the size limit. The file is in place before its record is committed,
     * so a crash leaves at worst an unrecorded file, never a record without its file.
     */
    public EvidenceFile addEvidence(Path source, String originalName) {
        String name = Text.clean(originalName);
        if (name.isEmpty()) {
            name = source.getFileName() == null ? "file" : Text.clean(source.getFileName().toString());
        }
        EvidenceFiles.Stored stored = EvidenceFiles.store(source, evidenceDir(), options.maxEvidenceBytes());
        String finalName = name;
        return write(c -> {
            Sql.update(c, "INSERT INTO evidence (sha256, original_name, size, media_type, added_at) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (sha256) DO NOTHING", stored.sha256(), finalName, stored.size(),
                    EvidenceFiles.mediaType(evidencePath(stored.sha256()), finalName), now());
            return evidenceRows(c, stored.sha256(), null).get(0);
        });
    }

    /** The stored copy of an evidence file. */
    public Path evidencePath(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new StoreException("store.evidence.badSha", String.valueOf(sha256));
        }
        return evidenceDir().resolve(sha256);
    }

    /** Links an evidence file to what it supports in a year. */
    public void link(String sha256, EvidenceLink link) {
        String code = Text.clean(link.code());
        write(c -> {
            requireEvidence(c, sha256);
            requireYear(c, link.year());
            Sql.update(c, "INSERT INTO evidence_link (sha256, year, target, code) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", sha256, link.year(), link.target(), code);
            return null;
        });
    }

    public void unlink(String sha256, EvidenceLink link) {
        write(c -> Sql.update(c, "DELETE FROM evidence_link WHERE sha256 = ? AND year = ? AND target = ? AND code = ?",
                sha256, link.year(), link.target(), Text.clean(link.code())));
    }

    /**
     * Removes an evidence file's record and links, then its stored copy. (Backups keep their own
     * copy.)
     */
    public void removeEvidence(String sha256) {
        Path p = evidencePath(sha256);
        write(c -> {
            requireEvidence(c, sha256);
            Sql.update(c, "DELETE FROM evidence WHERE sha256 = ?", sha256);
            return null;
        });
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", p, e.getMessage());
        }
    }

    private static void requireEvidence(Connection c, String sha) throws SQLException {
        if (Sql.scalarText(c, "SELECT sha256 FROM evidence WHERE sha256 = ?", sha) == null) {
            throw new StoreException("store.evidence.missing", sha);
        }
    }

    /** Every evidence file with all its links; status MISSING when the stored copy is gone, else UNCHECKED. */
    public List<EvidenceFile> evidence() {
        return read(c -> evidenceRows(c, null, null));
    }

    public Optional<EvidenceFile> evidenceFile(String sha256) {
        return read(c -> evidenceRows(c, sha256, null).stream().findFirst());
    }

    /** Evidence rows (one sha, or all), with links (of one year, or all); for a year only files linked to it. */
    private List<EvidenceFile> evidenceRows(Connection c, String sha, Integer year) throws SQLException {
        Map<String, List<EvidenceLink>> links = new HashMap<>();
        String linkSql = "SELECT sha256, year, target, code FROM evidence_link"
                + (year != null ? " WHERE year = ?" : sha != null ? " WHERE sha256 = ?" : "")
                + " ORDER BY year, target, code";
        Object[] linkArgs = year != null ? new Object[] {year} : sha != null ? new Object[] {sha} : new Object[0];
        for (Object[] r : Sql.query(c, linkSql, rs -> new Object[] {rs.getString(1),
            new EvidenceLink(rs.getInt(2), EvidenceTarget.valueOf(rs.getString(3)), rs.getString(4))}, linkArgs)) {
            links.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((EvidenceLink) r[1]);
        }
        List<EvidenceFile> out = new ArrayList<>();
        for (EvidenceFile f : Sql.query(c, "SELECT * FROM evidence" + (sha != null ? " WHERE sha256 = ?" : "")
                + " ORDER BY added_at, sha256", rs -> new EvidenceFile(rs.getString("sha256"),
                rs.getString("original_name"), rs.getLong("size"), rs.getString("media_type"),
                Text.instant(rs.getString("added_at")), List.of(), EvidenceStatus.UNCHECKED),
                sha != null ? new Object[] {sha} : new Object[0])) {
            List<EvidenceLink> l = links.getOrDefault(f.sha256(), List.of());
            if (year != null && l.isEmpty()) {
                continue;
            }
            EvidenceStatus status = Files.exists(evidenceDir().resolve(f.sha256())) ? EvidenceStatus.UNCHECKED
                    : EvidenceStatus.MISSING;
            out.add(new EvidenceFile(f.sha256(), f.originalName(), f.size(), f.mediaType(), f.addedAt(), l, status));
        }
        return out;
    }

    /** Re-hashes every evidence file: OK, MISSING or ALTERED. Cancellable. */
    public List<EvidenceFile> verifyEvidence(Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        List<EvidenceFile> all = evidence();
        List<EvidenceFile> out = new ArrayList<>();
        int i = 0;
        for (EvidenceFile f : all) {
            p.checkCancelled();
            p.update(i++, all.size(), f.originalName());
            out.add(new EvidenceFile(f.sha256(), f.originalName(), f.size(), f.mediaType(), f.addedAt(), f.links(),
                    EvidenceFiles.verify(evidenceDir().resolve(f.sha256()), f.sha256())));
        }
        p.update(all.size(), all.size(), "");
        return out;
    }

    // --- the year as a whole ------------------------------------------------------------------------

    /** Everything recorded for a year, read in ONE read transaction. */
    public YearSnapshot snapshot(int year) {
        return read(c -> {
            UnitProfile unit = unitRow(c).orElseThrow(() -> new StoreException("store.unit.missing"));
            AssessmentYear y = requireYear(c, year);
            return new YearSnapshot(unit, y, departmentYears(c, year), staffYear(c, year), scoreRows(c, year),
                    answerRows(c, year), eventRows(c, year), commendationRows(c, year),
                    meetingRow(c, year).orElse(null), evidenceRows(c, null, year));
        });
    }

    /**
     * The Circular 124 checklist's verdict on a year (statuses of every criterion, unanswered, unmet,
     * disqualifying events, reasons); empty when the store has no checklist.
     */
    public Optional<vn.antq.domain.checklist.ChecklistResult> checklistResult(int year) {
        if (options.checklist() == null) {
            return Optional.empty();
        }
        return Optional.of(ChecklistRules.evaluate(options.checklist(), scoringSnapshot(year)));
    }

    /** Whether a year's Circular 124 checklist passes, by the store's checklist rule. */
    public boolean checklistPasses(YearSnapshot snapshot) {
        return options.checklistRule().test(snapshot);
    }

    /**
     * What scoring needs of a year, in one read transaction: the snapshot without the staff and
     * evidence lists (the costly parts, which no fact depends on).
     */
    private YearSnapshot scoringSnapshot(int year) {
        return read(c -> {
            UnitProfile unit = requireUnit(c);
            AssessmentYear y = requireYear(c, year);
            return new YearSnapshot(unit, y, departmentYears(c, year), List.of(), scoreRows(c, year),
                    answerRows(c, year), eventRows(c, year), commendationRows(c, year), null, List.of());
        });
    }

    /** The scoring facts (8a, 8b, 8c, 9) of a year, derived from its records. */
    public ScoringFacts facts(int year) {
        YearSnapshot s = scoringSnapshot(year);
        return s.facts(checklistPasses(s), options.rubric(), options.checklist());
    }

    /** Scores a year from its records with the profile in force for it. */
    public ScoreResult score(int year) {
        return score(year, classificationProfile(year));
    }

    /** Scores a year from its records with a given profile. */
    public ScoreResult score(int year, ClassificationProfile profile) {
        Assessment a = assessment(year);
        return engine().score(a.items(), a.facts(), profile);
    }

    /** The year as an antq-assessment/1 assessment (manual points and facts from the records). */
    public Assessment assessment(int year) {
        YearSnapshot s = scoringSnapshot(year);
        return new Assessment(s.unit().name(), s.unit().type(), year, s.manualPoints(), s.facts(checklistPasses(s), options.rubric(), options.checklist()));
    }

    // --- audit and settings -------------------------------------------------------------------------

    /** The audit trail of a year, oldest first. */
    public List<AuditEntry> audit(int year) {
        return read(c -> Sql.query(c, "SELECT * FROM audit_entry WHERE year = ? ORDER BY id", Store::mapAudit, year));
    }

    /** The whole audit trail, oldest first. */
    public List<AuditEntry> auditAll() {
        return read(c -> Sql.query(c, "SELECT * FROM audit_entry ORDER BY id", Store::mapAudit));
    }

    private static AuditEntry mapAudit(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Text.instant(rs.getString("at")), Sql.integer(rs, "year"),
                AuditArea.valueOf(rs.getString("area")), rs.getString("subject"), rs.getString("old_value"),
                rs.getString("new_value"));
    }

    public Optional<String> setting(String key) {
        return read(c -> Optional.ofNullable(Sql.scalarText(c, "SELECT value FROM setting WHERE key = ?", key)));
    }

    /** Sets a setting (language, deadlines, window size…); null removes it. */
    public void setSetting(String key, String value) {
        Objects.requireNonNull(key, "key");
        write(c -> value == null ? Sql.update(c, "DELETE FROM setting WHERE key = ?", key)
                : Sql.update(c, "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                        + "SET value = excluded.value", key, value));
    }

    public Map<String, String> settings() {
        return read(c -> {
            Map<String, String> m = new TreeMap<>();
            for (String[] r : Sql.query(c, "SELECT key, value FROM setting", rs -> new String[] {rs.getString(1),
                rs.getString(2)})) {
                m.put(r[0], r[1]);
            }
            return m;
        });
    }

    // --- integrity, backup, restore -----------------------------------------------------------------

    /** PRAGMA integrity_check, foreign_key_check and every evidence file re-hashed. */
    public IntegrityReport check(Progress progress) {
        List<String>[] db = read(c -> {
            @SuppressWarnings("unchecked")
            List<String>[] r = new List[2];
            r[0] = Sql.query(c, "PRAGMA integrity_check", rs -> rs.getString(1));
            r[1] = Sql.query(c, "PRAGMA foreign_key_check", rs -> rs.getString(1) + " rowid " + rs.getLong(2)
                    + " → " + rs.getString(3));
            return r;
        });
        return new IntegrityReport(db[0], db[1], verifyEvidence(progress));
    }

    /**
     * Writes one backup archive: the database (a consistent copy by {@code VACUUM INTO} on a
     * dedicated connection), the evidence files it refers to, and a manifest with the SHA-256 of
     * every entry. Written to a temporary file, then moved into place. Cancellable.
     */
    public Path backup(Path outZip, Progress progress) {
        return Backups.backup(this, outZip, true, progress == null ? Progress.NONE : progress);
    }

    /**
     * Once a day (on the first call of the day) writes {@code backups/daily-YYYY-MM-DD.zip} and keeps
     * the latest seven daily backups. Returns the archive written, if any.
     */
    public Optional<Path> maybeDailyBackup() {
        return Backups.daily(this);
    }

    /**
     * Replaces a CLOSED data folder's database and evidence with a backup archive (refused while any
     * store, in this program or another, has the folder open). Every entry is
     * verified against the manifest (and the database checked) BEFORE anything is replaced; the
     * replaced data is kept aside in {@code replaced-YYYYMMDD-HHMMSS/}. Returns that folder (null when
     * there was nothing to replace).
     */
    public static Path restore(Path dataDir, Path zip, Progress progress) {
        Path dir = dataDir.toAbsolutePath().normalize();
        return FolderLock.exclusive(dir, () -> Backups.restore(dir, zip, progress == null ? Progress.NONE : progress));
    }

    /** The most recent archive in the data folder's backups folder, if any. */
    public static Optional<Path> latestBackup(Path dataDir) {
        return Backups.latest(dataDir.toAbsolutePath().normalize());
    }

    /** Names of the tables: for tests and the check command. */
    Set<String> tables() {
        return read(c -> new HashSet<>(Sql.query(c, "SELECT name FROM sqlite_master WHERE type = 'table'",
                rs -> rs.getString(1))));
    }

    /** Linked map helper kept for callers that want the points by code. */
    static Map<String, Integer> points(List<ManualScore> scores) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (ManualScore s : scores) {
            m.put(s.code(), s.points());
        }
        return m;
    }
}
