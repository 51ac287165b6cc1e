package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.storage.Store;
import vn.antq.ui.checklist.ChecklistViewModel;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.overview.OverviewViewModel;
import vn.antq.ui.scoring.ScoringViewModel;
import vn.antq.ui.settings.SettingsViewModel;
import vn.antq.ui.years.YearsViewModel;

/** Checklist → 8c, overview deadlines, a province's profile, a new year: view models on a real store. */
class ScreensViewModelTest {
    @TempDir
    Path dir;

    private static int points(UiContext ctx, String code) {
        ScoringViewModel s = ScoringViewModel.forStore(ctx);
        s.reload(() -> { });
        return s.row(code).orElseThrow().points();
    }

    @Test
    void theChecklistDrivesItem8c() {
        try (Store store = UiFixtures.smallUnit(dir)) {
            UiContext ctx = UiFixtures.context(store, "vi");
            ChecklistViewModel vm = new ChecklistViewModel(ctx);
            vm.reload();
            assertThat(vm.achievedProperty().get()).isFalse();
            assertThat(points(ctx, "8c")).isZero();
            for (ChecklistViewModel.Line l : vm.lines()) {
                if (l.kind() == ChecklistViewModel.Kind.ANSWER) {
                    vm.answer(l.code(), true, "Đã thực hiện");
                }
            }
            assertThat(vm.achievedProperty().get()).isTrue();
            assertThat(vm.verdictProperty().get()).startsWith("ĐẠT").contains("50/50");
            assertThat(points(ctx, "8c")).isEqualTo(50);

            // a listed event that the Circular does not excuse makes it "chưa đạt"
            var type = vm.eventTypes().stream().filter(t -> !t.excusable()).findFirst().orElseThrow();
            assertThat(vm.addEvent(type, null, "x", false)).isPresent();
            assertThat(vm.addEvent(type, LocalDate.of(2026, 6, 1), "Vụ việc", false)).isEmpty();
            assertThat(vm.achievedProperty().get()).isFalse();
            assertThat(points(ctx, "8c")).isZero();
            vm.removeEvent(vm.events().get(0));
            assertThat(points(ctx, "8c")).isEqualTo(50);
        }
    }

    @Test
    void overviewListsWhatIsMissingBeforeEachDeadline() {
        try (Store store = UiFixtures.smallUnit(dir)) {
            UiContext ctx = UiFixtures.context(store, "vi");
            store.settings().set("deadline.local", "10-30");
            store.settings().set("deadline.local.label", "Báo cáo Công an xã");
            Clock clock = Clock.fixed(LocalDate.of(2026, 3, 1).atStartOfDay(ZoneId.of("UTC")).toInstant(),
                    ZoneId.of("UTC"));
            OverviewViewModel vm = new OverviewViewModel(ctx, clock);
            vm.reload();
            assertThat(vm.totalProperty().get()).isEqualTo("0/100 điểm");
            assertThat(vm.levelProperty().get()).isEqualTo("Yếu");
            assertThat(vm.staffCoverageProperty().get()).isEqualTo("Cán bộ đã ký: 0/3 (0%)");
            assertThat(vm.anttProperty().get()).isEqualTo("Chưa đạt");
            assertThat(vm.items()).hasSize(9);
            assertThat(vm.deadlines()).extracting(OverviewViewModel.DeadlineLine::title).containsExactly(
                    "Đăng ký phấn đấu, ký cam kết (quý I)", "Báo cáo Công an xã",
                    "Nộp hồ sơ đề nghị công nhận tiêu chuẩn ANTT", "Nộp kết quả xếp loại phong trào");
            OverviewViewModel.DeadlineLine reg = vm.deadlines().get(0);
            assertThat(reg.daysLeft()).isEqualTo(30);
            assertThat(vm.daysText(reg)).isEqualTo("Còn 30 ngày");
            assertThat(reg.missing()).contains("Đơn vị chưa đăng ký phấn đấu (mục 8a)",
                    "2 phòng ban chưa đăng ký (mục 8b)", "3 cán bộ chưa ký cam kết");
            assertThat(vm.deadlines().get(1).missing()).contains("Chưa ghi cuộc họp đánh giá");
        }
    }

    @Test
    void aProvinceProfileChangesTheThresholdsAndABrokenOneChangesNothing() throws Exception {
        try (Store store = UiFixtures.smallUnit(dir.resolve("data"))) {
            UiFixtures.passingChecklist(store);
            UiContext ctx = UiFixtures.context(store, "vi");
            ScoringViewModel scoring = ScoringViewModel.forStore(ctx);
            scoring.reload(() -> { });
            assertThat(scoring.total()).isEqualTo(51);
            assertThat(scoring.levelTextProperty().get()).isEqualTo("Trung bình");

            String json = """
                    {"format":"antq-profile/1","id":"dong-nai-2026","name":{"vi":"Ngưỡng Công an tỉnh Đồng Nai"},
                     "rubric":"qd510-2022-agency","levels":[
                      {"code":"XUAT_SAC","min":80,"label":{"vi":"Xuất sắc"}},
                      {"code":"KHA","min":50,"label":{"vi":"Khá"}},
                      {"code":"TRUNG_BINH","min":30,"label":{"vi":"Trung bình"}},
                      {"code":"YEU","min":0,"label":{"vi":"Yếu"}}]}
                    """;
            Path file = Files.writeString(dir.resolve("dong-nai.json"), json);
            SettingsViewModel settings = new SettingsViewModel(ctx);
            settings.reload();
            settings.importProfile(file);
            assertThat(settings.profileNameProperty().get()).contains("Đồng Nai");
            assertThat(settings.thresholds()).contains("Khá: từ 50 điểm");
            assertThat(store.years().classificationProfile(UiFixtures.YEAR).id()).isEqualTo("dong-nai-2026");
            // the clerk picks profiles by name, never by id
            settings.reload();
            assertThat(settings.profileNameProperty().get()).isEqualTo("Ngưỡng Công an tỉnh Đồng Nai");
            assertThat(settings.profileIds()).contains("default-2022", "dong-nai-2026");
            assertThat(settings.profileName("default-2022")).isEqualTo("Ngưỡng mặc định");
            assertThat(settings.profileName("dong-nai-2026")).isEqualTo("Ngưỡng Công an tỉnh Đồng Nai");
            scoring.reload(() -> { });
            assertThat(scoring.levelTextProperty().get()).isEqualTo("Khá");

            assertThat(settings.saveDeadline("deadline.registration", "15/04")).isEmpty();
            assertThat(store.settings().get("deadline.registration")).contains("04-15");
            assertThat(settings.saveDeadline("deadline.registration", "31/02")).isPresent();
            assertThat(store.settings().get("deadline.registration")).contains("04-15");

            settings.useProfile("default-2022");
            scoring.reload(() -> { });
            assertThat(scoring.levelTextProperty().get()).isEqualTo("Trung bình");
        }
    }

    @Test
    void aNewYearKeepsDepartmentsAndStaffNotPledgesAndYearsCompare() {
        try (Store store = UiFixtures.smallUnit(dir)) {
            UiContext ctx = UiFixtures.context(store, "vi");
            store.staff().setPledges(UiFixtures.YEAR, store.staff().ofYear(UiFixtures.YEAR).stream().map(p -> p.staff().id()).toList(),
                    true, LocalDate.of(2026, 3, 1));
            store.scores().set(UiFixtures.YEAR, "1", 3, "");
            YearsViewModel vm = new YearsViewModel(ctx);
            vm.reload();
            assertThat(vm.suggestedNewYear()).isEqualTo(2027);
            assertThat(vm.startYear("2027")).isEmpty();
            assertThat(ctx.year()).isEqualTo(2027);
            assertThat(store.staff().ofYear(2027)).hasSize(3).noneMatch(p -> p.signed());
            assertThat(store.departments().ofYear(2027)).hasSize(2);
            assertThat(vm.years()).extracting(YearsViewModel.YearLine::year).containsExactly(2027, 2026);
            vm.compare(2026, 2027);
            assertThat(vm.compareSummaryProperty().get()).contains("3 điểm").contains("0 điểm");
            assertThat(vm.comparison()).anySatisfy(l -> {
                assertThat(l.label()).isEqualTo("1");
                assertThat(l.a()).isEqualTo(3);
                assertThat(l.b()).isZero();
            });
        }
    }

    @Test
    void overviewUsesDataReadAtStartOnceThenReadsTheStore() {
        try (Store store = UiFixtures.smallUnit(dir)) {
            UiContext ctx = UiFixtures.context(store, "vi");
            int year = store.years().latest().orElseThrow();
            ctx.yearProperty().set(year);
            OverviewViewModel vm = new OverviewViewModel(ctx);
            store.scores().set(year, "1", 1, null);
            OverviewViewModel.Loaded early = OverviewViewModel.read(store, year);
            store.scores().set(year, "1", 3, null);
            vm.usePrefetched(early);
            vm.reload();
            assertThat(vm.totalPoints()).as("the data read at start").isEqualTo(early.score().total());
            vm.reload();
            assertThat(vm.totalPoints()).as("read again from the store").isEqualTo(early.score().total() + 2);

            store.years().start(year + 1);
            int next = store.score(year + 1).total();
            assertThat(next).isNotEqualTo(early.score().total());
            vm.usePrefetched(early);
            ctx.yearProperty().set(year + 1);
            vm.reload();
            assertThat(vm.totalPoints()).as("data of another year is not used").isEqualTo(next);
        }
    }
}
