package vn.antq.ui.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.Store;
import vn.antq.ui.AppController;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.SyncTaskRunner;

/**
 * A school under the provincial education department, its recognising body left to the data's default
 * ("Ủy ban nhân dân tỉnh, thành phố ……"): the Đơn vị screen warns under the name and Hồ sơ lists the
 * review's finding; once the name is typed and saved both are gone.
 */
@ExtendWith(ApplicationExtension.class)
class RecognisingBodyWarningUiTest {
    @TempDir
    Path dir;
    Store store;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        store = UiFixtures.smallUnit(dir);
        store.unit().update(new UnitProfile("Trường Trung học phổ thông Lê Quý Đôn", UnitType.CO_SO_GIAO_DUC,
                "Sở Giáo dục và Đào tạo tỉnh Đồng Nai", "", "Tân Lập", "Xã Tân Lập", "Công an xã Tân Lập", "", "", "",
                "", true, true, true));
        new AppController(stage, store, "vi", new SyncTaskRunner()).start();
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static boolean findingShown(FxRobot robot) {
        VBox box = robot.lookup("#dossier-findings").queryAs(VBox.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.startsWith("• Ủy ban nhân dân tỉnh, thành phố ……: Cơ quan công nhận"));
    }

    @Test
    void thePlaceholderIsFlaggedOnTheUnitScreenAndInTheReviewUntilNamed(FxRobot robot) {
        robot.clickOn("#nav-unit");
        Node warning = robot.lookup("#unit-recognising-body-warning").query();
        assertThat(warning.isVisible()).isTrue();
        assertThat(((Label) warning).getText()).contains("Hồ sơ sẽ in “Ủy ban nhân dân tỉnh, thành phố ……”");

        robot.clickOn("#nav-dossier");
        assertThat(findingShown(robot)).isTrue();

        robot.clickOn("#nav-unit");
        robot.interact(() -> robot.lookup("#unit-recognising-body-name").queryAs(TextField.class)
                .setText("Ủy ban nhân dân tỉnh Đồng Nai"));
        assertThat(robot.lookup("#unit-recognising-body-warning").query().isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#unit-save").queryButton().fire());
        assertThat(store.unit().profile().orElseThrow().recognisingBodyOrDefault().name())
                .isEqualTo("Ủy ban nhân dân tỉnh Đồng Nai");

        robot.clickOn("#nav-dossier");
        assertThat(findingShown(robot)).isFalse();
    }
}
