package vn.antq.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.scoring.Classification;
import vn.antq.storage.Store;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.UiContext;

/** The scoring sheet without a toolkit, on a real store. */
class ScoringViewModelTest {
    @TempDir
    Path dir;

    @Test
    void pointsChangeTheTotalAndAreSavedOverMaximumIsRefused() {
        try (Store store = UiFixtures.smallUnit(dir)) {
            UiContext ctx = UiFixtures.context(store, "vi");
            ScoringViewModel vm = ScoringViewModel.forStore(ctx);
            vm.reload(() -> { });
            assertThat(vm.total()).isZero();
            assertThat(vm.levelProperty().get()).isEqualTo(Classification.YEU);
            assertThat(vm.levelTextProperty().get()).isEqualTo("Yếu");

            assertThat(vm.setPointsText("1", "3")).isEmpty();
            assertThat(vm.setPointsText("7", "10")).isEmpty();
            assertThat(vm.total()).isEqualTo(13);
            assertThat(vm.row("4").orElseThrow().points()).isZero();
            assertThat(vm.setPointsText("4a", "1")).isEmpty();
            assertThat(vm.row("4").orElseThrow().points()).isEqualTo(1);
            assertThat(vm.total()).isEqualTo(14);

            // over the maximum: refused with the engine's message, nothing changes
            assertThat(vm.setPointsText("1", "4")).hasValueSatisfying(m -> assertThat(m).contains("vượt quá"));
            assertThat(vm.setPointsText("1", "1.5")).isPresent();
            assertThat(vm.setPointsText("1", "abc")).isPresent();
            assertThat(vm.row("1").orElseThrow().points()).isEqualTo(3);
            assertThat(vm.total()).isEqualTo(14);

            vm.setNote("1", "  Nghị quyết số 02-NQ/CB ");
            assertThat(store.scores().ofYear(UiFixtures.YEAR)).anySatisfy(s -> {
                assertThat(s.code()).isEqualTo("1");
                assertThat(s.points()).isEqualTo(3);
                assertThat(s.note()).isEqualTo("Nghị quyết số 02-NQ/CB");
            });
            assertThat(store.score(UiFixtures.YEAR).total()).isEqualTo(14);

            // a fresh sheet reads back what was saved
            ScoringViewModel again = ScoringViewModel.forStore(ctx);
            again.reload(() -> { });
            assertThat(again.total()).isEqualTo(14);
            assertThat(again.row("1").orElseThrow().noteProperty().get()).isEqualTo("Nghị quyết số 02-NQ/CB");
        }
    }

    @Test
    void derivedItemsAreReadOnlyAndSayWhereTheyComeFrom() {
        try (Store store = UiFixtures.smallUnit(dir)) {
            UiContext ctx = UiFixtures.context(store, "vi");
            ScoringViewModel vm = ScoringViewModel.forStore(ctx);
            vm.reload(() -> { });
            assertThat(vm.row("8b").orElseThrow().editable()).isFalse();
            assertThat(vm.setPoints("8b", 2)).isPresent();
            assertThat(vm.row("8b").orElseThrow().sourceProperty().get()).contains("0/2 phòng ban");
            assertThat(vm.row("8a").orElseThrow().sourceProperty().get()).contains("chưa đăng ký");
        }
    }
}
