package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.unit.Department;

/** Schema version 4 on a database of version 3: staff codes, leaving, and names cleaned by the one rule. */
class StaffCodeMigrationTest {
    @TempDir
    Path dir;

    @Test
    void namesStoredWithNoBreakSpacesAreCleanedAndKeyedAgain() throws Exception {
        Path db = dir.resolve(DataDir.DB_FILE);
        try (Connection c = Database.connect(db, false)) {
            Migrations.migrate(c, 0, 3, Instant.parse("2025-01-01T00:00:00Z"));
            Sql.update(c, "INSERT INTO unit (id, name, type) VALUES (1, 'Trường THCS Lê Lợi', 'CO_SO_GIAO_DUC')");
            Sql.update(c, "INSERT INTO assessment_year (year, state) VALUES (2026, 'DRAFT')");
            // as the store of version 3 saved them: no-break space kept, key lower-cased only
            Sql.update(c, "INSERT INTO department (id, name, name_key) VALUES (1, ?, ?)", "Phòng\u00A0Kế toán",
                    "phòng\u00A0kế toán");
            Sql.update(c, "INSERT INTO staff (id, full_name, department_id) VALUES (1, ?, 1)", "Nguyễn\u200B Văn An");
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.departments().list()).extracting(Department::name).containsExactly("Phòng Kế toán");
            assertThatThrownBy(() -> store.departments().add("Phòng Kế toán")).isInstanceOf(StoreException.class);
            assertThat(store.staff().ofYear(2026)).singleElement().satisfies(p -> {
                assertThat(p.staff().fullName()).isEqualTo("Nguyễn Văn An");
                assertThat(p.departmentName()).isEqualTo("Phòng Kế toán");
            });
            assertThat(store.staffList().roster(2026).people()).singleElement()
                    .satisfies(p -> assertThat(p.staffCode()).isEmpty());
        }
    }
}
