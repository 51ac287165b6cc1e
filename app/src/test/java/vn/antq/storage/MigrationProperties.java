package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import vn.antq.domain.unit.StaffPledge;

/** The migrations on first-schema databases holding any text: upgraded, sound, nothing lost. */
class MigrationProperties {
    private static final Path ROOT;

    static {
        try {
            ROOT = Files.createTempDirectory("antq-migration-props");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterContainer
    static void clean() {
        Backups.deleteTree(ROOT);
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank() && s.codePoints().noneMatch(Character::isISOControl))
                .list().ofMinSize(1).ofMaxSize(8);
    }

    @Property
    void aFirstSchemaDatabaseUpgradesWithEveryStaffMember(@ForAll("names") List<String> names,
            @ForAll("points") int points) throws Exception {
        Path dir = Files.createTempDirectory(ROOT, "v1");
        try (Connection c = Database.connect(dir.resolve(DataDir.DB_FILE), false)) {
            Migrations.migrate(c, 0, 1, Instant.parse("2026-01-05T08:00:00Z"));
            Sql.update(c, "INSERT INTO unit (id, name, type) VALUES (1, ?, 'CO_QUAN')", names.get(0));
            Sql.exec(c, "INSERT INTO assessment_year (year, state, profile_id, registered_on) "
                    + "VALUES (2025, 'SUBMITTED', 'default-2022', '2025-03-01')");
            for (int i = 0; i < names.size(); i++) {
                Sql.update(c, "INSERT INTO staff (id, full_name, position) VALUES (?, ?, '')", i + 1, names.get(i));
            }
            Sql.update(c, "INSERT INTO manual_score (year, code, points, note) VALUES (2025, '1', ?, '')", points);
            Sql.exec(c, "PRAGMA journal_mode = DELETE");
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.check(null).databaseOk()).isTrue();
            List<String> after = store.staff().ofYear(2025).stream().map(StaffPledge::staff).map(s -> s.fullName()).toList();
            assertThat(after).hasSize(names.size());
            assertThat(store.unit().profile().orElseThrow().name()).isNotNull();
        }
    }

    @Provide
    Arbitrary<Integer> points() {
        return Arbitraries.integers().between(0, 3);
    }
}
