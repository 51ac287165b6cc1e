package vn.antq.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.unit.Department;
import vn.antq.storage.Store;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.departments.DepartmentsViewModel;

/** Names typed on the screens with stray spaces and invisible characters: one rule with the store. */
class NameCleaningViewModelTest {
    @TempDir
    Path dir;

    @Test
    void typedNamesAreCleanedAndADepartmentSpelledWithANoBreakSpaceIsNotASecondOne() {
        try (Store store = UiFixtures.smallUnit(dir)) {
            UiContext ctx = UiFixtures.context(store, "vi");
            DepartmentsViewModel depts = new DepartmentsViewModel(ctx);
            depts.reload();
            depts.add("Phòng\u00A0Tài  vụ\u200B");
            depts.reload();
            // the same name typed with a tab and decomposed accents is no rename
            depts.rename(depts.rows().stream().filter(r -> r.name().equals("Đội Bảo vệ")).findFirst().orElseThrow(),
                    "Đo\u0323\u0302i\tBảo vệ");
            assertThat(store.departments().list()).extracting(Department::name)
                    .containsExactlyInAnyOrder("Phòng Hành chính", "Đội Bảo vệ", "Phòng Tài vụ");

            StaffViewModel staff = new StaffViewModel(ctx);
            staff.reload();
            staff.add(" Phạm\u00A0Thị\u202FDung\u200D ", "Kế\ttoán", null);
            staff.reload();
            assertThat(store.staff().ofYear(UiFixtures.YEAR)).extracting(p -> p.staff().fullName(), p -> p.staff().position())
                    .contains(org.assertj.core.groups.Tuple.tuple("Phạm Thị Dung", "Kế toán"));
            staff.searchProperty().set("pham\u00A0 thi");
            assertThat(staff.rows()).extracting(StaffRow::name).containsExactly("Phạm Thị Dung");
        }
    }
}
