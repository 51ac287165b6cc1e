package vn.antq.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.antq.storage.ReadOnlyDisk;
import vn.antq.storage.Store;
import vn.antq.ui.AppController;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.Stores;
import vn.antq.ui.common.SyncTaskRunner;

/**
 * Files dropped on Minh chứng's drop zone: taken in a writable data folder; in one that can only be
 * read (the read-only banner) the drag is not accepted, a drop adds nothing and the zone says why,
 * like every other save action there — the database is left byte for byte as it was.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceDropUiTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    Stage stage;
    Store store;
    byte[] before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppTheme.install();
    }

    /** The window on the small unit, the data folder writable or not. */
    private void open(FxRobot robot, boolean readOnly) throws Exception {
        UiFixtures.smallUnit(dir).close();
        before = Files.readAllBytes(dir.resolve("antq.db"));
        if (readOnly) {
            ReadOnlyDisk.on();
        }
        store = Stores.open(dir);
        robot.interact(() -> {
            AppController app = new AppController(stage, store, "vi", new SyncTaskRunner());
            app.start();
            stage.setWidth(1280);
            stage.setHeight(720);
            stage.show();
        });
        robot.clickOn("#nav-evidence");
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        ReadOnlyDisk.off();
    }

    private List<File> aScan() throws Exception {
        return List.of(Files.writeString(files.resolve("bien-ban-hop.pdf"), "%PDF-1.4 biên bản").toFile());
    }

    @Test
    void aFileDroppedInAWritableFolderIsAdded(FxRobot robot) throws Exception {
        open(robot, false);
        Node zone = robot.lookup("#evidence-drop").query();
        List<File> scan = aScan();
        AtomicReference<TransferMode> accepted = new AtomicReference<>();
        AtomicBoolean completed = new AtomicBoolean();
        robot.interact(() -> {
            accepted.set(FileDrops.dragOver(zone, scan));
            completed.set(FileDrops.drop(zone, scan));
        });
        assertThat(accepted.get()).isEqualTo(TransferMode.COPY);
        assertThat(completed.get()).isTrue();
        assertThat(store.evidence().list()).extracting(f -> f.originalName()).containsExactly("bien-ban-hop.pdf");
        assertThat(robot.lookup("#evidence-drop-text").queryAs(Label.class).getText()).startsWith("Kéo thả tệp");
    }

    @Test
    void aFileDroppedInAReadOnlyFolderIsRefusedInTheWindow(FxRobot robot) throws Exception {
        open(robot, true);
        assertThat(store.readOnly()).isTrue();
        Node zone = robot.lookup("#evidence-drop").query();
        Label text = robot.lookup("#evidence-drop-text").queryAs(Label.class);
        // the zone says why nothing can be added, instead of inviting a drop
        assertThat(text.getText()).contains("chỉ cho phép đọc").contains("không thêm được tệp minh chứng")
                .doesNotContain("Kéo thả tệp vào đây");
        assertThat(text.isVisible()).isTrue();
        assertThat(robot.lookup("#evidence-choose").queryButton().isDisabled()).isTrue();
        List<File> scan = aScan();
        AtomicReference<TransferMode> accepted = new AtomicReference<>(TransferMode.MOVE);
        robot.interact(() -> accepted.set(FileDrops.dragOver(zone, scan)));
        assertThat(accepted.get()).as("drag accepted").isNull();
        // dropped all the same (the system may deliver it): not from inside interact, so that an error
        // dialog opened by a store refusal (the old behaviour) fails the test instead of blocking it
        AtomicReference<Boolean> completed = new AtomicReference<>();
        Platform.runLater(() -> completed.set(FileDrops.drop(zone, scan)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(completed.get()).as("drop completed").isFalse();
        assertThat(zone.getStyleClass()).doesNotContain("drag-over");
        // no error dialog: the refusal is the zone's, nothing reached the store
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(store.evidence().list()).isEmpty();
        assertThat(dir.resolve("evidence").toFile().list()).isNullOrEmpty();
        assertThat(Files.readAllBytes(dir.resolve("antq.db"))).isEqualTo(before);
    }
}
