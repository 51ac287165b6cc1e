package vn.antq.ui.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.domain.Progress;
import vn.antq.domain.UnitType;
import vn.antq.domain.receiver.Commune;
import vn.antq.domain.receiver.ReceivedPackage;
import vn.antq.i18n.Messages;
import vn.antq.receiver.Receiver;
import vn.antq.receiver.ReceiverPackages;
import vn.antq.storage.ReceiverStore;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.SyncTaskRunner;

/** The commune police's table: units of all three types, filter by text and type, sort, open a document. */
@ExtendWith(ApplicationExtension.class)
class ReceiverUiTest {
    @TempDir
    static Path tmp;
    static List<Path> packages;
    ReceiverStore store;
    final List<Path> opened = new ArrayList<>();

    @BeforeAll
    static void packages() {
        Instant t = Instant.parse("2025-11-10T09:00:00Z");
        packages = List.of(
                ReceiverPackages.pkg(tmp, "Sở Tư pháp tỉnh Đồng Nai", UnitType.CO_QUAN, 1.0, true, t),
                ReceiverPackages.pkg(tmp, "Công ty TNHH Ánh Dương", UnitType.DOANH_NGHIEP, 0.4, false, t),
                ReceiverPackages.pkg(tmp, "Trường Tiểu học Tân Lập", UnitType.CO_SO_GIAO_DUC, 0.8, true, t));
    }

    @Start
    void start(Stage stage) throws Exception {
        AppTheme.install();
        Path dir = Files.createTempDirectory(tmp, "r");
        store = ReceiverStore.open(dir);
        store.saveCommune(new Commune("Công an xã Tân Lập", "xã Tân Lập", "", "", "Trần Văn Bình", "", "11-20"));
        new Receiver(store, vn.antq.dossier.ShippedCheck.get()).receive(packages, Progress.NONE);
        ReceiverWindow.show(stage, store, vn.antq.dossier.ShippedCheck.get(), Messages.vietnamese(), new SyncTaskRunner(), opened::add);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theTableListsFiltersSortsAndOpens(FxRobot robot) {
        TableView<ReceivedPackage> table = robot.lookup("#receiver-table").queryTableView();
        assertThat(table.getItems()).hasSize(3);
        assertThat(table.getItems()).extracting(ReceivedPackage::unitType)
                .containsExactlyInAnyOrder(UnitType.CO_QUAN, UnitType.DOANH_NGHIEP, UnitType.CO_SO_GIAO_DUC);

        robot.clickOn("#receiver-filter").write("tieu hoc");
        assertThat(table.getItems()).extracting(ReceivedPackage::unitName).containsExactly("Trường Tiểu học Tân Lập");
        robot.interact(() -> robot.lookup("#receiver-filter").queryTextInputControl().clear());
        assertThat(table.getItems()).hasSize(3);

        ComboBox<UnitType> type = robot.lookup("#receiver-type").queryComboBox();
        robot.interact(() -> type.setValue(UnitType.DOANH_NGHIEP));
        assertThat(table.getItems()).extracting(ReceivedPackage::unitName).containsExactly("Công ty TNHH Ánh Dương");
        robot.interact(() -> type.setValue(null));

        // sort by total, descending
        var total = table.getColumns().get(3);
        robot.interact(() -> {
            total.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(total);
        });
        List<Integer> totals = table.getItems().stream().map(ReceivedPackage::total).toList();
        assertThat(totals).isSortedAccordingTo((a, b) -> b - a);
        assertThat(totals.get(0)).isGreaterThan(totals.get(2));

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#receiver-open-pdf");
        assertThat(opened).singleElement().satisfies(p -> {
            assertThat(p.getFileName().toString()).endsWith(".pdf");
            assertThat(Files.exists(p)).isTrue();
        });
    }
}
