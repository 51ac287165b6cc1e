package vn.antq.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.domain.Progress;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.checklist.ChecklistResult;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.scoring.Assessment;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.domain.scoring.ScoringFacts;
import vn.antq.domain.scoring.YearAssessment;
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.ManualScore;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.domain.unit.StaffMember;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.domain.unit.YearState;

/**
 * The unit's records: one SQLite database ({@code antq.db}) and one evidence folder in a data folder.
 *
 * <p>The unit of work: opening (and migrating), the lock, read and write transactions, the audit
 * trail, the year as a whole, integrity and backups. The SQL of each table lives in a
 * package-private repository ({@link UnitRepository}, {@link YearRepository},
 * {@link DepartmentRepository}, {@link StaffRepository}, {@link ScoreRepository},
 * {@link ChecklistRepository}, {@link MeetingRepository}, {@link EvidenceRepository},
 * {@link AuditRepository}); the methods below hand over to them, and their documentation is there.
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
    private final Object lock = new Object();
    private Connection conn;
    /** Transactions under way on the thread holding {@link #lock} (more than one: nested in {@link #writeAll}). */
    private int nesting;
    private final UnitRepository unit = new UnitRepository(this);
    private final YearRepository years = new YearRepository(this);
    private final DepartmentRepository departments = new DepartmentRepository(this);
    private final StaffRepository staff = new StaffRepository(this);
    private final StaffListRepository staffList = new StaffListRepository(this);
    private final ScoreRepository scores = new ScoreRepository(this);
    private final ChecklistRepository checklist = new ChecklistRepository(this);
    private final MeetingRepository meeting = new MeetingRepository(this);
    private final EvidenceRepository evidence = new EvidenceRepository(this);
    private final AuditRepository audit = new AuditRepository(this);
    private final YearRecords records = new YearRecords(scores, evidence);

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
        return new Store(dir, Opening.connect(dir, options), options);
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

    /** True when the data folder cannot be written: the data is shown, changes are refused ({@code store.error.readOnly}). */
    public boolean readOnly() {
        synchronized (lock) {
            try {
                return conn != null && conn.isReadOnly();
            } catch (SQLException e) {
                return false;
            }
        }
    }

    public StoreOptions options() {
        return options;
    }

    public Rubric rubric() {
        return options.rubric();
    }

    /** The scoring engine on the store's rubric (made when first needed: the rubric may still be loading). */
    public ScoringEngine engine() {
        return options.engine();
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
                Opening.closeQuietly(conn);
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

    /**
     * Runs calls of this store as ONE writing transaction: each write and read called inside
     * {@code work} (on this thread) becomes part of it, so the whole is committed, or rolled back when
     * {@code work} throws (the exception then reaches the caller as it was thrown). For a change made
     * of many of the store's own writes, e.g. importing a year ({@code import-assessment}).
     */
    public <T> T writeAll(java.util.function.Supplier<T> work) {
        return write(c -> work.get());
    }

    private <T> T transaction(String begin, Work<T> work) {
        synchronized (lock) {
            if (conn == null) {
                throw new StoreException("store.error.closed");
            }
            if (nesting > 0) {
                // called inside a transaction of this thread (the lock is re-entrant): part of it; the
                // outermost transaction commits or rolls back
                try {
                    return work.run(conn);
                } catch (SQLException | IOException e) {
                    throw StoreException.from(e, dbPath, dataDir);
                }
            }
            try {
                Sql.exec(conn, begin);
            } catch (SQLException e) {
                throw StoreException.from(e, dbPath, dataDir);
            }
            nesting++;
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
                throw StoreException.from(e, dbPath, dataDir);
            } finally {
                nesting--;
            }
        }
    }

    Instant now() {
        return options.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Writes an audit line in the current transaction (nothing when the value did not change). */
    void audit(Connection c, Integer year, AuditArea area, String subject, String oldValue, String newValue)
            throws SQLException {
        AuditRepository.record(c, now(), year, area, subject, oldValue, newValue);
    }

    // --- unit ({@link UnitRepository}) -----------------------------------------------------------

    public Optional<UnitProfile> unit() { return unit.unit(); }
    public UnitProfile createUnit(UnitProfile profile, int year) { return unit.createUnit(profile, year); }
    public UnitProfile updateUnit(UnitProfile profile) { return unit.updateUnit(profile); }

    // --- years and classification profiles ({@link YearRepository}) --------------------------------

    public List<AssessmentYear> years() { return years.years(); }
    public Optional<AssessmentYear> year(int year) { return years.year(year); }
    public Optional<Integer> latestYear() { return years.latestYear(); }
    public AssessmentYear startYear(int newYear) { return years.startYear(newYear); }
    public AssessmentYear setYearState(int year, YearState state) { return years.setYearState(year, state); }
    public AssessmentYear setRegistration(int year, LocalDate dateOrNull) { return years.setRegistration(year, dateOrNull); }
    /** The date the year's documents carry, once chosen; empty before the first export. */
    public Optional<LocalDate> documentDate(int year) { return years.documentDate(year); }
    /** Keeps the date the year's documents carry, so that a re-export prints the same date. */
    public void setDocumentDate(int year, LocalDate dateOrNull) { years.setDocumentDate(year, dateOrNull); }
    public AssessmentYear setRecognition(int year, String decision, LocalDate date) {
        return years.setRecognition(year, decision, date);
    }
    public AssessmentYear setProfile(int year, String profileId) { return years.setProfile(year, profileId); }
    public ClassificationProfile saveProfile(String json) { return years.saveProfile(json); }
    public Optional<String> profileJson(String id) { return years.profileJson(id); }
    public List<String> profileIds() { return years.profileIds(); }
    public ClassificationProfile classificationProfile(int year) { return years.classificationProfile(year); }

    // --- departments ({@link DepartmentRepository}) ------------------------------------------------

    public List<Department> departmentList() { return departments.departmentList(); }
    public List<DepartmentYear> departments(int year) { return departments.departments(year); }
    public Department addDepartment(String name) { return departments.addDepartment(name); }
    public Department renameDepartment(long id, String newName) { return departments.renameDepartment(id, newName); }
    public void deleteDepartment(long id) { departments.deleteDepartment(id); }
    public void setDepartmentRegistration(int year, long departmentId, boolean registered, LocalDate date) {
        departments.setDepartmentRegistration(year, departmentId, registered, date);
    }

    // --- staff, pledges and the bulk import ({@link StaffRepository}) --------------------------------

    public List<StaffPledge> staff(int year) { return staff.staff(year); }
    public Optional<StaffMember> staffMember(long id) { return staff.staffMember(id); }
    public int staffCount() { return staff.staffCount(); }
    public StaffMember addStaff(String fullName, String position, Long departmentId, LocalDate dateOfBirth,
            String phone) {
        return staff.addStaff(fullName, position, departmentId, dateOfBirth, phone);
    }
    public StaffMember updateStaff(StaffMember member) { return staff.updateStaff(member); }
    public void deleteStaff(long id) { staff.deleteStaff(id); }
    public void setPledge(int year, long staffId, boolean signed, LocalDate date) {
        staff.setPledge(year, staffId, signed, date);
    }
    public int setPledges(int year, Collection<Long> staffIds, boolean signed, LocalDate date) {
        return staff.setPledges(year, staffIds, signed, date);
    }
    public ImportSummary importStaff(int year, List<NewStaff> rows) { return staffList.importStaff(year, rows); }
    public ImportSummary importStaff(int year, List<NewStaff> rows, Progress progress) {
        return staffList.importStaff(year, rows, progress);
    }
    /** Everyone of the unit (also those who left) with their pledge of a year, and the departments. */
    public StaffSync.Roster staffRoster(int year) { return staffList.roster(year); }
    /**
     * A re-import in ONE transaction: the roster read inside it goes to {@code planner}, whose
     * changes are written (all or nothing; the planner refuses by throwing a DomainException).
     */
    public ImportSummary syncStaff(int year, java.util.function.Function<StaffSync.Roster, StaffSync.Changes> planner,
            Progress progress) {
        return staffList.sync(year, planner, progress);
    }

    // --- manual scores and commendations ({@link ScoreRepository}) ---------------------------------

    public List<ManualScore> scores(int year) { return scores.scores(year); }
    public void setScore(int year, String code, Integer points, String note) { scores.setScore(year, code, points, note); }
    public List<Commendation> commendations(int year) { return scores.commendations(year); }
    public Commendation addCommendation(int year, CommendationKind kind, String title, String recipient,
            String issuer, String decisionNumber, LocalDate date) {
        return addCommendation(year, kind, title, recipient, issuer, decisionNumber, date, true);
    }
    /** A commendation, extraordinary (đột xuất, counts for item 9) or a routine one. */
    public Commendation addCommendation(int year, CommendationKind kind, String title, String recipient,
            String issuer, String decisionNumber, LocalDate date, boolean extraordinary) {
        return scores.addCommendation(year, kind, title, recipient, issuer, decisionNumber, date, extraordinary);
    }
    public Commendation updateCommendation(Commendation c) { return scores.updateCommendation(c); }
    public void removeCommendation(long id) { scores.removeCommendation(id); }

    // --- Circular 124 answers and events ({@link ChecklistRepository}) -----------------------------

    public List<ChecklistAnswer> answers(int year) { return checklist.answers(year); }
    public void setAnswer(int year, String criterionCode, Boolean met, String note) {
        checklist.setAnswer(year, criterionCode, met, note);
    }
    public List<ChecklistEvent> events(int year) { return checklist.events(year); }
    public ChecklistEvent addEvent(int year, String eventCode, LocalDate date, String description, boolean excused) {
        return checklist.addEvent(year, eventCode, date, description, excused);
    }
    public ChecklistEvent updateEvent(ChecklistEvent event) { return checklist.updateEvent(event); }
    public void removeEvent(long id) { checklist.removeEvent(id); }

    // --- review meeting ({@link MeetingRepository}) ------------------------------------------------

    public Optional<ReviewMeeting> meeting(int year) { return meeting.meeting(year); }
    public ReviewMeeting saveMeeting(int year, ReviewMeeting m) { return meeting.saveMeeting(year, m); }

    // --- evidence ({@link EvidenceRepository}) -----------------------------------------------------

    public EvidenceFile addEvidence(Path source, String originalName) { return evidence.addEvidence(source, originalName); }
    public Path evidencePath(String sha256) { return evidence.evidencePath(sha256); }
    public void link(String sha256, EvidenceLink link) { evidence.link(sha256, link); }
    public void unlink(String sha256, EvidenceLink link) { evidence.unlink(sha256, link); }
    public void removeEvidence(String sha256) { evidence.removeEvidence(sha256); }
    public List<EvidenceFile> evidence() { return evidence.evidence(); }
    public Optional<EvidenceFile> evidenceFile(String sha256) { return evidence.evidenceFile(sha256); }
    public List<EvidenceFile> verifyEvidence(Progress progress) { return evidence.verifyEvidence(progress); }

    // --- audit trail and settings ({@link AuditRepository}) ----------------------------------------

    public List<AuditEntry> audit(int year) { return audit.audit(year); }
    public List<AuditEntry> auditAll() { return audit.auditAll(); }
    public Optional<String> setting(String key) { return audit.setting(key); }
    public void setSetting(String key, String value) { audit.setSetting(key, value); }
    public Map<String, String> settings() { return audit.settings(); }

    // --- the year as a whole ------------------------------------------------------------------------

    /** Everything recorded for a year, read in ONE read transaction. */
    public YearSnapshot snapshot(int year) {
        return read(c -> records.snapshot(c, year));
    }

    /** The Circular 124 checklist's verdict on a year; empty when the store has no checklist. */
    public Optional<vn.antq.domain.checklist.ChecklistResult> checklistResult(int year) {
        return Optional.ofNullable(scoringAssessment(year, classificationProfile(year)).checklist());
    }

    /**
     * THE assessment of a year on everything recorded, by the store's rules and the year's profile,
     * reviewed: its findings say what contradicts what (the review of issue 13).
     */
    public YearAssessment assess(int year) {
        return YearAssessment.of(snapshot(year), options.rubric(), options.checklist(), classificationProfile(year),
                options.reviewRules());
    }

    /** The assessment of a year on its records, without the costly lists no score depends on. */
    private YearAssessment scoringAssessment(int year, ClassificationProfile profile) {
        YearSnapshot s = read(c -> records.scoringSnapshot(c, year));
        return YearAssessment.of(s, options.rubric(), options.checklist(), profile);
    }

    /** The scoring facts (8a, 8b, 8c, 9) of a year, derived from its records. */
    public ScoringFacts facts(int year) {
        return scoringAssessment(year, classificationProfile(year)).facts();
    }

    /** Scores a year from its records with the profile in force for it. */
    public ScoreResult score(int year) {
        return score(year, classificationProfile(year));
    }

    /** Scores a year from its records with a given profile. */
    public ScoreResult score(int year, ClassificationProfile profile) {
        return scoringAssessment(year, profile).score();
    }

    /** The year as an antq-assessment/1 assessment (manual points and facts from the records). */
    public Assessment assessment(int year) {
        return scoringAssessment(year, classificationProfile(year)).toAssessment();
    }

    // --- integrity, backup, restore -----------------------------------------------------------------

    /** PRAGMA integrity_check, foreign_key_check and every evidence file re-hashed. */
    public IntegrityReport check(Progress progress) {
        List<List<String>> db = read(c -> List.of(Migrations.integrityCheck(c), Migrations.foreignKeyCheck(c)));
        List<EvidenceFile> files = evidence.verifyEvidence(progress);
        return new IntegrityReport(db.get(0), db.get(1), files, EvidenceFiles.unused(evidenceDir(), files));
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
        return read(Migrations::tables);
    }
}
