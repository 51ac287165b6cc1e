package vn.antq.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.antq.domain.CancelledException;

/** The app's runner: one background thread in order, results on the FX thread, long work cancellable. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void workRunsInOrderOnOneThreadAndLongWorkCanBeCancelled() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        List<String> threads = new CopyOnWriteArrayList<>();
        List<Integer> order = new CopyOnWriteArrayList<>();
        AtomicReference<Boolean> onFx = new AtomicReference<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            runner.run(p -> {
                threads.add(Thread.currentThread().getName());
                Thread.sleep(5);
                return n;
            }, v -> {
                order.add(v);
                onFx.set(Platform.isFxApplicationThread());
            }, e -> { });
        }
        AtomicReference<Throwable> error = new AtomicReference<>();
        AtomicReference<Object> done = new AtomicReference<>();
        runner.runLong("Đang làm", p -> {
            for (int i = 0; i < 500; i++) {
                p.checkCancelled();
                p.update(i, 500, "bước " + i);
                Thread.sleep(10);
            }
            return "xong";
        }, done::set, error::set);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runner.busyProperty().get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runner.progressProperty().get() > 0.01);
        assertThat(runner.messageProperty().get()).startsWith("Đang làm");
        Platform.runLater(runner::cancelCurrent);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> error.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.get()).isInstanceOf(CancelledException.class);
        assertThat(done.get()).isNull();
        assertThat(runner.busyProperty().get()).isFalse();
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
        assertThat(threads).containsOnly("antq-worker");
        assertThat(onFx.get()).isTrue();
        runner.close();
    }
}
