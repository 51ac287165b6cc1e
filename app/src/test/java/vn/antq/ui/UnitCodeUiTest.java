package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.domain.DomainException;
import vn.antq.storage.Store;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.SyncTaskRunner;

/**
 * The unit code (mã số thuế / mã đơn vị, issue 16, stored since V5) on the Đơn vị screen: shown,
 * edited, saved with the rest of the profile in one write; a code the store would refuse is refused
 * at the form with the store's words and nothing is saved; emptied, the code is cleared.
 */
@ExtendWith(ApplicationExtension.class)
class UnitCodeUiTest {
    @TempDir
    Path dir;
    Store store;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        store = UiFixtures.smallUnit(dir);
        store.unit().update(store.unit().profile().orElseThrow().withCode("0101234567"));
        new AppController(stage, store, "vi", new SyncTaskRunner()).start();
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theCodeIsShownEditedValidatedAndSaved(FxRobot robot) {
        robot.clickOn("#nav-unit");
        TextField code = robot.lookup("#unit-code").queryAs(TextField.class);
        assertThat(code.getText()).isEqualTo("0101234567");

        // a code with a character a code never has: refused at the form, nothing saved
        robot.interact(() -> code.setText("0101234567#1"));
        robot.interact(() -> robot.lookup("#unit-save").queryButton().fire());
        assertThat(robot.lookup(".antq-warn").queryAllAs(Label.class)).anySatisfy(l -> assertThat(l.getText())
                .contains("“0101234567#1” không hợp lệ").contains("tối đa 40 ký tự"));
        assertThat(store.unit().profile().orElseThrow().code()).isEqualTo("0101234567");

        // a branch's tax code, typed with stray spaces: cleaned and saved with the other fields
        robot.interact(() -> {
            code.setText("  0101234567-001 ");
            robot.lookup("#unit-address").queryAs(TextField.class).setText("Số 1 Lê Lợi");
        });
        robot.interact(() -> robot.lookup("#unit-save").queryButton().fire());
        assertThat(store.unit().profile().orElseThrow().code()).isEqualTo("0101234567-001");
        assertThat(store.unit().profile().orElseThrow().address()).isEqualTo("Số 1 Lê Lợi");
        assertThat(code.getText()).isEqualTo("0101234567-001");

        // emptied: the unit has no code any more (the commune police know it by its name)
        robot.interact(code::clear);
        robot.interact(() -> robot.lookup("#unit-save").queryButton().fire());
        assertThat(store.unit().profile().orElseThrow().codeOrEmpty()).isEmpty();
    }

    @Test
    void theStoreRefusesTheSameCodesForEveryCaller() {
        var unit = store.unit().profile().orElseThrow();
        assertThatThrownBy(() -> store.unit().update(unit.withCode("<script>"))).isInstanceOf(DomainException.class)
                .hasMessageContaining("không hợp lệ");
        assertThatThrownBy(() -> store.unit().update(unit.withCode("1".repeat(41)))).isInstanceOf(DomainException.class);
        assertThat(store.unit().profile().orElseThrow().code()).isEqualTo("0101234567");
        assertThat(store.unit().update(unit.withCode("THPT.01/2024")).code()).isEqualTo("THPT.01/2024");
    }
}
