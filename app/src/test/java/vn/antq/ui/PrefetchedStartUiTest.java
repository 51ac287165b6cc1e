package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.antq.storage.Store;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.TaskRunner;
import vn.antq.ui.common.Work;
import vn.antq.ui.overview.OverviewViewModel;

/**
 * The start-up path of the real app: what the first frame needs is read before the window exists, the
 * overview arrives while the window is built, and the window opens on the year's figures.
 */
@ExtendWith(ApplicationExtension.class)
class PrefetchedStartUiTest {
    @TempDir
    Path dir;
    Store store;
    CompletableFuture<OverviewViewModel.Loaded> overview = new CompletableFuture<>();
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppTheme.install();
        store = UiFixtures.smallUnit(dir);
        UiFixtures.passingChecklist(store);
        AppController.Startup startup = AppController.prepare(store);
        // a runner that never runs anything: whatever the window shows was read before it was built
        new AppController(stage, store, "vi", new HeldRunner()).start(startup, overview);
        stage.show();
        // read on another thread, after the window was built (as the app's opening thread does)
        CompletableFuture.runAsync(() -> overview.complete(AppController.prefetchOverview(store, startup)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theWindowOpensOnTheOverviewWithTheYearsFigures(FxRobot robot) throws Exception {
        // the stage is shown at once; its scene comes with the data
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#overview-total").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // 8a (registered) + 8c (checklist passes) = 51 points
        assertThat(robot.lookup("#overview-total").queryAs(Label.class).getText()).isEqualTo("51/100 điểm");
        assertThat(robot.lookup("#overview-level").queryAs(Label.class).getText()).isEqualTo("Trung bình");
        assertThat(robot.lookup("#header-unit").queryAs(Label.class).getText()).isNotBlank();
        // a bar per rubric item, filled to its share of the maximum: item 8 has 51 of 53
        ProgressBar item8 = robot.lookup("#overview-item-8").queryAs(ProgressBar.class);
        assertThat(item8.getProgress()).isCloseTo(51.0 / 53, within(1e-9));
        assertThat(item8.getAccessibleText()).startsWith("Mục 8, Đăng ký, đạt tiêu chuẩn").endsWith("51 trên 53 điểm");
        assertThat(robot.lookup("#overview-item-1").queryAs(ProgressBar.class).getProgress()).isZero();
    }

    /** Holds work instead of running it. */
    static final class HeldRunner implements TaskRunner {
        @Override
        public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        }

        @Override
        public <T> void runLong(String title, Work<T> work, Consumer<? super T> onSuccess,
                Consumer<Throwable> onError) {
        }
    }
}
