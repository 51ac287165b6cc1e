package vn.antq.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.storage.Store;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.departments.DepartmentsViewModel;
import vn.antq.ui.scoring.ScoringViewModel;

/** Staff screen logic without a toolkit, on a real store. */
class StaffViewModelTest {
    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 15).atStartOfDay(ZoneId.of("UTC"))
            .toInstant(), ZoneId.of("UTC"));

    @Test
    void searchWithoutAccentsFilterByDepartmentAndVietnameseOrder() {
        try (Store store = UiFixtures.smallUnit(dir)) {
            StaffViewModel vm = new StaffViewModel(UiFixtures.context(store, "vi"), CLOCK);
            vm.reload();
            assertThat(vm.rows()).extracting(StaffRow::name)
                    .containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Đặng Văn Cường");
            vm.searchProperty().set("nguyen");
            assertThat(vm.rows()).extracting(StaffRow::name).containsExactly("Nguyễn Văn An");
            vm.searchProperty().set("cuong");
            assertThat(vm.rows()).extracting(StaffRow::name).containsExactly("Đặng Văn Cường");
            vm.searchProperty().set("");
            vm.departmentFilterProperty().set(vm.departments().stream()
                    .filter(d -> d.name().equals("Phòng Hành chính")).findFirst().orElseThrow());
            assertThat(vm.rows()).extracting(StaffRow::name).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        }
    }

    @Test
    void markingPledgesMovesCoverageAndDepartmentRegistrationMovesItem8b() {
        try (Store store = UiFixtures.smallUnit(dir)) {
            UiContext ctx = UiFixtures.context(store, "vi");
            StaffViewModel vm = new StaffViewModel(ctx, CLOCK);
            vm.reload();
            assertThat(vm.coverageProperty().get()).isEqualTo("Đã ký cam kết: 0/3 cán bộ (0%)");
            vm.setSigned(vm.rows().get(0), true);
            assertThat(vm.coverageProperty().get()).isEqualTo("Đã ký cam kết: 1/3 cán bộ (33%)");
            vm.mark(List.copyOf(vm.rows()), true);
            assertThat(vm.coverageProperty().get()).isEqualTo("Đã ký cam kết: 3/3 cán bộ (100%)");
            assertThat(store.snapshot(UiFixtures.YEAR).staffSigned()).isEqualTo(3);
            assertThat(store.staff().ofYear(UiFixtures.YEAR).get(0).date()).isEqualTo(LocalDate.of(2026, 3, 15));
            // ticking the check box of a row is the same as marking it
            vm.rows().get(1).signedProperty().set(false);
            assertThat(store.snapshot(UiFixtures.YEAR).staffSigned()).isEqualTo(2);

            ScoringViewModel scoring = ScoringViewModel.forStore(ctx);
            scoring.reload(() -> { });
            assertThat(scoring.row("8b").orElseThrow().points()).isZero();
            DepartmentsViewModel depts = new DepartmentsViewModel(ctx, CLOCK);
            depts.reload();
            depts.rows().get(0).registeredProperty().set(true);
            assertThat(depts.summaryProperty().get()).contains("1/2");
            scoring.reload(() -> { });
            assertThat(scoring.row("8b").orElseThrow().points()).isZero();
            depts.registerAll();
            scoring.reload(() -> { });
            assertThat(scoring.row("8b").orElseThrow().points()).isEqualTo(2);
            assertThat(scoring.row("8b").orElseThrow().sourceProperty().get()).contains("2/2");
            vm.reload();
            assertThat(vm.departmentCoverageProperty().get()).contains("2/2");
        }
    }
}
