package vn.antq.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.domain.Progress;
import vn.antq.domain.checklist.ChecklistResult;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.scoring.Assessment;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.domain.scoring.ScoringFacts;
import vn.antq.domain.scoring.YearAssessment;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.YearCounts;
import vn.antq.domain.unit.YearSnapshot;

/**
 * The unit's records: one SQLite database ({@code antq.db}) and one evidence folder in a data folder.
 *
 * <p>The unit of work: opening (and migrating), the lock, read and write transactions, the audit
 * trail, the year as a whole, integrity and backups. The SQL of each table lives in a repository
 * reached through an accessor below ({@code store.staff().add(…)}, {@code store.scores().set(…)}):
 * its public methods are each one transaction of this store, its {@code Connection}-level helpers
 * package-private.
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
    private final MeetingRepository meetings = new MeetingRepository(this);
    private final EvidenceRepository evidence = new EvidenceRepository(this);
    private final AuditRepository audit = new AuditRepository(this);
    private final SettingsRepository settings = new SettingsRepository(this);
    private final YearRecords records = new YearRecords(scores, evidence, staff);

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
            if (!begin.equals("BEGIN")) {
                // also a write nested in writeAll: a read cache must not keep what it read before it
                writes++;
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
                // what a cache read inside the transaction is undone
                writes++;
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

    /** Write transactions begun on this store's connection (read under the store's lock: for read caches). */
    long writes() {
        return writes;
    }

    private long writes;

    Instant now() {
        return options.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Writes an audit line in the current transaction (nothing when the value did not change). */
    void audit(Connection c, Integer year, AuditArea area, String subject, String oldValue, String newValue)
            throws SQLException {
        AuditRepository.record(c, now(), year, area, subject, oldValue, newValue);
    }

    /** Audit lines written as one batch in the current transaction (see {@link AuditRepository.Batch}). */
    AuditRepository.Batch auditBatch(Connection c) throws SQLException {
        return new AuditRepository.Batch(c, now());
    }

    // --- the records, table by table ---------------------------------------------------------------
    // Each repository holds the SQL of its tables; every public call of one is ONE transaction of this store.

    /** The unit profile. */
    public UnitRepository unit() { return unit; }
    /** The assessment years and the classification profiles. */
    public YearRepository years() { return years; }
    /** The departments and their registration per year (item 8b). */
    public DepartmentRepository departments() { return departments; }
    /** The staff and their pledges, one person at a time. */
    public StaffRepository staff() { return staff; }
    /** The staff list as a whole: the bulk import and the re-import. */
    public StaffListRepository staffList() { return staffList; }
    /** The manual rubric points and the commendations (item 9). */
    public ScoreRepository scores() { return scores; }
    /** The Circular 124 checklist's answers and events. */
    public ChecklistRepository checklist() { return checklist; }
    /** The review meeting of each year. */
    public MeetingRepository meetings() { return meetings; }
    /** The evidence files and their links. */
    public EvidenceRepository evidence() { return evidence; }
    /** The audit trail (read only: writes are audited inside their own transactions). */
    public AuditRepository audit() { return audit; }
    /** The settings. */
    public SettingsRepository settings() { return settings; }

    // --- the year as a whole ------------------------------------------------------------------------

    /** Everything recorded for a year, read in ONE read transaction. */
    public YearSnapshot snapshot(int year) {
        return read(c -> records.snapshot(c, year));
    }

    /** The Circular 124 checklist's verdict on a year; empty when the store has no checklist. */
    public Optional<vn.antq.domain.checklist.ChecklistResult> checklistResult(int year) {
        return Optional.ofNullable(scoringAssessment(year, years.classificationProfile(year)).checklist());
    }

    /**
     * THE assessment of a year on everything recorded, by the store's rules and the year's profile,
     * reviewed: its findings say what contradicts what (the review of issue 13).
     */
    public YearAssessment assess(int year) {
        return YearAssessment.of(snapshot(year), options.rubric(), options.checklist(), years.classificationProfile(year),
                options.reviewRules(), options.recognitionRules());
    }

    /**
     * The assessment of a year on its compact snapshot (no staff or evidence lists, which no score
     * depends on; not reviewed, as the review reads them): what screens that do not list them use,
     * with {@link #counts}.
     */
    public YearAssessment assessCompact(int year) {
        return scoringAssessment(year, years.classificationProfile(year));
    }

    /** What a compact snapshot leaves out, counted by SQLite: staff, pledges signed, evidence per rubric item. */
    public YearCounts counts(int year) {
        return read(c -> records.counts(c, year));
    }

    /** The assessment of a year on its records, without the costly lists no score depends on. */
    private YearAssessment scoringAssessment(int year, ClassificationProfile profile) {
        YearSnapshot s = read(c -> records.compactSnapshot(c, year));
        return YearAssessment.of(s, options.rubric(), options.checklist(), profile);
    }

    /** The scoring facts (8a, 8b, 8c, 9) of a year, derived from its records. */
    public ScoringFacts facts(int year) {
        return scoringAssessment(year, years.classificationProfile(year)).facts();
    }

    /** Scores a year from its records with the profile in force for it. */
    public ScoreResult score(int year) {
        return score(year, years.classificationProfile(year));
    }

    /** Scores a year from its records with a given profile. */
    public ScoreResult score(int year, ClassificationProfile profile) {
        return scoringAssessment(year, profile).score();
    }

    /** The year as an antq-assessment/1 assessment (manual points and facts from the records). */
    public Assessment assessment(int year) {
        return scoringAssessment(year, years.classificationProfile(year)).toAssessment();
    }

    // --- integrity, backup, restore -----------------------------------------------------------------

    /** PRAGMA integrity_check, foreign_key_check and every evidence file re-hashed. */
    public IntegrityReport check(Progress progress) {
        List<List<String>> db = read(c -> List.of(Migrations.integrityCheck(c), Migrations.foreignKeyCheck(c)));
        List<EvidenceFile> files = evidence.verify(progress);
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
