package vn.antq.ui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The shell: a menu bar, a header with the unit's name and the year selector, the navigation list
 * on the left, the selected screen in the middle and the status bar at the bottom.
 */
public final class MainWindow {
    private final UiContext ctx;
    private final List<ScreenFactory> entries;
    private final Map<String, Screen> made = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final NavigationBar<ScreenFactory> nav;
    private final ChoiceBox<Integer> yearBox = new ChoiceBox<>();
    private final Label unitName = new Label();
    private Screen shown;
    /** The screens whose controls are locked (a read-only data folder). */
    private final java.util.Set<String> locked = new java.util.HashSet<>();
    private Runnable onGuide = () -> { };

    public MainWindow(UiContext ctx, List<ScreenFactory> factories, FxTaskRunner fxRunner, Runnable onAbout,
            Runnable onQuit) {
        this.ctx = ctx;
        this.entries = List.copyOf(factories);
        root.setId("main-window");
        root.getStyleClass().add("antq-root");

        MenuBar menu = new MenuBar();
        Menu file = new Menu(ctx.t("ui.menu.file"));
        file.setId("menu-file");
        // Ctrl+S and Ctrl+F for the screen shown, listed in the menu so they can be found
        MenuItem save = new MenuItem(ctx.t("ui.menu.save"));
        save.setId("menu-save");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> saveShown());
        save.setDisable(ctx.readOnly());
        MenuItem find = new MenuItem(ctx.t("ui.menu.find"));
        find.setId("menu-find");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> focusSearch());
        MenuItem quit = new MenuItem(ctx.t("ui.menu.quit"));
        quit.setOnAction(e -> onQuit.run());
        file.getItems().addAll(save, find, new SeparatorMenuItem(), quit);
        Menu help = new Menu(ctx.t("ui.menu.help"));
        help.setId("menu-help");
        MenuItem guide = new MenuItem(ctx.t("ui.menu.guide"));
        guide.setId("menu-guide");
        guide.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        guide.setOnAction(e -> onGuide.run());
        help.getItems().add(guide);
        MenuItem about = new MenuItem(ctx.t("ui.menu.about"));
        about.setId("menu-about");
        about.setOnAction(e -> onAbout.run());
        help.getItems().add(about);
        menu.getMenus().addAll(file, help);

        Label app = new Label(ctx.t("app.name"));
        app.getStyleClass().addAll("title-3", "antq-app-name");
        unitName.setId("header-unit");
        unitName.getStyleClass().add("antq-header-unit");
        Label yearLabel = new Label(ctx.t("ui.header.year"));
        yearLabel.setMnemonicParsing(true);
        yearLabel.setLabelFor(yearBox);
        yearBox.setId("year-selector");
        yearBox.setAccessibleText(Forms.plain(ctx.t("ui.header.year")));
        yearBox.valueProperty().addListener((o, old, y) -> {
            if (y != null && !y.equals(ctx.year())) {
                ctx.yearProperty().set(y);
            }
        });
        ctx.yearProperty().addListener((o, old, y) -> {
            if (y != null && !y.equals(yearBox.getValue())) {
                if (!yearBox.getItems().contains(y)) {
                    yearBox.getItems().add(0, y);
                }
                yearBox.setValue(y);
            }
            refreshShown();
        });
        ctx.dataVersionProperty().addListener((o, a, b) -> refreshShown());
        HBox header = new HBox(14, app, unitName, Forms.spacer(), yearLabel, yearBox);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 16, 8, 16));
        header.getStyleClass().add("antq-header");
        VBox top = new VBox(menu, header);
        if (ctx.readOnly()) {
            top.getChildren().add(readOnlyBanner());
        }
        root.setTop(top);

        nav = new NavigationBar<>(entries, ScreenFactory::id, f -> ctx.t(f.titleKey()), f -> show(screen(f.id())));
        nav.root().setAccessibleText(ctx.t("ui.nav.accessible"));
        nav.root().setPrefWidth(190);
        nav.root().setMinWidth(170);
        root.setLeft(nav.root());
        content.setId("content");
        root.setCenter(content);
        root.setBottom(new StatusBar(fxRunner, ctx.messages()));
        // F6 goes back to the list of screens from anywhere (as F6 moves between panes on Windows)
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F6 && nav.selected() != null) {
                nav.button(nav.selected()).requestFocus();
                e.consume();
            }
        });
    }

    /**
     * The banner of a data folder opened for reading only: what it means (nothing can be saved), why
     * (the folder or its drive cannot be written) and what to do, always in sight above the screens.
     */
    private Node readOnlyBanner() {
        Label title = new Label(ctx.t("ui.readOnly.title"));
        title.getStyleClass().add("antq-banner-title");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(ctx.t("ui.readOnly.text", ctx.store().dataDir().toString()));
        text.setId("read-only-text");
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        HBox banner = new HBox(10, title, text);
        banner.setId("read-only-banner");
        banner.getStyleClass().add("antq-banner");
        banner.setAlignment(Pos.TOP_LEFT);
        banner.setPadding(new Insets(8, 16, 8, 16));
        banner.setAccessibleText(title.getText() + " " + text.getText());
        return banner;
    }

    /** What Trợ giúp → Hướng dẫn (F1) opens (set by the composition root: the guide is a screen package). */
    public void setOnGuide(Runnable onGuide) {
        this.onGuide = onGuide;
    }

    public Parent root() {
        return root;
    }

    /** The screens made so far (a screen is made when first shown or asked for). */
    public List<Screen> screens() {
        return entries.stream().map(f -> made.get(f.id())).filter(java.util.Objects::nonNull).toList();
    }

    /** The screen with this id, made now if it was not yet; null for an unknown id. */
    public Screen screen(String id) {
        Screen s = made.get(id);
        if (s == null) {
            for (ScreenFactory f : entries) {
                if (f.id().equals(id)) {
                    s = f.create(ctx);
                    made.put(id, s);
                }
            }
        }
        return s;
    }

    public void setUnitName(String name) {
        unitName.setText(name == null ? "" : name);
    }

    public void setYears(List<Integer> years, Integer selected) {
        yearBox.setItems(FXCollections.observableArrayList(years));
        if (selected != null) {
            yearBox.setValue(selected);
        }
    }

    /** Shows a screen by id (also selects it in the navigation list). */
    public void select(String id) {
        for (ScreenFactory f : entries) {
            if (f.id().equals(id)) {
                nav.select(f);
                return;
            }
        }
    }

    public Screen shown() {
        return shown;
    }

    private void show(Screen s) {
        if (shown != null && shown != s && shown.hasUnsavedChanges()) {
            shown.saveChanges();
        }
        shown = s;
        Node view = s.view();
        view.setId("screen-" + s.id());
        content.getChildren().setAll(view);
        if (ctx.readOnly() && locked.add(s.id())) {
            ReadOnlyMode.keepLocked(view);
        }
        s.onShow();
    }

    /**
     * Ctrl+S: commits what the shown screen holds (a form's Save; on screens that save as you type,
     * the field being edited) and says so in the status line.
     */
    void saveShown() {
        if (shown != null && !ctx.readOnly()) {
            shown.saveChanges();
        }
    }

    /** Ctrl+F: the shown screen's search field (style class {@code antq-search}), if it has one. */
    void focusSearch() {
        if (shown != null && shown.view().lookup("." + SEARCH) instanceof javafx.scene.control.TextInputControl f) {
            f.requestFocus();
            f.selectAll();
        }
    }

    /** The style class that marks a screen's search field for Ctrl+F. */
    public static final String SEARCH = "antq-search";

    private void refreshShown() {
        if (shown != null) {
            shown.onShow();
        }
    }

    /** Screens with edits not saved yet. */
    public List<Screen> unsaved() {
        return screens().stream().filter(Screen::hasUnsavedChanges).toList();
    }
}
