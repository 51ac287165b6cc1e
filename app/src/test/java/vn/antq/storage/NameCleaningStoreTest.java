package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;

/** Names with no-break, zero-width and decomposed characters are stored and matched by one rule. */
class NameCleaningStoreTest {
    @TempDir
    Path dir;

    @Test
    void aDepartmentDifferingOnlyBySpacesFormOrCaseIsTheSameDepartment() {
        try (Store store = Store.open(dir)) {
            store.unit().create(UnitProfile.minimal("Trường THCS Lê Lợi", UnitType.CO_SO_GIAO_DUC), 2026);
            Department d = store.departments().add("Phòng\u00A0Kế toán\u200B");
            assertThat(d.name()).isEqualTo("Phòng Kế toán");
            for (String variant : List.of("Phòng Kế toán", "phòng\tkế  TOÁN", "Pho\u0300ng Ke\u0302\u0301 toa\u0301n",
                    "\uFEFFPhòng\u202FKế toán")) {
                assertThatThrownBy(() -> store.departments().add(variant)).as(variant).isInstanceOf(StoreException.class);
            }
            store.staffList().importRows(2026, List.of(
                    new NewStaff("Nguyễn\u00A0Văn\u200B An", "Phòng Kế toán", "", null, "", true, null),
                    new NewStaff("Trần  Thị\tBình", "Pho\u0300ng Ke\u0302\u0301 toa\u0301n", "", null, "", false, null),
                    new NewStaff("Lê Văn Cường", "PHÒNG\u00A0KẾ TOÁN", "", null, "", null, null)));
            assertThat(store.departments().list()).extracting(Department::name).containsExactly("Phòng Kế toán");
            assertThat(store.staff().ofYear(2026)).extracting(p -> p.staff().fullName())
                    .containsExactlyInAnyOrder("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
            assertThat(store.staff().ofYear(2026)).extracting(StaffPledge::departmentName).containsOnly("Phòng Kế toán");
        }
    }
}
