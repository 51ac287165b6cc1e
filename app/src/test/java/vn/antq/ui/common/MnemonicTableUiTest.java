package vn.antq.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Alt + a letter reaches the visible button with that letter, whatever the case it is written in and
 * whatever buttons with the same letter in the other case came and went in the same scene (JavaFX alone
 * stops at the first entry of its table matching the letter, which may be an empty or a hidden one).
 * Each case is run both ways round ('b' then 'B', 'B' then 'b'): the two keys share a bucket of
 * JavaFX's hash table, so the one registered first is the one JavaFX finds.
 */
@ExtendWith(ApplicationExtension.class)
class MnemonicTableUiTest {
    VBox root;
    final List<String> pressed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        root = new VBox(8);
        Scene scene = new Scene(root, 400, 300);
        MnemonicTable.keepTidy(scene);
        stage.setScene(scene);
        stage.show();
    }

    private Button button(String text) {
        Button b = new Button(text);
        b.setOnAction(e -> pressed.add(b.getText()));
        return b;
    }

    private void altAnd(FxRobot robot, KeyCode letter) {
        robot.press(KeyCode.ALT).type(letter).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @CsvSource({"Phục hồi _bản đã chọn, _Bắt đầu năm mới", "_Bắt đầu năm mới, Phục hồi _bản đã chọn"})
    void aButtonThatLeftTheSceneDoesNotSwallowItsLetter(String gone, String shown, FxRobot robot) {
        robot.interact(() -> root.getChildren().setAll(button(gone)));
        robot.interact(() -> root.getChildren().setAll(button(shown))); // another screen in the same scene
        WaitForAsyncUtils.waitForFxEvents();
        altAnd(robot, KeyCode.B);
        assertThat(pressed).containsExactly(shown);
    }

    @ParameterizedTest
    @CsvSource({"Phục hồi _bản đã chọn, _Bắt đầu năm mới", "_Bắt đầu năm mới, Phục hồi _bản đã chọn"})
    void aHiddenButtonWithTheLetterInTheOtherCaseDoesNotHideTheVisibleOne(String hidden, String shown,
            FxRobot robot) {
        robot.interact(() -> {
            Button h = button(hidden);
            h.setVisible(false); // a tab not selected, a collapsed pane
            root.getChildren().setAll(h, button(shown));
        });
        WaitForAsyncUtils.waitForFxEvents();
        altAnd(robot, KeyCode.B);
        assertThat(pressed).containsExactly(shown);
    }

    @Test
    void aButtonRemovedAndAddedAgainStillAnswersAndEmptyEntriesGo(FxRobot robot) {
        Button back = button("Thê_m");
        robot.interact(() -> root.getChildren().setAll(back, button("_Mở tệp")));
        robot.interact(() -> root.getChildren().setAll(button("_Xóa")));
        robot.interact(() -> root.getChildren().setAll(back));
        WaitForAsyncUtils.waitForFxEvents();
        altAnd(robot, KeyCode.M);
        assertThat(pressed).containsExactly("Thê_m");
        assertThat(root.getScene().getMnemonics().values()).allSatisfy(l -> assertThat(l).isNotEmpty());
        assertThat(root.getScene().getMnemonics()).hasSize(1);
    }
}
