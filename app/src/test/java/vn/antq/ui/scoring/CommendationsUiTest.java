package vn.antq.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.CommendationStanding;
import vn.antq.storage.AuditArea;
import vn.antq.storage.Store;
import vn.antq.ui.DateCellRobot;
import vn.antq.ui.ScreenFixture;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.Cells;

/**
 * Issue 13 point 2: the kind (đột xuất) and date of each commendation are entered on the Khen thưởng
 * tab; item 9 counts only extraordinary commendations inside the period (16/11/2025 – 15/11/2026),
 * and the list says why one does not count. A real store, the real screen, headless.
 */
@ExtendWith(ApplicationExtension.class)
class CommendationsUiTest {
    private static final int YEAR = UiFixtures.YEAR;

    @TempDir
    Path dir;
    ScreenFixture<ScoringView> screen;
    Store store;

    @Start
    void start(Stage stage) {
        screen = ScreenFixture.show(stage, UiFixtures.smallUnit(dir), ScoringView::new, 1280, 700);
        store = screen.store();
    }

    @AfterEach
    void close() {
        screen.close();
    }

    private TableView<CommendationsViewModel.Row> table(FxRobot robot) {
        return ScreenFixture.table(robot, "#commendations-table");
    }

    private void add(FxRobot robot, String title, String date, boolean extraordinary) {
        TextField t = robot.lookup("#commendation-title").queryAs(TextField.class);
        robot.clickOn(t).write(title);
        DatePicker d = robot.lookup("#commendation-date").queryAs(DatePicker.class);
        robot.clickOn(d.getEditor());
        robot.interact(() -> d.getEditor().selectAll());
        robot.write(date);
        CheckBox box = robot.lookup("#commendation-extraordinary").queryAs(CheckBox.class);
        if (box.isSelected() != extraordinary) {
            robot.clickOn(box);
        }
        robot.clickOn("#commendation-add");
    }

    private String standing(FxRobot robot, int row) {
        return table(robot).getItems().get(row).standingProperty().get();
    }

    @Test
    void item9CountsOnlyExtraordinaryCommendationsInThePeriodAndSaysWhy(FxRobot robot) {
        robot.clickOn("Khen thưởng (mục 9)");
        assertThat(robot.lookup("#commendation-extraordinary").queryAs(CheckBox.class).isSelected())
                .as("a new commendation is not extraordinary unless ticked").isFalse();

        add(robot, "Giấy khen đột xuất", "10/05/2026", true);
        DateCellRobot.waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(standing(robot, 0)).isEqualTo("Được tính");
        Commendation first = store.scores().commendations(YEAR).get(0);
        assertThat(first.extraordinary()).isTrue();
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(first.kind()).isEqualTo(CommendationKind.COLLECTIVE);

        add(robot, "Giấy khen tổng kết năm", "20/12/2025", false);
        DateCellRobot.waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(standing(robot, 1)).isEqualTo("Không tính: mục 9 chỉ tính khen thưởng đột xuất");

        add(robot, "Bằng khen đột xuất năm trước", "10/11/2025", true);
        DateCellRobot.waitUntil(() -> table(robot).getItems().size() == 3);
        assertThat(standing(robot, 2))
                .isEqualTo("Không tính: ngày quyết định ngoài kỳ đánh giá (16/11/2025 – 15/11/2026)");
        assertThat(store.facts(YEAR).collectiveCommendations()).isEqualTo(1);

        // an impossible date: refused at the field, nothing added
        add(robot, "Giấy khen", "31/04/2026", true);
        assertThat(DateCellRobot.text(robot, "#commendation-date-message"))
                .isEqualTo("“31/04/2026” không phải ngày có thật. Hãy ghi ngày/tháng/năm, ví dụ 15/03/2026.");
        assertThat(store.scores().commendations(YEAR)).hasSize(3);

        // the routine one was extraordinary after all: ticked in the list, it counts
        TableCell<?, ?> box = DateCellRobot.cell(robot, "#commendations-table", 1, "col-extraordinary");
        robot.clickOn(robot.from(box).lookup(".check-box").queryAs(CheckBox.class));
        DateCellRobot.waitUntil(() -> store.facts(YEAR).collectiveCommendations() == 2);
        assertThat(standing(robot, 1)).isEqualTo("Được tính");
        assertThat(table(robot).getItems().get(1).standing()).isEqualTo(CommendationStanding.COUNTED);

        // the one before the period, redated inside it in the list, counts too (item 9 is capped at 3)
        var cell = DateCellRobot.open(robot, "#commendations-table", 2, "col-commendation-date");
        DateCellRobot.typeInto(robot, cell, "16/11/2025");
        DateCellRobot.waitUntil(() -> store.facts(YEAR).collectiveCommendations() == 3);
        assertThat(standing(robot, 2)).isEqualTo("Được tính");
        assertThat(store.score(YEAR).points()).containsEntry("9", 3);
        assertThat(store.audit().ofYear(YEAR)).filteredOn(a -> a.area() == AuditArea.COMMENDATION)
                .extracting(a -> a.oldValue() + " → " + a.newValue())
                .containsExactly("thường 2025-12-20 → đột xuất 2025-12-20",
                        "đột xuất 2025-11-10 → đột xuất 2025-11-16");
    }

    /**
     * At 1280x720 the screen has 1090x610 beside the navigation and under the header: the explanation, the
     * date field's name and hint, the column titles and every cell of a long commendation are read whole
     * (wrapped where long), none cut with "…".
     */
    @Test
    void nothingAClerkReadsIsCutInTheMainWindowsRoomAt1280x720(FxRobot robot) {
        store.scores().addCommendation(YEAR, CommendationKind.COLLECTIVE, "Bằng khen đột xuất năm trước",
                "Trường Trung học phổ thông Nguyễn Thị Minh Khai", "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai",
                "1234/QĐ-UBND", LocalDate.of(2025, 11, 10), true);
        robot.interact(() -> {
            javafx.stage.Window w = robot.lookup("#score-total").query().getScene().getWindow();
            w.setWidth(1090);
            w.setHeight(610);
            screen.view().onShow();
        });
        robot.clickOn("Khen thưởng (mục 9)");
        TableView<CommendationsViewModel.Row> table = table(robot);
        // laid out in the window's new size
        DateCellRobot.waitUntil(() -> table.getItems().size() == 1 && table.getWidth() > 0 && table.getWidth() < 1090);
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> table.getScene().getRoot().layout());
        }
        // every column on screen: none pushed off the table's right edge
        assertThat(table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum())
                .isLessThanOrEqualTo(table.getWidth());
        assertThat(standing(robot, 0))
                .isEqualTo("Không tính: ngày quyết định ngoài kỳ đánh giá (16/11/2025 – 15/11/2026)");
        javafx.scene.Node tab = table.getParent();
        java.util.function.Predicate<Labeled> isCut = l -> l.isVisible() && l.getText() != null
                && !l.getText().isEmpty() && Cells.isCut(l);
        List<String> cut = robot.from(tab).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof Labeled)
                .queryAllAs(Labeled.class).stream().filter(isCut)
                .map(Labeled::getText).toList();
        assertThat(cut).isEmpty();
        // the date field shows its format as its hint, and its name beside it
        DatePicker date = robot.lookup("#commendation-date").queryAs(DatePicker.class);
        assertThat(date.getPromptText()).isEqualTo("dd/MM/yyyy");
        assertThat(robot.from(tab).lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getLabelFor() == date).map(Label::getText)).containsExactly("Ngày quyết định");
    }
}
