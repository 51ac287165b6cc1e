package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.ui.common.AppTheme;
import vn.antq.domain.UnitType;
import vn.antq.storage.Store;
import vn.antq.ui.common.Stores;
import vn.antq.ui.common.SyncTaskRunner;

/** An empty data folder opens on the first-start wizard, which creates the unit and its year. */
@ExtendWith(ApplicationExtension.class)
class FirstStartUiTest {
    @TempDir
    Path dir;
    Store store;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        store = Stores.open(dir);
        new AppController(stage, store, "vi", new SyncTaskRunner()).start();
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theWizardCreatesTheUnitAndOpensTheMainWindow(FxRobot robot) {
        assertThat(robot.lookup("#first-start").tryQuery()).isPresent();
        robot.clickOn("#wizard-create");
        assertThat(robot.lookup("#wizard-error").queryAs(Label.class).getText()).isEqualTo("Hãy nhập tên đơn vị.");
        robot.clickOn("#wizard-name").write("Trường THPT Nguyễn Trãi");
        ComboBox<UnitType> type = robot.lookup("#wizard-type").queryComboBox();
        robot.interact(() -> type.setValue(UnitType.CO_SO_GIAO_DUC));
        robot.clickOn("#wizard-police").write("Công an phường Tân Lập");
        robot.clickOn("#wizard-year").eraseText(4).write("2026");
        robot.clickOn("#wizard-create");

        assertThat(store.unit().profile()).hasValueSatisfying(u -> {
            assertThat(u.name()).isEqualTo("Trường THPT Nguyễn Trãi");
            assertThat(u.type()).isEqualTo(UnitType.CO_SO_GIAO_DUC);
            assertThat(u.communePolice()).isEqualTo("Công an phường Tân Lập");
        });
        assertThat(store.years().get(2026)).isPresent();
        assertThat(robot.lookup("#main-window").tryQuery()).isPresent();
        assertThat(robot.lookup("#header-unit").queryAs(Label.class).getText()).isEqualTo("Trường THPT Nguyễn Trãi");
        assertThat(robot.lookup("#overview-total").queryAs(Label.class).getText()).isEqualTo("0/100 điểm");
    }
}
