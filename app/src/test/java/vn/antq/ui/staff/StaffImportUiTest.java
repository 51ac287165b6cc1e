package vn.antq.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.ui.common.AppTheme;
import vn.antq.storage.Store;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.UiContext;

/** Importing a staff workbook with one bad row shows that row and saves nothing. */
@ExtendWith(ApplicationExtension.class)
class StaffImportUiTest {
    @TempDir
    Path dir;
    Store store;
    StaffImportDialog dialog;
    int reloads;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        store = UiFixtures.smallUnit(dir.resolve("data"));
        UiContext ctx = UiFixtures.context(store, "vi");
        ctx.setOwner(stage);
        dialog = new StaffImportDialog(ctx, () -> reloads++);
        stage.setScene(new Scene(dialog.root(), 1100, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Path workbook(Path file) throws Exception {
        Object[][] rows = {
            {"Họ và tên", "Phòng ban", "Chức vụ", "Ngày sinh"},
            {"Lê Thị Hoa", "Phòng Kế toán", "Kế toán viên", "12/04/1990"},
            {"", "Phòng Kế toán", "Thủ quỹ", "01/01/1985"},
            {"Phạm Quốc Huy", "Đội Bảo vệ", "Bảo vệ", "31/13/1992"},
            {"Võ Minh Khang", "Đội Bảo vệ", "Đội trưởng", ""},
        };
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Danh sách");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue((String) rows[r][c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void theBadRowIsShownAndNothingIsSaved(FxRobot robot) throws Exception {
        Path file = workbook(dir.resolve("can-bo.xlsx"));
        int before = store.staff().count();
        robot.interact(() -> dialog.viewModel().open(file));

        TableView<StaffImportViewModel.Line> table = robot.lookup("#import-table").queryTableView();
        assertThat(table.getItems()).hasSize(4);
        assertThat(table.getItems()).filteredOn(l -> !l.valid()).extracting(StaffImportViewModel.Line::rowNumber)
                .containsExactly(3, 4);
        StaffImportViewModel.Line bad = table.getItems().stream().filter(l -> l.rowNumber() == 3).findFirst()
                .orElseThrow();
        assertThat(bad.problems()).contains("Dòng 3").contains("Họ và tên");
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("4 dòng: 2 hợp lệ, 2 có lỗi, 0 lưu ý.");
        // the problems column shows the row's message
        assertThat(robot.lookup("Dòng 3: thiếu “Họ và tên”.").tryQuery()).isPresent();
        // with bad rows the import cannot start…
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).isDisabled()).isTrue();
        // …and forcing it is refused whole: nothing saved
        robot.interact(() -> dialog.viewModel().apply(() -> reloads++));
        assertThat(robot.lookup("#import-result").queryAs(Label.class).getText()).contains("Không nhập gì cả");
        assertThat(store.staff().count()).isEqualTo(before);
        assertThat(store.departments().list()).extracting(d -> d.name()).doesNotContain("Phòng Kế toán");
        assertThat(reloads).isZero();

        // choosing to skip the bad rows imports the two good ones in one go
        robot.clickOn("#import-skip-invalid");
        // the file names a department the unit does not have: creating it is a choice of its own
        assertThat(dialog.viewModel().planLines()).anyMatch(l -> l.contains("mục 8b"))
                .anyMatch(l -> l.contains("1 người mới") && l.contains("3 dòng lỗi hoặc chưa khớp"));
        robot.clickOn("#import-create-departments");
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#import-apply");
        assertThat(store.staff().count()).isEqualTo(before + 2);
        assertThat(reloads).isEqualTo(1);
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void theTemplateReadsBackWithEveryColumnAndNoRow(FxRobot robot) {
        Path template = dir.resolve("mau.xlsx");
        robot.interact(() -> dialog.viewModel().saveTemplate(template));
        assertThat(template).exists();
        assertThat(robot.lookup("#import-result").queryAs(Label.class).getText()).startsWith("Đã lưu mẫu");
        var preview = vn.antq.importer.StaffImport.preview(template);
        assertThat(preview.mapping().missingRequired()).isEmpty();
        assertThat(preview.rowCount()).isZero();
    }
}
