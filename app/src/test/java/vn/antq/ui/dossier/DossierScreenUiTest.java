package vn.antq.ui.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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
import vn.antq.ui.DateCellRobot;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.UiContext;

/**
 * Issue 13, done-when: the Hồ sơ screen's document date (typed or picked, kept with the year, shown
 * again when the screen is opened again, warned about after 20/11) and its review list (a strike in
 * the period with 5c scored shows its finding; export asks once and is never blocked). A real store
 * in a temporary folder, the real screen, headless.
 */
@ExtendWith(ApplicationExtension.class)
class DossierScreenUiTest {
    private static final int YEAR = UiFixtures.YEAR;

    @TempDir
    Path dir;
    Store store;
    UiContext ctx;
    Stage stage;
    DossierView view;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        this.stage = stage;
        store = UiFixtures.smallUnit(dir.resolve("data"));
        UiFixtures.passingChecklist(store);
        ctx = UiFixtures.context(store, "vi");
        ctx.setOwner(stage);
        stage.setScene(new Scene(new VBox(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Opens the Hồ sơ screen afresh (as a visit from the navigation does), writing into {@code out}. */
    private void openScreen(FxRobot robot) {
        robot.interact(() -> {
            view = new DossierView(ctx);
            stage.setScene(new Scene((javafx.scene.Parent) view.view(), 1200, 800));
            view.onShow();
            view.viewModel().outputDirProperty().set(dir.resolve("out"));
        });
    }

    private DatePicker datePicker(FxRobot robot) {
        return robot.lookup("#dossier-date").queryAs(DatePicker.class);
    }

    private String warning(FxRobot robot) {
        return robot.lookup("#dossier-date-warning").queryAs(Label.class).getText();
    }

    @Test
    void theDocumentDateIsTypedOrPickedKeptWithTheYearAndWarnedAboutAfter20November(FxRobot robot) {
        openScreen(robot);
        DatePicker date = datePicker(robot);
        DateCellRobot.typeInto(robot, date, "25/11/2026");
        assertThat(view.viewModel().documentDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(warning(robot)).contains("sau hạn gửi hồ sơ đề nghị công nhận (20/11/2026); hồ sơ vẫn được xuất");

        DateCellRobot.typeInto(robot, date, "18/11/2026");
        assertThat(view.viewModel().documentDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(warning(robot)).isEmpty();
        export(robot, "#dossier-xlsx");
        DateCellRobot.waitUntil(() -> view.viewModel().resultProperty().get() != null);
        assertThat(store.years().documentDate(YEAR)).contains(LocalDate.of(2026, 11, 18));

        // opened again: the date kept with the year, not today
        openScreen(robot);
        date = datePicker(robot);
        assertThat(date.getEditor().getText()).isEqualTo("18/11/2026");
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 11, 18));

        // picked in the calendar, after 20/11: warned, still exported, kept
        DateCellRobot.pick(robot, date, LocalDate.of(2026, 11, 24));
        assertThat(view.viewModel().documentDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(warning(robot)).contains("(20/11/2026)");
        export(robot, "#dossier-xlsx");
        DateCellRobot.waitUntil(() -> view.viewModel().resultProperty().get() != null);
        assertThat(store.years().documentDate(YEAR)).contains(LocalDate.of(2026, 11, 24));
        openScreen(robot);
        assertThat(datePicker(robot).getEditor().getText()).isEqualTo("24/11/2026");
        assertThat(warning(robot)).contains("(20/11/2026)");
    }

    @Test
    void anImpossibleDocumentDateOrTextIsRefusedAtTheFieldAndNothingIsSaved(FxRobot robot) {
        openScreen(robot);
        DatePicker date = datePicker(robot);
        DateCellRobot.typeInto(robot, date, "18/11/2026");
        assertThat(view.viewModel().documentDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(DateCellRobot.text(robot, "#dossier-date-message")).isEmpty();

        // a day that does not exist: said at the field, the date stays as it was
        DateCellRobot.typeInto(robot, date, "31/02/2026");
        assertThat(DateCellRobot.text(robot, "#dossier-date-message"))
                .isEqualTo("“31/02/2026” không phải ngày có thật. Hãy ghi ngày/tháng/năm, ví dụ 15/03/2026.");
        assertThat(robot.lookup("#dossier-date-message").queryAs(Label.class).isVisible()).isTrue();
        assertThat(view.viewModel().documentDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 18));

        // a year far from the assessment's: refused with the range
        DateCellRobot.typeInto(robot, date, "10/04/2062");
        assertThat(DateCellRobot.text(robot, "#dossier-date-message")).startsWith("Ngày 10/04/2062 nằm ngoài khoảng");
        assertThat(view.viewModel().documentDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 18));

        // text that is no date: refused at the field, the date kept is the one it had, nothing saved
        DateCellRobot.typeInto(robot, date, "hôm qua");
        assertThat(DateCellRobot.text(robot, "#dossier-date-message")).isEqualTo(
                "“hôm qua” không phải ngày có thật. Hãy ghi ngày/tháng/năm, ví dụ 15/03/2026.");
        assertThat(view.viewModel().documentDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(view.viewModel().resultProperty().get()).isNull();
        assertThat(store.years().documentDate(YEAR)).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();

        // corrected: the export goes and keeps the date
        DateCellRobot.typeInto(robot, date, "19/11/2026");
        assertThat(DateCellRobot.text(robot, "#dossier-date-message")).isEmpty();
        export(robot, "#dossier-xlsx");
        DateCellRobot.waitUntil(() -> view.viewModel().resultProperty().get() != null);
        assertThat(store.years().documentDate(YEAR)).contains(LocalDate.of(2026, 11, 19));
    }

    @Test
    void aStrikeWith5cScoredIsListedAndExportAsksOnceWithoutBeingBlocked(FxRobot robot) {
        openScreen(robot);
        assertThat(findings(robot)).containsExactly("Không thấy mâu thuẫn giữa số liệu và điểm chấm.");

        store.scores().set(YEAR, "5c", 2, "Không xảy ra đình công");
        store.checklist().addEvent(YEAR, "D6.3d", LocalDate.of(YEAR, 6, 3), "Đình công trái pháp luật ở phân xưởng 2", false);
        openScreen(robot);
        assertThat(findings(robot)).anyMatch(l -> l.startsWith("• 5c: Mục 5c được 2/2 điểm nhưng ngày 03/06/2026"));

        // asked: "Không" exports nothing
        export(robot, "#dossier-xlsx");
        assertThat(dialogText(robot)).startsWith("Rà soát thấy ").contains("5c: Mục 5c được 2/2 điểm");
        robot.clickOn(dialogButton(robot, "Không"));
        assertThat(view.viewModel().resultProperty().get()).isNull();

        // asked again until the clerk goes on: "Có" exports
        export(robot, "#dossier-xlsx");
        robot.clickOn(dialogButton(robot, "Có"));
        DateCellRobot.waitUntil(() -> view.viewModel().resultProperty().get() != null);
        var first = view.viewModel().resultProperty().get();
        assertThat(first.files()).isNotEmpty().allSatisfy(f -> assertThat(Files.size(f)).isPositive());

        // asked once: the next export goes without a question
        export(robot, "#dossier-pdf");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        DateCellRobot.waitUntil(() -> view.viewModel().resultProperty().get() != first);
        assertThat(view.viewModel().resultProperty().get().files()).anyMatch(f -> f.toString().endsWith(".pdf"));
    }

    /** Scrolls the page down to the export buttons (below the fold at 800 px) and clicks one. */
    private void export(FxRobot robot, String id) {
        robot.interact(() -> ((javafx.scene.control.ScrollPane) stage.getScene().getRoot()).setVvalue(1.0));
        robot.clickOn(id);
    }

    private java.util.List<String> findings(FxRobot robot) {
        VBox box = robot.lookup("#dossier-findings").queryAs(VBox.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private String dialogText(FxRobot robot) {
        Node pane = robot.lookup(".dialog-pane").query();
        return robot.from(pane).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t != null && t.startsWith("Rà soát")).findFirst().orElse("");
    }

    private Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText().replace("_", ""))).findFirst().orElseThrow(); // "_Có": Alt mnemonics
    }
}
