package vn.antq.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.antq.ui.common.AppTheme;
import vn.antq.domain.VietnameseText;
import vn.antq.i18n.Messages;
import vn.antq.rules.ChecklistLoader;
import vn.antq.rules.RulesLoader;
import vn.antq.storage.DataDir;
import vn.antq.storage.Store;
import vn.antq.storage.StoreOptions;
import vn.antq.storage.WindowLock;
import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.FxTaskRunner;
import vn.antq.ui.common.StartupTrace;
import vn.antq.ui.common.Stores;
import vn.antq.ui.overview.OverviewViewModel;

/** The desktop application: opens the data folder, runs the first-start wizard if needed, then the main window. */
public class AntqApplication extends Application {
    /** The store being opened while the JavaFX toolkit starts (see {@link #launchApp}). */
    private static volatile CompletableFuture<Opened> opening;
    /** This window's hold on its data folder (one window per folder), taken by {@link #launchApp}. */
    private static volatile WindowLock windowLock;

    private final FxTaskRunner runner = new FxTaskRunner();
    private vn.antq.storage.ReceiverStore receiverStore;
    private AppController controller;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("fx start()");
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        AppTheme.install();
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        Path dir = DataDir.resolve(options.dataDir());
        CompletableFuture<Opened> early = opening;
        opening = null;
        if (vn.antq.storage.ReceiverStore.isReceiverFolder(dir)) {
            listenForSecondStart(stage);
            // a commune police's receiver folder: its own window (issue 16)
            var rubric = RulesLoader.defaultRubric();
            vn.antq.ui.receiver.ReceiverWindow.start(stage, dir, new vn.antq.dossier.PackageCheck(List.of(rubric),
                    RulesLoader.defaultProfile(rubric)), Messages.forLanguage(options.lang()), runner,
                    f -> AppController.openWithSystem(f, uri -> getHostServices().showDocument(uri)),
                    r -> receiverStore = r);
            return;
        }
        Consumer<Opened> onOpened = o -> {
            StartupTrace.mark("store ready on fx");
            controller = new AppController(stage, o.store(), options.lang(), runner);
            controller.setHostOpener(uri -> getHostServices().showDocument(uri));
            controller.start(o.startup(), o.overview());
            stage.show();
            controller.afterFirstScreen(() -> listenForSecondStart(stage));
            dailyBackup(o.store());
        };
        Consumer<Throwable> onFailed = e -> {
            Dialogs.error(null, Messages.forLanguage(options.lang()), e);
            Platform.exit();
        };
        if (early != null && early.isDone() && !early.isCompletedExceptionally()) {
            onOpened.accept(early.join());
        } else {
            runner.run(p -> early != null ? awaitOpened(early) : open(dir), onOpened, onFailed);
        }
    }

    /** The open store, what the first frame needs from it, and the overview still being read. */
    record Opened(Store store, AppController.Startup startup, CompletableFuture<OverviewViewModel.Loaded> overview) {
    }

    /**
     * Opens the store and reads what the first frame needs; then, on the same thread, reads the rules'
     * data files and the overview (completing {@code overview}, with null on a failure: the screen then
     * reads again itself and reports the problem).
     */
    private static Opened open(Path dir, Consumer<Opened> whenOpened) {
        Store store = Stores.open(dir, StoreOptions.defaults());
        StartupTrace.mark("store opened");
        CompletableFuture<OverviewViewModel.Loaded> overview = new CompletableFuture<>();
        Opened opened;
        try {
            opened = new Opened(store, AppController.prepare(store), overview);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        whenOpened.accept(opened);
        try {
            store.options().preload();
            StartupTrace.mark("rules read");
            overview.complete(AppController.prefetchOverview(store, opened.startup()));
            StartupTrace.mark("overview read");
        } catch (RuntimeException e) {
            overview.complete(null);
        }
        return opened;
    }

    /**
     * Beside the database opening: the texts of both languages (the window needs one as soon as the
     * toolkit is up), the rules' data files (the first screen's scores need them) and the Vietnamese
     * collation tables (the staff list sorts with them). All are cached, so whoever needs them later
     * gets them at once, or waits for this thread rather than reading them a second time.
     */
    private static void readAhead() {
        try {
            Messages.forLanguage("vi");
            Messages.forLanguage("en");
            RulesLoader.defaultProfile(RulesLoader.defaultRubric());
            ChecklistLoader.defaultChecklist();
            StartupTrace.mark("rules read ahead");
            VietnameseText.collator();
        } catch (RuntimeException e) {
            // whoever needs a broken rules file reports it, with its message
        }
    }

    private static Opened open(Path dir) {
        return open(dir, o -> { });
    }

    /**
     * Starts the app. Opening the database takes about as long as starting the JavaFX toolkit, so both
     * run at once; the same thread then reads the rules' data files and the first screen's data while
     * the window is being built.
     */
    public static void launchApp(String[] args) {
        StartupTrace.mark("launchApp");
        LaunchOptions options = LaunchOptions.parse(List.of(args));
        Path dir = DataDir.resolve(options.dataDir());
        java.util.Optional<WindowLock> lock = WindowLock.acquire(dir);
        if (lock.isEmpty()) {
            // the folder is open in a window already: bring it to the front rather than open a second one
            if (!askToShow(dir)) {
                alreadyOpen(dir, options.lang());
            }
            return;
        }
        windowLock = lock.get();
        CompletableFuture<Opened> future = new CompletableFuture<>();
        opening = future;
        if (vn.antq.storage.ReceiverStore.isReceiverFolder(dir)) {
            opening = null;
            Application.launch(AntqApplication.class, args);
            return;
        }
        Thread t = new Thread(() -> {
            try {
                open(dir, future::complete);
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "antq-open-store");
        t.setDaemon(true);
        t.start();
        Thread warm = new Thread(AntqApplication::readAhead, "antq-read-ahead");
        warm.setDaemon(true);
        warm.start();
        Application.launch(AntqApplication.class, args);
    }

    /** A second start on this folder brings this window to the front (listening off the FX thread). */
    private static void listenForSecondStart(Stage stage) {
        WindowLock held = windowLock;
        if (held == null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                held.listen(() -> Platform.runLater(() -> {
                    stage.setIconified(false);
                    stage.show();
                    stage.toFront();
                    stage.requestFocus();
                }));
            } catch (java.io.IOException e) {
                // no loopback port: a second start says the data is open instead of showing this window
            }
        }, "antq-window-listen");
        t.setDaemon(true);
        t.start();
    }

    /** How long a second start waits for the first window to listen: it does so once its first screen is drawn. */
    static final long LISTEN_WAIT_MS = 5_000;

    /**
     * Asks the window holding the folder to come to the front. A window still starting listens only after its
     * first screen is drawn ({@link AppController#afterFirstScreen}), so a start right after another one retries
     * for a few seconds.
     */
    private static boolean askToShow(Path dir) {
        long until = System.nanoTime() + LISTEN_WAIT_MS * 1_000_000;
        while (!WindowLock.askToShow(dir)) {
            if (System.nanoTime() > until || !WindowLock.isOpenElsewhere(dir)) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** The open window could not be reached: says so (Vietnamese unless asked otherwise) and ends. */
    private static void alreadyOpen(Path dir, String lang) {
        Messages m = Messages.forLanguage(lang);
        String text = m.get("ui.app.alreadyOpen", dir.toString());
        System.err.println(text);
        try {
            Platform.startup(() -> {
                javafx.scene.control.Alert a = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.WARNING);
                a.setTitle(m.get("ui.app.alreadyOpen.title"));
                a.setHeaderText(null);
                a.setContentText(text);
                a.showAndWait();
                Platform.exit();
            });
        } catch (RuntimeException e) {
            // no display to show it on: the line on stderr is all that can be said
        }
    }

    private static Opened awaitOpened(CompletableFuture<Opened> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** How long after the window the daily backup starts ({@link DelayedBackup}). */
    static final long BACKUP_DELAY_MS = 10_000;
    private DelayedBackup backup;

    private void dailyBackup(Store store) {
        backup = new DelayedBackup(store::maybeDailyBackup, BACKUP_DELAY_MS);
        backup.start();
    }

    @Override
    public void stop() throws InterruptedException {
        if (backup != null) {
            backup.stop(120_000); // a backup under way is finished, not cut off
        }
        vn.antq.storage.ReceiverStore receiving = receiverStore != null ? receiverStore
                : controller != null ? controller.receiverStore().orElse(null) : null;
        if (receiving != null) {
            runner.run(p -> {
                receiving.close();
                return null;
            }, ok -> { }, e -> { });
        }
        if (controller != null) {
            Store store = controller.store();
            runner.run(p -> {
                store.close();
                return null;
            }, ok -> { }, e -> { });
        }
        runner.close();
        WindowLock held = windowLock;
        windowLock = null;
        if (held != null) {
            held.close();
        }
    }
}
