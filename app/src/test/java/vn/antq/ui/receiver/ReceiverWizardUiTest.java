package vn.antq.ui.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.storage.ReceiverStore;
import vn.antq.storage.Store;
import vn.antq.ui.AppController;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.Stores;
import vn.antq.ui.common.SyncTaskRunner;

/** The first-start wizard offers the receiving role; choosing it makes the folder a receiver folder. */
@ExtendWith(ApplicationExtension.class)
class ReceiverWizardUiTest {
    @TempDir
    Path dir;
    AppController controller;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        Store store = Stores.open(dir);
        controller = new AppController(stage, store, "vi", new SyncTaskRunner());
        controller.start();
        stage.show();
    }

    @AfterEach
    void close() {
        controller.receiverStore().ifPresent(ReceiverStore::close);
        controller.store().close();
    }

    @Test
    void theWizardCreatesAReceiverFolder(FxRobot robot) {
        robot.clickOn("#wizard-receiver");
        assertThat(robot.lookup("#receiver-setup").tryQuery()).isPresent();
        robot.clickOn("#receiver-setup-create");
        assertThat(robot.lookup("#receiver-setup-error").queryLabeled().getText()).contains("Công an xã");
        robot.clickOn("#receiver-setup-police").write("Công an đặc khu Côn Đảo");
        robot.clickOn("#receiver-setup-head").write("Nguyễn Hữu Phước");
        robot.clickOn("#receiver-setup-create");

        assertThat(robot.lookup("#receiver").tryQuery()).isPresent();
        assertThat(controller.receiverStore()).isPresent();
        assertThat(controller.receiverStore().get().commune()).hasValueSatisfying(
                c -> assertThat(c.police()).isEqualTo("Công an đặc khu Côn Đảo"));
        assertThat(ReceiverStore.isReceiverFolder(dir)).isTrue();
    }
}
