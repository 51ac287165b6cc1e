package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.i18n.Messages;
import vn.antq.storage.ReceiverStore;
import vn.antq.storage.Store;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.MainWindow;
import vn.antq.ui.common.ScreenFactory;
import vn.antq.ui.common.Stores;
import vn.antq.ui.common.SyncTaskRunner;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.guide.GuideView;
import vn.antq.ui.receiver.ReceiverWindow;
import vn.antq.ui.staff.StaffImportDialog;
import vn.antq.ui.staff.StaffView;

/**
 * An empty table or list says so in the clerk's language, from the bundles, never in JavaFX's English
 * ("No content in table", "No content in List"). A unit with no one and nothing recorded yet, the real
 * screens, headless.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyTablesUiTest {
    private static final String JAVAFX_DEFAULT = "No content in";

    @TempDir
    Path dir;
    Stage stage;
    Store store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppTheme.install();
        store = Stores.open(dir.resolve("data"));
        store.unit().create(UnitProfile.minimal("Trường Tiểu học Kim Đồng", UnitType.CO_SO_GIAO_DUC), UiFixtures.YEAR);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyStaffTableSaysSoInVietnamese(FxRobot robot) {
        robot.interact(() -> ScreenFixture.show(stage, store, StaffView::new, 1100, 600));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = ScreenFixture.table(robot, "#staff-table");
        assertThat(table.getItems()).isEmpty();
        Label shown = robot.from(table).lookup(".antq-placeholder").queryAs(Label.class);
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getText()).isEqualTo("Chưa có cán bộ nào. Thêm từng người ở dưới hoặc nhập từ tệp Excel.");
        assertThat(texts(stage.getScene().getRoot())).noneMatch(t -> t.contains(JAVAFX_DEFAULT));
    }

    @Test
    void everyTableAndListOfEveryScreenAndDialogHasItsOwnEmptyLine(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        AppController[] app = new AppController[1];
        robot.interact(() -> {
            app[0] = new AppController(stage, store, "vi", new SyncTaskRunner());
            app[0].start();
            stage.setWidth(1280);
            stage.setHeight(720);
            stage.show();
        });
        MainWindow w = app[0].window();
        int tables = 0;
        for (ScreenFactory f : Screens.all()) {
            robot.interact(() -> w.select(f.id()));
            Node view = w.shown().view();
            List<TabPane> tabs = new ArrayList<>();
            find(view, TabPane.class, tabs);
            for (TabPane tp : tabs) {
                for (Tab t : tp.getTabs()) {
                    robot.interact(() -> tp.getSelectionModel().select(t)); // a tab's content is made when opened
                }
            }
            WaitForAsyncUtils.waitForFxEvents();
            tables += check(f.id(), view, problems);
            assertThat(texts(stage.getScene().getRoot())).as(f.id()).noneMatch(t -> t.contains(JAVAFX_DEFAULT));
        }
        UiContext ctx = app[0].context();
        int[] more = new int[1];
        robot.interact(() -> {
            more[0] += check("import dialog", scene(new StaffImportDialog(ctx, () -> { }).root()), problems);
            more[0] += check("guide", scene(new GuideView(ctx, UiFixtures.YEAR, Map.of(), UnitType.CO_QUAN).root()),
                    problems);
        });
        ReceiverStore r = ReceiverStore.open(Files.createDirectories(dir.resolve("receiver")));
        try {
            robot.interact(() -> {
                Stage s = new Stage();
                ReceiverWindow.show(s, r, vn.antq.dossier.ShippedCheck.get(), Messages.vietnamese(),
                        new SyncTaskRunner(), p -> { });
                more[0] += check("receiver", s.getScene().getRoot(), problems);
                s.close();
            });
        } finally {
            r.close();
        }
        assertThat(problems).isEmpty();
        // the walk did reach the tables (Cán bộ, Phòng ban, Khen thưởng, Minh chứng, Sao lưu, Năm…)
        assertThat(tables).isGreaterThanOrEqualTo(10);
        assertThat(more[0]).isGreaterThanOrEqualTo(4);
    }

    /**
     * Every table and list under {@code root} says something from the bundles when empty, and so does each
     * drop-down that is empty here (a unit with nothing recorded: the departments to choose from); how many
     * tables and lists there were.
     */
    private static int check(String where, Node root, List<String> problems) {
        List<Control> found = new ArrayList<>();
        find(root, TableView.class, found);
        find(root, ListView.class, found);
        find(root, TreeTableView.class, found);
        for (Control c : found) {
            Node p = c instanceof TableView<?> t ? t.getPlaceholder()
                    : c instanceof ListView<?> l ? l.getPlaceholder() : ((TreeTableView<?>) c).getPlaceholder();
            Control named = c;
            if (c.getParent() instanceof ComboBox<?> box) {
                if (!box.getItems().isEmpty()) {
                    continue; // a drop-down with choices here (unit types, roles, the "all" filter)
                }
                named = box; // an opened drop-down with no choices shows its list's line
            }
            String name = where + " " + (named.getId() == null ? named.getClass().getSimpleName() : "#" + named.getId());
            if (!(p instanceof Labeled l) || l.getText() == null || l.getText().isBlank()) {
                problems.add(name + ": no line of its own when empty (JavaFX would show “No content in …”)");
            } else if (l.getText().contains(JAVAFX_DEFAULT) || !l.getStyleClass().contains("antq-placeholder")) {
                problems.add(name + ": “" + l.getText() + "” is not made by Placeholders");
            }
        }
        return found.size();
    }

    private static Parent scene(Parent root) {
        new Scene(root, 1280, 720);
        root.applyCss();
        root.layout();
        return root;
    }

    /** The texts shown under {@code n} (labels, buttons, cells). */
    private static List<String> texts(Node n) {
        List<Labeled> all = new ArrayList<>();
        find(n, Labeled.class, all);
        return all.stream().filter(Node::isVisible).map(Labeled::getText).filter(t -> t != null).toList();
    }

    private static <T> void find(Node n, Class<T> type, List<? super T> out) {
        if (type.isInstance(n)) {
            out.add(type.cast(n));
        }
        if (n instanceof ScrollPane sp && sp.getSkin() == null && sp.getContent() != null) {
            find(sp.getContent(), type, out);
        }
        if (n instanceof TitledPane tp && tp.getSkin() == null && tp.getContent() != null) {
            find(tp.getContent(), type, out);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                find(c, type, out);
            }
        }
    }
}
