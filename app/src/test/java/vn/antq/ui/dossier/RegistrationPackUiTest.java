package vn.antq.ui.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
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
import vn.antq.domain.unit.Department;
import vn.antq.storage.Store;
import vn.antq.ui.AppController;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.FxTaskRunner;

/**
 * The Hồ sơ screen's registration pack button, on a real store with the app's own task runner: the
 * export runs on the worker thread (the screen stays live), writes both PDFs into the chosen folder and
 * prints the records' dates; the folder can then be opened.
 */
@ExtendWith(ApplicationExtension.class)
class RegistrationPackUiTest {
    @TempDir
    Path dir;
    Store store;
    FxTaskRunner runner;
    Path out;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppTheme.install();
        store = UiFixtures.smallUnit(dir.resolve("data"));
        UiFixtures.passingChecklist(store); // registered 15/01/2026
        var records = store.snapshot(UiFixtures.YEAR);
        Department hanhChinh = records.departments().stream().map(d -> d.department())
                .filter(d -> d.name().equals("Phòng Hành chính")).findFirst().orElseThrow();
        store.departments().setRegistration(UiFixtures.YEAR, hanhChinh.id(), true, LocalDate.of(2026, 2, 3));
        long an = records.staff().stream().map(p -> p.staff()).filter(s -> s.fullName().equals("Nguyễn Văn An"))
                .findFirst().orElseThrow().id();
        store.staff().setPledge(UiFixtures.YEAR, an, true, LocalDate.of(2026, 2, 10));
        out = dir.resolve("ho so");
        store.settings().set(DossierViewModel.SETTING_OUT_DIR, out.toString());
        runner = new FxTaskRunner();
        new AppController(stage, store, "vi", runner).start();
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
        store.close();
    }

    private static String text(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            all.append(extractor.getTextFromPage(i)).append('\n');
        }
        reader.close();
        return all.toString().replaceAll("[\\s\\u00a0]+", " ");
    }

    @Test
    void theButtonExportsThePackOffTheFxThreadWithTheRecordsDates(FxRobot robot) throws Exception {
        // the window is built by the task runner (first frame off the FX thread): wait for it
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-dossier").tryQuery().isPresent());
        robot.clickOn("#nav-dossier");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#dossier-total").queryAs(Label.class)
                .getText().isEmpty());
        Button open = robot.lookup("#dossier-open-folder").queryAs(Button.class);
        assertThat(open.isDisabled()).isTrue();
        Button button = robot.lookup("#dossier-registration").queryAs(Button.class);
        assertThat(button.getText()).isEqualTo("_Xuất bộ hồ sơ đăng ký đầu năm");
        // below the fold of the screen: focused and pressed from the keyboard, as a clerk tabbing to it would
        robot.interact(button::requestFocus);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        Label result = robot.lookup("#dossier-result").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> result.getText().contains("cam-ket.pdf"));
        assertThat(result.getText()).contains("cong-ty-co-phan-hoa-binh-2026-dang-ky.pdf")
                .contains("cong-ty-co-phan-hoa-binh-2026-cam-ket.pdf").contains(out.toString())
                .doesNotContain("Chưa ghi ngày đăng ký");
        assertThat(open.isDisabled()).isFalse();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "cong-ty-co-phan-hoa-binh-2026-cam-ket.pdf", "cong-ty-co-phan-hoa-binh-2026-dang-ky.pdf");
        }
        String registration = text(out.resolve("cong-ty-co-phan-hoa-binh-2026-dang-ky.pdf"));
        // the unit's registration date as recorded; today's default of the date picker is not a recorded date
        assertThat(registration).contains("BẢN ĐĂNG KÝ").contains("ngày 15 tháng 01 năm 2026")
                .contains("DANH SÁCH PHÒNG, BAN, TỔ, ĐỘI ĐĂNG KÝ").contains("03/02/2026")
                .contains("Có 1/2 phòng, ban, tổ, đội đã đăng ký./.")
                .contains("Phòng, ban, tổ, đội: Phòng Hành chính").contains("Phòng, ban, tổ, đội: Đội Bảo vệ");
        String forms = text(out.resolve("cong-ty-co-phan-hoa-binh-2026-cam-ket.pdf"));
        assertThat(forms).contains("Tôi tên là: Nguyễn Văn An").contains("Tôi tên là: Trần Thị Bình")
                .contains("Tôi tên là: Đặng Văn Cường").contains("ngày 10 tháng 02 năm 2026")
                .contains("Đơn vị công tác: Công ty Cổ phần Hòa Bình");
        // the year's document date was not stored by this export (it belongs to the dossier)
        assertThat(store.years().documentDate(UiFixtures.YEAR)).isEmpty();
    }
}
