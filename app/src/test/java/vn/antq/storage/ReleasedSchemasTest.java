package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;

/**
 * Released schemas stay released: each migration file shipped is pinned by its SHA-256 (a released
 * migration is never edited; a change is a new V(n+1) file), and a database made by every released
 * schema version, committed as a fixture, opens and upgrades to the latest with its data intact.
 */
class ReleasedSchemasTest {
    /** SHA-256 of each released migration file (line ends normalised to LF, so a Windows checkout agrees). */
    static final Map<String, String> RELEASED = Map.of(
            "V1__initial.sql", "cd70ccbd0bab986acfd473ff2012b5089f63313f22b11d5dc144cbd1e67b8876",
            "V2__audit_and_settings.sql", "e07603c68256984b3ec701d702c4412c651833200ae993af9d5de4ad5f0477fe",
            "V3__protection_force.sql", "a63304b8681091484e25d0546d1d2f4e5704ef4a83bd55669cbc42c595415592",
            "V4__staff_code_and_leaving.sql", "26139acc1657f46c36cf5b2d2e79bebb5ea40f1f4125dcdc2cafbaf6f9f2acf5",
            "V5__unit_code.sql", "1188798df04068bb2654db9a561a004d70ef26d6da38c94850483b3509fefda0",
            "V6__document_date_and_commendation_kind.sql", "cb5d417ae725684f26e9fa6f3832c8b081fd211b0e8a64c4c9d642ad76e56ee5");

    @TempDir
    Path dir;

    static String fixture(int version) {
        return "/vn/antq/storage/fixtures/v" + version + ".db";
    }

    @Test
    void everyMigrationFileIsPinnedAndUnchanged() throws Exception {
        assertThat(RELEASED.keySet()).as("every migration file is pinned here when released")
                .containsExactlyInAnyOrderElementsOf(Migrations.FILES);
        for (String file : Migrations.FILES) {
            byte[] bytes;
            try (InputStream in = Migrations.class.getResourceAsStream("/vn/antq/storage/migrations/" + file)) {
                assertThat(in).as(file).isNotNull();
                bytes = in.readAllBytes();
            }
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(sha).as(file + " was released: add a new migration instead of editing it")
                    .isEqualTo(RELEASED.get(file));
        }
    }

    static List<Integer> versions() {
        return IntStream.rangeClosed(1, Migrations.LATEST).boxed().toList();
    }

    @ParameterizedTest
    @MethodSource("versions")
    void aDatabaseOfEveryReleasedVersionUpgradesToTheLatest(int version) throws Exception {
        Path db = dir.resolve(DataDir.DB_FILE);
        try (InputStream in = ReleasedSchemasTest.class.getResourceAsStream(fixture(version))) {
            assertThat(in).as("committed fixture of schema version " + version).isNotNull();
            Files.copy(in, db);
        }
        try (Connection c = Database.connect(db, true)) {
            assertThat(Sql.scalarLong(c, "PRAGMA user_version")).isEqualTo(version);
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.check(null).integrity()).containsExactly("ok");
            UnitProfile unit = store.unit().profile().orElseThrow();
            assertThat(unit.name()).isEqualTo("Trường THCS Chu Văn An");
            List<StaffPledge> staff = store.staff().ofYear(2025);
            assertThat(staff).extracting(p -> p.staff().fullName()).containsExactly("Trần Quốc Tuấn", "Nguyễn Thị Lan");
            assertThat(staff.get(1).signed()).isTrue();
            assertThat(store.scores().ofYear(2025)).singleElement().satisfies(s -> assertThat(s.points()).isEqualTo(3));
            assertThat(store.settings().get("deadline.recognition")).contains("11-20");
            if (version >= 2) {
                assertThat(store.settings().get("language")).as("a setting recorded under V2").contains("en");
                assertThat(store.audit().ofYear(2025)).as("the audit line recorded under V2").hasSize(1);
            }
            // V3's flag: assumed for units recorded before it, as recorded after it
            assertThat(unit.hasProtectionForce()).isEqualTo(version < 3);
            // V4's staff code: none for people recorded before it, as recorded after it
            assertThat(store.staffList().roster(2025).people()).extracting(StaffSync.Person::staffCode)
                    .containsExactlyInAnyOrder(version >= 4 ? "CB-07" : "", "");
            // V5's unit code (issue 16): empty for units recorded before it, as recorded after it
            assertThat(unit.code()).isEqualTo(version < 5 ? "" : "0312345678");
            // V6's document date: kept when recorded, none before it
            assertThat(store.years().documentDate(2025)).isEqualTo(version < 6 ? java.util.Optional.empty()
                    : java.util.Optional.of(java.time.LocalDate.of(2025, 11, 18)));
            store.scores().set(2025, "1", 2, "");
            assertThat(store.scores().ofYear(2025).get(0).points()).isEqualTo(2);
        }
    }

    /** Writes a V2 database: the V1 data, then a setting and an audit line. */
    static void buildV2(Path db) throws Exception {
        MigrationTest.buildV1(db);
        try (Connection c = Database.connect(db, false)) {
            Migrations.migrate(c, 1, 2, Instant.parse("2026-02-05T08:00:00Z"));
            Sql.exec(c, "INSERT INTO setting (key, value) VALUES ('language', 'en')");
            Sql.exec(c, "INSERT INTO audit_entry (at, year, area, subject, old_value, new_value) VALUES "
                    + "('2026-02-05T08:10:00Z', 2025, 'SCORE', '1', '2', '3')");
            Sql.exec(c, "PRAGMA journal_mode = DELETE");
        }
    }

    /** Writes a V3 database: the V2 data, then a unit recorded without a protection force. */
    static void buildV3(Path db) throws Exception {
        buildV2(db);
        try (Connection c = Database.connect(db, false)) {
            Migrations.migrate(c, 2, 3, Instant.parse("2026-03-05T08:00:00Z"));
            Sql.exec(c, "UPDATE unit SET has_protection_force = 0");
            Sql.exec(c, "PRAGMA journal_mode = DELETE");
        }
    }

    /** Writes a V4 database: the V3 data, then a staff code for one person. */
    static void buildV4(Path db) throws Exception {
        buildV3(db);
        try (Connection c = Database.connect(db, false)) {
            Migrations.migrate(c, 3, 4, Instant.parse("2026-11-30T03:00:00Z"));
            Sql.exec(c, "UPDATE staff SET staff_code = 'CB-07' WHERE id = (SELECT min(id) FROM staff)");
            Sql.exec(c, "PRAGMA journal_mode = DELETE");
        }
    }

    /** Writes a V5 database: the V4 data, then the unit's code. */
    static void buildV5(Path db) throws Exception {
        buildV4(db);
        try (Connection c = Database.connect(db, false)) {
            Migrations.migrate(c, 4, 5, Instant.parse("2026-11-30T04:00:00Z"));
            Sql.exec(c, "UPDATE unit SET code = '0312345678'");
            Sql.exec(c, "PRAGMA journal_mode = DELETE");
        }
    }

    /** Writes a V6 database: the V5 data, then the year's document date. */
    static void buildV6(Path db) throws Exception {
        buildV5(db);
        try (Connection c = Database.connect(db, false)) {
            Migrations.migrate(c, 5, 6, Instant.parse("2026-11-30T08:00:00Z"));
            Sql.exec(c, "UPDATE assessment_year SET document_date = '2025-11-18' WHERE year = 2025");
            Sql.exec(c, "PRAGMA journal_mode = DELETE");
        }
    }

    /**
     * Regenerates the committed fixtures of versions 2 to 6 (version 1: {@link MigrationTest#main}):
     * {@code java -cp ... vn.antq.storage.ReleasedSchemasTest DIR}. Only when a fixture is added: a
     * released version's fixture is never rewritten.
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        if (!Files.exists(out.resolve("v2.db"))) {
            buildV2(out.resolve("v2.db"));
        }
        if (!Files.exists(out.resolve("v3.db"))) {
            buildV3(out.resolve("v3.db"));
        }
        if (!Files.exists(out.resolve("v4.db"))) {
            buildV4(out.resolve("v4.db"));
        }
        if (!Files.exists(out.resolve("v5.db"))) {
            buildV5(out.resolve("v5.db"));
        }
        if (!Files.exists(out.resolve("v6.db"))) {
            buildV6(out.resolve("v6.db"));
        }
    }
}
