package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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
import vn.antq.ui.common.SyncTaskRunner;
import vn.antq.ui.dossier.DossierView;

/**
 * A name with a character no font of the PDF chain has (issue 15): the Hồ sơ screen names the person
 * before any export, and exporting the PDF asks first; the clerk can stop and nothing is written.
 */
@ExtendWith(ApplicationExtension.class)
class UnprintableNamesUiTest {
    /** A private-use character of plane 16: no font of any system draws it. */
    static final String NO_FONT = new String(Character.toChars(0x10FFFD));

    @TempDir
    Path dir;
    @TempDir
    Path out;
    Store store;
    AppController app;
    long odd;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        store = UiFixtures.smallUnit(dir);
        odd = store.staff().add("Lê Thị " + NO_FONT + "Hoa", "Kế toán", store.departments().list().get(0).id(), null, "").id();
        app = new AppController(stage, store, "vi", new SyncTaskRunner());
        app.start();
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theDossierScreenNamesThePersonAndAsksBeforeExportingThePdf(FxRobot robot) {
        robot.clickOn("#nav-dossier");
        Node card = robot.lookup("#dossier-unprintable").query();
        assertThat(card.isVisible()).isTrue();
        String lines = String.join("\n", card.lookupAll(".label").stream()
                .map(l -> ((Label) l).getText()).toList());
        assertThat(lines).contains("Tên không in trọn vẹn được vào PDF").contains("tên cán bộ")
                .contains("“Lê Thị " + NO_FONT + "Hoa”").contains("[U+");
        // the people whose names print whole are not named
        assertThat(lines).doesNotContain("Nguyễn Văn An").doesNotContain("Trần Thị Bình");

        robot.interact(() -> {
            var vm = ((DossierView) app.window().screen("dossier")).viewModel();
            vm.outputDirProperty().set(out);
            vm.acknowledgeFindings();
        });
        // the question waits for an answer (a nested event loop): pressed without waiting for it
        javafx.application.Platform.runLater(() -> robot.lookup("#dossier-pdf").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((Label) ask.getContent()).getText()).contains("Lê Thị " + NO_FONT + "Hoa")
                .contains("Vẫn xuất hồ sơ?");
        Button no = ask.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonBar.ButtonData.NO)
                .map(t -> (Button) ask.lookupButton(t)).findFirst().orElseThrow();
        robot.interact(no::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(out.toFile().list()).isEmpty();

        // an Excel workbook prints no PDF: not asked
        robot.interact(() -> robot.lookup("#dossier-xlsx").queryButton().fire());
        assertThat(out.toFile().list()).anySatisfy(f -> assertThat(f).endsWith(".xlsx"));
    }

    @Test
    void noWarningWhenEveryNamePrints(FxRobot robot) {
        store.staff().delete(odd);
        robot.clickOn("#nav-dossier");
        assertThat(robot.lookup("#dossier-unprintable").query().isVisible()).isFalse();
    }
}
