package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.CancelledException;
import vn.antq.domain.Progress;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;

class ImportStaffTest {
    @TempDir
    Path dir;

    private static List<NewStaff> rows(int n) {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
        String[] given = {"An", "Ánh", "Bảo", "Cường", "Dũng", "Đạt", "Hằng", "Lộc", "Ngọc", "Yến"};
        List<NewStaff> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new NewStaff(family[i % 10] + " Văn " + given[(i / 10) % 10] + " " + i, "Phòng " + (i % 400),
                    "Chuyên viên", LocalDate.of(1980 + i % 20, 1 + i % 12, 1 + i % 28), "09" + i,
                    i % 3 == 0 ? null : i % 3 == 1, i % 3 == 1 ? LocalDate.of(2026, 3, 1 + i % 28) : null));
        }
        return out;
    }

    @Test
    void tenThousandRowsInOneTransactionQuicklyAndListedInOneQuery() {
        try (Store store = Store.open(dir)) {
            store.unit().create(UnitProfile.minimal("Tổng công ty", UnitType.DOANH_NGHIEP), 2026);
            store.departments().add("phòng 7");
            long t0 = System.nanoTime();
            ImportSummary sum = store.staffList().importRows(2026, rows(10_000));
            long importMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(sum).isEqualTo(new ImportSummary(10_000, 0, 399, 0, 10_000, 3_333));
            assertThat(importMs).as("import time ms").isLessThan(5_000);
            long t1 = System.nanoTime();
            List<StaffPledge> list = store.staff().ofYear(2026);
            long listMs = (System.nanoTime() - t1) / 1_000_000;
            assertThat(list).hasSize(10_000);
            assertThat(listMs).as("list time ms").isLessThan(2_000);
            assertThat(list.stream().filter(StaffPledge::signed).count()).isEqualTo(3_333);
            List<DepartmentYear> depts = store.departments().ofYear(2026);
            assertThat(depts).hasSize(400);
            assertThat(depts.stream().mapToInt(DepartmentYear::staffCount).sum()).isEqualTo(10_000);
            assertThat(depts).filteredOn(d -> d.department().name().equals("phòng 7")).hasSize(1);
            assertThat(store.audit().ofYear(2026)).filteredOn(a -> a.area() == AuditArea.STAFF_IMPORT).hasSize(1);
        }
    }

    @Test
    void aBadRowOrCancellationImportsNothingAndNamesAreNfc() {
        try (Store store = Store.open(dir)) {
            store.unit().create(UnitProfile.minimal("Cơ quan", UnitType.CO_QUAN), 2026);
            List<NewStaff> bad = new ArrayList<>(rows(20));
            bad.add(new NewStaff("   ", "Phòng X", "", null, "", true, null));
            assertThatThrownBy(() -> store.staffList().importRows(2026, bad)).hasMessageContaining("Dòng 21");
            assertThat(store.staff().count()).isZero();
            assertThat(store.departments().list()).isEmpty();

            Progress cancelled = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> store.staffList().importRows(2026, rows(1_000), cancelled))
                    .isInstanceOf(CancelledException.class);
            assertThat(store.staff().count()).isZero();
            assertThat(store.departments().list()).isEmpty();
            assertThatThrownBy(() -> store.staffList().importRows(2031, rows(2))).hasMessageContaining("2031");

            String nfd = Normalizer.normalize("  Nguyễn Thị Ánh  ", Normalizer.Form.NFD);
            store.staffList().importRows(2026, List.of(new NewStaff(nfd, Normalizer.normalize("Phòng Tổ chức", Normalizer.Form.NFD),
                    "", null, null, null, null), new NewStaff("Lê Lợi", "PHÒNG TỔ CHỨC", "", null, null, true, null)));
            assertThat(store.departments().list()).singleElement()
                    .satisfies(d -> assertThat(d.name()).isEqualTo("Phòng Tổ chức"));
            assertThat(store.staff().ofYear(2026)).extracting(p -> p.staff().fullName())
                    .containsExactly("Nguyễn Thị Ánh", "Lê Lợi");
        }
    }
}
