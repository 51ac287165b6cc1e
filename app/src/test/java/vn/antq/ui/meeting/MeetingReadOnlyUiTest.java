package vn.antq.ui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.storage.ReadOnlyDisk;
import vn.antq.storage.Store;
import vn.antq.ui.AppController;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.Stores;
import vn.antq.ui.common.SyncTaskRunner;

/** Under the read-only banner the recorded meeting is shown and cannot be deleted (nor saved). */
@ExtendWith(ApplicationExtension.class)
class MeetingReadOnlyUiTest {
    @TempDir
    Path dir;
    Store store;
    byte[] before;

    @Start
    void start(Stage stage) throws Exception {
        AppTheme.install();
        try (Store s = UiFixtures.smallUnit(dir)) {
            s.meetings().saveMeeting(UiFixtures.YEAR, new ReviewMeeting(LocalDate.of(2026, 11, 5), null, null,
                    "Phòng họp tầng 2", List.of(), "", "", null, null, null));
        }
        before = Files.readAllBytes(dir.resolve("antq.db"));
        ReadOnlyDisk.on();
        store = Stores.open(dir);
        new AppController(stage, store, "vi", new SyncTaskRunner()).start();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        ReadOnlyDisk.off();
        assertThat(Files.readAllBytes(dir.resolve("antq.db"))).isEqualTo(before);
    }

    @Test
    void theDeleteButtonIsOffUnderTheReadOnlyBanner(FxRobot robot) {
        assertThat(store.readOnly()).isTrue();
        robot.clickOn("#nav-meeting");
        assertThat(robot.lookup("#meeting-location").queryAs(TextField.class).getText()).isEqualTo("Phòng họp tầng 2");
        Button delete = robot.lookup("#meeting-delete").queryButton();
        assertThat(delete.isDisabled()).isTrue();
        assertThat(robot.lookup("#meeting-save").queryButton().isDisabled()).isTrue();
        // still off after the screen's data arrived and it was laid out again
        robot.interact(() -> delete.getParent().requestLayout());
        assertThat(delete.isDisabled()).isTrue();
        assertThat(store.meetings().meeting(UiFixtures.YEAR)).isPresent();
    }
}
