package vn.antq.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.i18n.Messages;
import vn.antq.storage.Store;
import vn.antq.ui.common.AboutDialog;
import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.FxTaskRunner;
import vn.antq.ui.common.MainWindow;
import vn.antq.ui.common.Screen;
import vn.antq.ui.common.StartupTrace;
import vn.antq.ui.common.TaskRunner;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.common.WindowState;
import vn.antq.ui.overview.OverviewView;
import vn.antq.ui.overview.OverviewViewModel;
import vn.antq.ui.setup.FirstStartView;
import vn.antq.ui.setup.FirstStartViewModel;

/**
 * The composition root of the window: holds the open store, shows the first-start wizard when the
 * data folder has no unit, then the main window; rebuilds the scene when the language changes;
 * remembers the window's size and saves pending edits on close.
 */
public final class AppController {
    public static final String SETTING_LANGUAGE = "language";
    public static final String SETTING_WINDOW = "window";

    private final Stage stage;
    private final Path dataDir;
    private final TaskRunner runner;
    private Store store;
    private String lang;
    private UiContext ctx;
    private MainWindow window;
    private Integer year;

    public AppController(Stage stage, Store store, String langOverride, TaskRunner runner) {
        this.stage = stage;
        this.store = store;
        this.dataDir = store.dataDir();
        this.runner = runner;
        this.lang = langOverride;
    }

    /**
     * Picks the language, shows the wizard or the main window. Runs on the FX thread; reads what the
     * first frame needs through the task runner.
     */
    public void start() {
        runner.run(p -> prepare(store), s -> proceed(s, null), e -> Dialogs.error(stage, Messages.forLanguage(lang), e));
    }

    /**
     * Starts on what was read before the JavaFX toolkit was up ({@link #prepare}), the overview of the
     * newest year coming when it is read ({@link #prefetchOverview}): the window is built meanwhile
     * and shown with the year's figures in its first frame, not an empty page filled a frame later.
     */
    public void start(Startup startup, CompletableFuture<OverviewViewModel.Loaded> overview) {
        proceed(startup, overview);
    }

    /** What the first frame needs: the unit, its years (newest first), the language and window settings. */
    public record Startup(Optional<UnitProfile> unit, List<Integer> years, Optional<String> language,
            Optional<String> window, boolean readOnly) {
    }

    /** Reads the {@link Startup} (off the FX thread). */
    public static Startup prepare(Store store) {
        return new Startup(store.unit().profile(), yearsNewestFirst(store), store.settings().get(SETTING_LANGUAGE),
                store.settings().get(SETTING_WINDOW), store.readOnly());
    }

    private static List<Integer> yearsNewestFirst(Store store) {
        return store.years().list().stream().map(AssessmentYear::year).sorted((a, b) -> b - a).toList();
    }

    /** The newest year's overview when the main window will open on it; else null (off the FX thread). */
    public static OverviewViewModel.Loaded prefetchOverview(Store store, Startup s) {
        if (s.unit().isEmpty() || s.years().isEmpty() || !firstScreen().equals("overview")) {
            return null;
        }
        return OverviewViewModel.read(store, s.years().get(0));
    }

    private void proceed(Startup s, CompletableFuture<OverviewViewModel.Loaded> overview) {
        StartupTrace.mark("startup read");
        if (lang == null) {
            lang = s.language().orElse("vi");
        }
        WindowState.apply(stage, s.window().orElse(null));
        stage.setOnCloseRequest(e -> {
            if (!confirmClose()) {
                e.consume();
            }
        });
        if (s.unit().isEmpty()) {
            showWizard();
            return;
        }
        year = s.years().isEmpty() ? null : s.years().get(0);
        buildMain(new Header(s.unit().get().name(), s.years(), s.readOnly()));
        if (overview != null) {
            overview.whenComplete((l, e) -> Platform.runLater(() -> showBuilt(null, e == null ? l : null)));
        } else if (year != null && firstScreen().equals("overview")) {
            runner.run(p -> prefetchOverview(store, s), l -> showBuilt(null, l), e -> showBuilt(null, null));
        } else {
            showBuilt(null, null);
        }
    }

    private UiContext newContext() {
        Messages messages = Messages.forLanguage(lang);
        UiContext c = new UiContext(messages, runner, store);
        c.setOwner(stage);
        c.setLanguageSwitcher(tag -> {
            lang = tag;
            runner.run(p -> {
                store.settings().set(SETTING_LANGUAGE, tag);
                return null;
            }, ok -> showMain(), c::showError);
        });
        c.setFileOpener(this::open);
        return c;
    }

    private void showWizard() {
        ctx = newContext();
        FirstStartViewModel vm = new FirstStartViewModel(ctx);
        FirstStartView view = new FirstStartView(ctx, vm, y -> {
            year = y;
            showMain();
        });
        view.setReceiverChoice(this::showReceiverSetup);
        setRoot(view.root(), ctx.t("ui.wizard.title"));
        firstScreenShown(false);
    }

    /** The wizard's other role: a commune police receiving dossiers (issue 16). */
    private void showReceiverSetup() {
        Messages m = ctx.messages();
        vn.antq.dossier.PackageCheck check = new vn.antq.dossier.PackageCheck(List.of(store.options().rubric()),
                store.options().defaultProfile());
        setRoot(vn.antq.ui.receiver.ReceiverWindow.setupPage(m, commune -> runner.run(p -> {
            vn.antq.storage.ReceiverStore r = vn.antq.storage.ReceiverStore.replaceEmptyUnitFolder(store);
            r.saveCommune(commune);
            return r;
        }, r -> {
            receiverStore = r;
            vn.antq.ui.receiver.ReceiverWindow.show(stage, r, check, m, runner, this::open);
        }, e -> Dialogs.error(stage, m, e)), this::showWizard), m.get("receiver.ui.setup.title"));
    }

    private vn.antq.storage.ReceiverStore receiverStore;

    /** The receiver folder this window switched to from the wizard, if any (closed at exit). */
    public java.util.Optional<vn.antq.storage.ReceiverStore> receiverStore() {
        return java.util.Optional.ofNullable(receiverStore);
    }

    /** Builds (or rebuilds, after a language switch) the main window on the current store and year. */
    public void showMain() {
        String selected = window != null && window.shown() != null ? window.shown().id() : null;
        runner.run(p -> new Header(store.unit().profile().map(UnitProfile::name).orElse(""), yearsNewestFirst(store),
                store.readOnly()), h -> {
                    buildMain(h);
                    showBuilt(selected, null);
                }, e -> Dialogs.error(stage, Messages.forLanguage(lang), e));
    }

    /** Makes the main window (not yet in the stage) with the unit's name and years. */
    private void buildMain(Header h) {
        ctx = newContext();
        ctx.setReadOnly(h.readOnly());
        ctx.setStoreReplacer(this::replaceStore);
        window = new MainWindow(ctx, Screens.all(), runner instanceof FxTaskRunner fx ? fx : null,
                () -> AboutDialog.create(ctx, dataDir).showAndWait(), () -> {
                    if (confirmClose()) {
                        stage.close();
                    }
                });
        UiContext guideCtx = ctx;
        window.setOnGuide(() -> vn.antq.ui.guide.GuideView.show(guideCtx));
        window.setUnitName(h.unitName());
        Integer y = year != null && h.years().contains(year) ? year : h.years().isEmpty() ? null : h.years().get(0);
        window.setYears(h.years(), y);
        ctx.yearProperty().set(y);
        ctx.yearProperty().addListener((o, a, b) -> year = b);
        StartupTrace.mark("main window built");
    }

    /** Shows the built window on a screen (the one shown before a rebuild, else the first), with prefetched overview data. */
    private void showBuilt(String selected, OverviewViewModel.Loaded overview) {
        if (overview != null && window.screen("overview") instanceof OverviewView v) {
            v.viewModel().usePrefetched(overview);
        }
        window.select(selected == null ? firstScreen() : selected);
        setRoot(window.root(), ctx.t("app.name"));
        StartupTrace.mark("main window shown");
        firstScreenShown(true);
    }

    private record Header(String unitName, List<Integer> years, boolean readOnly) {
    }

    /** The screen shown first: the overview, or the one named by {@code -Dantq.bench.screen} (benchmarks). */
    private static String firstScreen() {
        return System.getProperty("antq.bench.screen", "overview");
    }

    private boolean readySignalled;
    private boolean firstScreenDrawn;
    private final java.util.List<Runnable> afterFirstScreen = new java.util.ArrayList<>();

    /**
     * Runs {@code then} (on the FX thread) once the first screen is drawn with its data: what the first window
     * does not need waits for it rather than competing with it for the processor (issue 17).
     */
    public void afterFirstScreen(Runnable then) {
        if (firstScreenDrawn) {
            Platform.runLater(then);
        } else {
            afterFirstScreen.add(then);
        }
    }

    /**
     * Once the first screen's data has loaded (the runner is first-in first-out, so a no-op queued now runs after
     * the screen's loads) and a frame with it has had its CSS and layout done: runs what waited for it
     * ({@link #afterFirstScreen}) and, for the start-up and memory benchmarks ({@code -Dantq.bench.exit} /
     * {@code -Dantq.bench.screen}), first prints {@code ANTQ_READY} and, if asked, exits. (The bare window it is
     * compared with signals the same way.) {@code mainWindow}: false for the first-start wizard, which signals no
     * benchmark.
     */
    private void firstScreenShown(boolean mainWindow) {
        if (readySignalled) {
            return;
        }
        readySignalled = true;
        boolean bench = mainWindow && (System.getProperty("antq.bench.exit") != null
                || System.getProperty("antq.bench.screen") != null);
        runner.run(p -> null, ok -> {
            Scene scene = stage.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                if (bench) {
                    StartupTrace.mark("ready");
                    System.out.println("ANTQ_READY");
                    System.out.flush();
                }
                firstScreenDrawn = true;
                afterFirstScreen.forEach(Platform::runLater);
                afterFirstScreen.clear();
                if (bench && Boolean.getBoolean("antq.bench.exit")) {
                    javafx.application.Platform.exit();
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            javafx.application.Platform.requestNextPulse();
        }, e -> { });
    }

    private void setRoot(Parent root, String title) {
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(root);
            scene.getStylesheets().add(AppController.class.getResource("antq.css").toExternalForm());
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
        }
        vn.antq.ui.common.MnemonicTable.keepTidy(scene);
        stage.setTitle(title);
    }

    /** After a restore: the store was closed, the folder replaced; open it again and rebuild. */
    private void replaceStore(Store reopened) {
        this.store = reopened;
        this.year = null;
        showMain();
    }

    public MainWindow window() {
        return window;
    }

    public UiContext context() {
        return ctx;
    }

    public Store store() {
        return store;
    }

    private void open(Path file) {
        openWithSystem(file, hostOpener);
    }

    /** Opens a file with the system's viewer; falls back to {@code hostOpener} (HostServices) when the desktop cannot. */
    public static void openWithSystem(Path file, java.util.function.Consumer<String> hostOpener) {
        Thread t = new Thread(() -> {
            try {
                if (java.awt.Desktop.isDesktopSupported()
                        && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                    java.awt.Desktop.getDesktop().open(file.toFile());
                    return;
                }
            } catch (Exception | LinkageError e) {
                // fall back to the host services below
            }
            javafx.application.Platform.runLater(() -> {
                if (hostOpener != null) {
                    hostOpener.accept(file.toUri().toString());
                }
            });
        }, "antq-open-file");
        t.setDaemon(true);
        t.start();
    }

    private java.util.function.Consumer<String> hostOpener;

    /** The application's HostServices.showDocument, used when the desktop cannot open files itself. */
    public void setHostOpener(java.util.function.Consumer<String> hostOpener) {
        this.hostOpener = hostOpener;
    }

    /** Saves the window size; asks about unsaved edits. False when the user chose to stay. */
    public boolean confirmClose() {
        if (window != null) {
            List<Screen> unsaved = window.unsaved();
            if (!unsaved.isEmpty()) {
                Alert a = new Alert(Alert.AlertType.CONFIRMATION);
                a.initOwner(stage);
                a.setTitle(ctx.t("ui.close.title"));
                a.setHeaderText(null);
                a.setContentText(ctx.t("ui.close.text", String.join(", ",
                        unsaved.stream().map(s -> ctx.t(s.titleKey())).toList())));
                ButtonType save = new ButtonType(ctx.t("ui.close.save"), ButtonBar.ButtonData.YES);
                ButtonType discard = new ButtonType(ctx.t("ui.close.discard"), ButtonBar.ButtonData.NO);
                ButtonType stay = new ButtonType(ctx.t("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
                a.getButtonTypes().setAll(save, discard, stay);
                Optional<ButtonType> answer = a.showAndWait();
                if (answer.isEmpty() || answer.get() == stay) {
                    return false;
                }
                if (answer.get() == save) {
                    unsaved.forEach(Screen::saveChanges);
                }
            }
        }
        String geometry = WindowState.encode(stage);
        runner.run(p -> {
            store.settings().set(SETTING_WINDOW, geometry);
            return null;
        }, ok -> { }, e -> { });
        return true;
    }
}
