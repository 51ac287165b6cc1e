package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.Store;

/** Cells copied from Word or the web (no-break and zero-width spaces, decomposed accents, tabs). */
class NameCleaningImportTest {
    @TempDir
    Path dir;

    @Test
    void aFileNamingAnExistingDepartmentWithInvisibleDifferencesCreatesNone() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            store.unit().create(UnitProfile.minimal("Trường THCS Lê Lợi", UnitType.CO_SO_GIAO_DUC), 2026);
            store.departments().add("Phòng\u00A0Kế toán");
            Path f = Workbooks.write(dir.resolve("ds.xlsx"),
                    new Object[] {"Họ\u00A0và tên", "Phòng\u200B ban", "Đã ký cam kết"},
                    new Object[] {"Nguyễn\u00A0Văn\u200B An", "Phòng Kế toán", "có"},
                    new Object[] {"Trần  Thị\tBình", "Pho\u0300ng Ke\u0302\u0301 toa\u0301n", "có"},
                    new Object[] {"Lê Văn\u3000Cường ", "phòng\u202Fkế toán\uFEFF", "không"});
            StaffImportPreview preview = StaffImport.preview(f);
            assertThat(preview.errors()).isEmpty();
            assertThat(preview.validStaff()).extracting(StaffRow::fullName)
                    .containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
            StaffImportPlan plan = StaffImport.plan(store, 2026, preview, new StaffImportPlan.Options(false, false, false));
            assertThat(plan.newDepartments()).isEmpty();
            StaffImport.apply(store, plan, null);
            assertThat(store.departments().list()).extracting(Department::name).containsExactly("Phòng Kế toán");
            assertThat(store.snapshot(2026).staffSigned()).isEqualTo(2);
        }
    }
}
