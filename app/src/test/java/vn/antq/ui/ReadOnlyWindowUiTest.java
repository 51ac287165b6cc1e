package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.storage.ReadOnlyDisk;
import vn.antq.storage.Store;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.Stores;
import vn.antq.ui.common.SyncTaskRunner;
import vn.antq.ui.dossier.DossierView;

/**
 * A data folder that cannot be written (a write-protected USB stick, a folder without rights) opens
 * in the window for reading: a Vietnamese banner says changes cannot be saved and why, the save, add
 * and delete actions are off, and what only reads (search, export) still works.
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyWindowUiTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;
    Store store;
    byte[] before;
    AppController app;

    @Start
    void start(Stage stage) throws Exception {
        AppTheme.install();
        UiFixtures.smallUnit(dir).close();
        before = Files.readAllBytes(dir.resolve("antq.db"));
        ReadOnlyDisk.on();
        store = Stores.open(dir);
        app = new AppController(stage, store, "vi", new SyncTaskRunner());
        app.start();
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        ReadOnlyDisk.off();
        // nothing the window did changed the database
        assertThat(Files.readAllBytes(dir.resolve("antq.db"))).isEqualTo(before);
    }

    private boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Node.class).isDisabled();
    }

    @Test
    void theBannerSaysChangesCannotBeSavedAndWhyAndSavingIsOff(FxRobot robot) {
        assertThat(store.readOnly()).isTrue();
        Node banner = robot.lookup("#read-only-banner").query();
        assertThat(banner.isVisible()).isTrue();
        String text = robot.lookup("#read-only-text").queryAs(Label.class).getText();
        assertThat(text).contains(dir.toAbsolutePath().normalize().toString()).contains("chỉ cho phép đọc")
                .contains("không thể lưu").contains("khóa ghi");
        // in sight: inside the window, above the screens
        assertThat(banner.localToScene(banner.getBoundsInLocal()).getMaxY())
                .isLessThan(robot.lookup("#content").query().localToScene(0, 0).getY() + 1);
        MenuItem save = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-save".equals(i.getId())).findFirst().orElseThrow();
        assertThat(save.isDisable()).isTrue();

        robot.clickOn("#nav-unit");
        TextField name = robot.lookup("#unit-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Công ty Cổ phần Hòa Bình");
        assertThat(name.isEditable()).isFalse();
        assertThat(disabled(robot, "#unit-save")).isTrue();
        assertThat(disabled(robot, "#unit-type")).isTrue();
        robot.clickOn(name).type(KeyCode.A).press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(name.getText()).isEqualTo("Công ty Cổ phần Hòa Bình");

        robot.clickOn("#nav-departments");
        assertThat(disabled(robot, "#departments-register-all")).isTrue();
        assertThat(disabled(robot, "#department-add")).isTrue();
        assertThat(disabled(robot, "#unit-registered")).isTrue();

        robot.clickOn("#nav-staff");
        TableView<?> table = robot.lookup("#staff-table").queryTableView();
        assertThat(table.isEditable()).isFalse();
        assertThat(disabled(robot, "#staff-mark-signed")).isTrue();
        assertThat(disabled(robot, "#staff-import")).isTrue();
        // every pledge check box of the table (rows are made by the table) is off too
        assertThat(table.lookupAll(".check-box")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.isDisabled()).as("pledge box").isTrue());
        // reading still works: search without accents
        robot.clickOn("#staff-search").write("binh");
        assertThat(table.getItems()).hasSize(1);
        assertThat(disabled(robot, "#staff-department-filter")).isFalse();

        robot.clickOn("#nav-scoring");
        assertThat(robot.lookup("#points-1").queryAs(TextField.class).isEditable()).isFalse();

        robot.clickOn("#nav-backup");
        java.util.Set<Node> buttons = robot.lookup("#screen-backup").queryAs(Node.class).lookupAll(".button");
        assertThat(buttons).isNotEmpty().allSatisfy(b -> assertThat(b.isDisabled()).isTrue());
    }

    @Test
    void theDossierStillExportsFromAReadOnlyFolder(FxRobot robot) {
        robot.clickOn("#nav-dossier");
        assertThat(disabled(robot, "#dossier-xlsx")).isFalse();
        assertThat(disabled(robot, "#dossier-pdf")).isFalse();
        robot.interact(() -> {
            var vm = ((DossierView) app.window().screen("dossier")).viewModel();
            vm.outputDirProperty().set(out);
            vm.acknowledgeFindings();
        });
        // below the fold at 1280×720: pressed as the keyboard would
        robot.interact(() -> robot.lookup("#dossier-xlsx").queryButton().fire());
        assertThat(robot.lookup("#dossier-result").queryAs(Label.class).getText()).contains(out.toString());
        assertThat(out.toFile().list()).anySatisfy(f -> assertThat(f).endsWith(".xlsx"));
    }
}
