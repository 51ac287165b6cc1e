package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;

/** Schema versions, refusals of files that are not ours, and damaged databases. */
class MigrationTest {
    /** The database made by the first schema (V1 only), committed so later edits of V1 cannot hide. */
    static final String V1_FIXTURE = "/vn/antq/storage/fixtures/v1.db";

    @TempDir
    Path dir;

    /** Writes a V1 database with a unit, a year, departments, staff, a pledge and scores. */
    static void buildV1(Path db) throws Exception {
        try (Connection c = Database.connect(db, false)) {
            Migrations.migrate(c, 0, 1, Instant.parse("2026-01-05T08:00:00Z"));
            Sql.exec(c, "INSERT INTO unit (id, name, type) VALUES (1, 'Trường THCS Chu Văn An', 'CO_SO_GIAO_DUC')");
            Sql.exec(c, "INSERT INTO assessment_year (year, state, profile_id, registered_on) "
                    + "VALUES (2025, 'SUBMITTED', 'default-2022', '2025-03-01')");
            Sql.exec(c, "INSERT INTO department (id, name, name_key) VALUES (1, 'Tổ Toán', 'tổ toán'), "
                    + "(2, 'Tổ Ngữ văn', 'tổ ngữ văn')");
            Sql.exec(c, "INSERT INTO staff (id, full_name, position, department_id) VALUES "
                    + "(1, 'Nguyễn Thị Lan', 'Tổ trưởng', 1), (2, 'Trần Quốc Tuấn', 'Giáo viên', 2)");
            Sql.exec(c, "INSERT INTO staff_pledge (year, staff_id, signed, date) VALUES (2025, 1, 1, '2025-03-10')");
            Sql.exec(c, "INSERT INTO manual_score (year, code, points, note) VALUES (2025, '1', 3, 'Nghị quyết')");
            Sql.exec(c, "PRAGMA journal_mode = DELETE");
        }
    }

    /** Regenerates the committed fixture: {@code java -cp ... vn.antq.storage.MigrationTest OUT.db}. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.deleteIfExists(out);
        buildV1(out);
    }

    private Path copyFixture() throws Exception {
        Path db = dir.resolve("antq.db");
        try (InputStream in = MigrationTest.class.getResourceAsStream(V1_FIXTURE)) {
            assertThat(in).as("committed V1 fixture").isNotNull();
            Files.copy(in, db);
        }
        return db;
    }

    @Test
    void migratesADatabaseMadeByTheFirstSchemaToTheLatestWithABackupFirst() throws Exception {
        Path db = copyFixture();
        try (Connection c = Database.connect(db, true)) {
            assertThat(Sql.scalarLong(c, "PRAGMA user_version")).isEqualTo(1);
            assertThat(Sql.scalarLong(c, "SELECT count(*) FROM sqlite_master WHERE name = 'audit_entry'")).isZero();
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.unit().profile().orElseThrow().name()).isEqualTo("Trường THCS Chu Văn An");
            List<StaffPledge> staff = store.staff().ofYear(2025);
            assertThat(staff).extracting(p -> p.staff().fullName()).containsExactly("Trần Quốc Tuấn", "Nguyễn Thị Lan");
            assertThat(staff.get(1).signed()).isTrue();
            assertThat(store.scores().ofYear(2025)).singleElement().satisfies(s -> assertThat(s.points()).isEqualTo(3));
            // V2 brought the audit trail and settings, with the default deadlines
            assertThat(store.settings().get("deadline.recognition")).contains("11-20");
            // V3 added the protection-force flag, true for units recorded before it
            assertThat(store.unit().profile().orElseThrow().hasProtectionForce()).isTrue();
            store.scores().set(2025, "1", 2, "");
            assertThat(store.audit().ofYear(2025)).hasSize(1);
        }
        try (Connection c = Database.connect(db, true)) {
            assertThat(Sql.query(c, "SELECT version FROM schema_history ORDER BY version", rs -> rs.getInt(1)))
                    .containsExactly(java.util.stream.IntStream.rangeClosed(1, Migrations.LATEST).boxed()
                            .toArray(Integer[]::new));
        }
        Path backups = dir.resolve("backups");
        try (Stream<Path> s = Files.list(backups)) {
            List<Path> pre = s.filter(p -> p.getFileName().toString().startsWith("pre-migration-v1-to-v" + Migrations.LATEST + "-")).toList();
            assertThat(pre).hasSize(1);
            // the pre-migration archive restores the V1 database as it was
            Path other = dir.resolve("other");
            Store.restore(other, pre.get(0), null);
            try (Connection c = Database.connect(other.resolve("antq.db"), true)) {
                assertThat(Sql.scalarLong(c, "PRAGMA user_version")).isEqualTo(1);
                assertThat(Sql.scalarText(c, "SELECT name FROM unit")).isEqualTo("Trường THCS Chu Văn An");
            }
        }
    }

    @Test
    void theCommittedFixtureIsWhatTheFirstSchemaMakes() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        buildV1(fresh);
        Path fixture = copyFixture();
        try (Connection a = Database.connect(fresh, true); Connection b = Database.connect(fixture, true)) {
            String schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name";
            assertThat(Sql.query(b, schema, rs -> rs.getString(1) + rs.getString(2) + rs.getString(3)))
                    .isEqualTo(Sql.query(a, schema, rs -> rs.getString(1) + rs.getString(2) + rs.getString(3)));
        }
    }

    @Test
    void anOlderAppRefusesANewerDatabaseAndLeavesItAlone() throws Exception {
        try (Store store = Store.open(dir)) {
            store.unit().create(UnitProfile.minimal("Cơ quan A", UnitType.CO_QUAN), 2026);
        }
        Path db = dir.resolve("antq.db");
        try (Connection c = Database.connect(db, false)) {
            Sql.exec(c, "PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("phiên bản ANTQ Desk mới hơn")
                .hasMessageContaining(String.valueOf(Migrations.LATEST + 1));
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndNotModified() throws Exception {
        Path db = dir.resolve("antq.db");
        Files.writeString(db, "Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n".repeat(50), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("không phải tệp SQLite");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(dir.resolve("antq.db-wal")).doesNotExist();
        assertThat(dir.resolve("evidence")).doesNotExist();
    }

    @Test
    void aForeignSqliteDatabaseIsRefusedAndNotModified() throws Exception {
        Path db = dir.resolve("antq.db");
        try (Connection c = Database.connect(db, false)) {
            Sql.exec(c, "PRAGMA journal_mode = DELETE");
            Sql.exec(c, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            Sql.exec(c, "INSERT INTO customers (name) VALUES ('Khách hàng')");
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("không phải của ANTQ Desk");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aDamagedDatabaseIsReportedWithTheLatestBackupAndNeverOverwritten() throws Exception {
        Path backup;
        try (Store store = Store.open(dir)) {
            store.unit().create(UnitProfile.minimal("Cơ quan B", UnitType.CO_QUAN), 2026);
            for (int i = 0; i < 400; i++) {
                store.staff().add("Cán bộ số " + i + " với tên khá dài để lấp đầy các trang", "Chuyên viên", null,
                        LocalDate.of(1990, 1, 1), "0900000000");
            }
            backup = store.maybeDailyBackup().orElseThrow();
        }
        Path db = dir.resolve("antq.db");
        assertThat(Files.size(db)).isGreaterThan(8 * 4096);
        // overwrite pages in the middle of the file (not the header) with garbage
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[4096 * 3];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            f.seek(4096 * 2);
            f.write(junk);
        }
        byte[] damaged = Files.readAllBytes(db);
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("bị hỏng")
                .hasMessageContaining(backup.getFileName().toString());
        assertThat(Files.readAllBytes(db)).isEqualTo(damaged);

        // the offered backup brings the data back
        Path aside = Store.restore(dir, backup, null);
        assertThat(aside.resolve("antq.db")).exists();
        try (Store store = Store.open(dir)) {
            assertThat(store.staff().count()).isEqualTo(400);
            assertThat(store.check(null).ok()).isTrue();
        }
    }

    @Test
    void twoProgramsOpeningAnOldDatabaseAtOnceMigrateItOnce() throws Exception {
        copyFixture();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try (Store store = Store.open(dir)) {
                    return store.schemaVersion();
                }
            }));
        }
        go.countDown();
        for (var r : results) {
            assertThat(r.get()).isEqualTo(Migrations.LATEST);
        }
        pool.shutdown();
        try (Connection c = Database.connect(dir.resolve("antq.db"), true)) {
            assertThat(Sql.scalarLong(c, "SELECT count(*) FROM schema_history")).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void anEmptyDatabaseFileIsTreatedAsNew() throws Exception {
        Files.createFile(dir.resolve("antq.db"));
        try (Store store = Store.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void scriptsSplitIntoStatementsAndTheListIsInOrder() {
        assertThat(Migrations.split("-- a; comment\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nINSERT INTO a VALUES ('b');"))
                .containsExactly("CREATE TABLE a (x TEXT DEFAULT ';')", "INSERT INTO a VALUES ('b')");
        for (int v = 1; v <= Migrations.LATEST; v++) {
            assertThat(Migrations.statements(v)).isNotEmpty();
        }
        assertThat(Migrations.description(2)).isEqualTo("audit and settings");
    }

    static void copy(Path from, Path to) throws Exception {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
