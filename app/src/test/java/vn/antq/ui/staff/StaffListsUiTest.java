package vn.antq.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
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
import vn.antq.storage.Store;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.UiContext;

/** The import dialog with lists as offices keep them: the sheet picker, rows left out, TCVN3 shown converted. */
@ExtendWith(ApplicationExtension.class)
class StaffListsUiTest {
    @TempDir
    Path dir;
    Store store;
    UiContext ctx;
    StaffImportDialog dialog;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        store = UiFixtures.smallUnit(dir.resolve("data"));
        ctx = UiFixtures.context(store, "vi");
        ctx.setOwner(stage);
        dialog = new StaffImportDialog(ctx, () -> { });
        stage.setScene(new Scene(dialog.root(), 1100, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(StaffListsUiTest.class.getResource("/vn/antq/importer/fixtures/" + name).toURI());
    }

    @Test
    void theListSheetIsPickedRowsLeftOutAreListedAndAnotherSheetCanBeChosen(FxRobot robot) throws Exception {
        Path xls = fixture("truong-thcs.xls");
        robot.interact(() -> dialog.viewModel().open(xls));
        ComboBox<String> sheet = robot.lookup("#import-sheet").queryComboBox();
        assertThat(sheet.getItems()).containsExactly("Hướng dẫn", "Danh sách");
        assertThat(sheet.getValue()).isEqualTo("Danh sách");
        assertThat(sheet.getParent().isVisible()).isTrue();
        ListView<String> notes = robot.lookup("#import-notes").queryListView();
        assertThat(notes.getItems()).containsExactly(
                "Dòng 9 không nhập (dòng tổng cộng): Tổng cộng: 4 người",
                "Dòng 10 không nhập (phần ký tên cuối danh sách): Người lập biểu | HIỆU TRƯỞNG",
                "Dòng 11 không nhập (dòng dưới phần ký tên): Vũ Thị Lan | Đỗ Minh Quang");
        assertThat(dialog.viewModel().lines()).hasSize(4);
        robot.clickOn("#import-create-departments"); // the list's departments are new to this unit (issue 14)
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).isDisabled()).isFalse();

        robot.interact(() -> sheet.getSelectionModel().select("Hướng dẫn"));
        assertThat(dialog.viewModel().previewProperty().get().sheetName()).isEqualTo("Hướng dẫn");
        assertThat(dialog.viewModel().fileProblems()).isNotEmpty();
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aTcvn3ListShowsEachConvertedColumnBeforeAndAfter(FxRobot robot) throws Exception {
        Path tcvn3 = fixture("ds-tcvn3.xlsx");
        robot.interact(() -> dialog.viewModel().open(tcvn3));
        ListView<String> notes = robot.lookup("#import-notes").queryListView();
        assertThat(notes.getItems()).hasSize(3);
        assertThat(notes.getItems().get(0)).isEqualTo("Cột “Họ và tên” gõ bằng mã TCVN3 (ABC): đã chuyển 5 ô sang "
                + "Unicode — “danh s¸ch c¸n bé” → “DANH SÁCH CÁN BỘ”");
        assertThat(robot.lookup("#import-sheet").queryComboBox().getParent().isVisible()).isFalse();
        assertThat(dialog.viewModel().lines()).extracting(l -> l.cells().get(0))
                .containsExactly("Nguyễn Văn Hùng", "Trần Thị Bích", "Đặng Ngọc Ánh");
    }

    @Test
    void theConvertButtonTurnsPastedTcvn3IntoUnicodeAndLeavesUnicodeAlone(FxRobot robot) {
        TextField name = new TextField();
        name.setId("name");
        Button[] convert = new Button[1];
        robot.interact(() -> {
            convert[0] = LegacyTextButton.of(ctx, name);
            Stage s = new Stage();
            s.setScene(new Scene(new VBox(name, convert[0])));
            s.show();
        });
        assertThat(convert[0].getText()).isEqualTo("Chuyển _mã TCVN3/VNI"); // Alt+M
        robot.interact(() -> name.setText("Nguyễn Văn Hùng"));
        assertThat(convert[0].isDisabled()).isTrue();
        robot.interact(() -> name.setText("NguyÔn V¨n Hïng"));
        assertThat(convert[0].isDisabled()).isFalse();
        robot.interact(convert[0]::fire);
        assertThat(name.getText()).isEqualTo("Nguyễn Văn Hùng");
        robot.interact(() -> name.setText("Ñaëng Thò AÙnh"));
        robot.interact(convert[0]::fire);
        assertThat(name.getText()).isEqualTo("Đặng Thị Ánh");
        assertThat(convert[0].isDisabled()).isTrue();
    }
}
