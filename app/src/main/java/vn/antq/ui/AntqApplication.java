package vn.antq.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.antq.i18n.Messages;
import vn.antq.storage.DataDir;
import vn.antq.storage.Store;
import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.FxTaskRunner;
import vn.antq.ui.common.Stores;

/** The desktop application: opens the data folder, runs the first-start wizard if needed, then the main window. */
public class AntqApplication extends Application {
    /** The store being opened while the JavaFX toolkit starts (see {@link #launchApp}). */
    private static volatile CompletableFuture<Store> opening;

    private final FxTaskRunner runner = new FxTaskRunner();
    private AppController controller;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        Path dir = DataDir.resolve(options.dataDir());
        CompletableFuture<Store> early = opening;
        opening = null;
        runner.run(p -> early != null ? awaitStore(early) : Stores.open(dir), store -> {
            controller = new AppController(stage, store, options.lang(), runner);
            controller.setHostOpener(uri -> getHostServices().showDocument(uri));
            controller.start();
            stage.show();
            dailyBackup(store);
        }, e -> {
            Dialogs.error(null, Messages.forLanguage(options.lang()), e);
            Platform.exit();
        });
    }

    /**
     * Starts the app. Opening the store (SQLite, migrations, integrity check, the rules' data files)
     * takes about as long as starting the JavaFX toolkit, so both run at once: the window appears
     * with its data instead of one after the other.
     */
    public static void launchApp(String[] args) {
        Path dir = DataDir.resolve(LaunchOptions.parse(List.of(args)).dataDir());
        opening = CompletableFuture.supplyAsync(() -> Stores.open(dir), runnable -> {
            Thread t = new Thread(runnable, "antq-open-store");
            t.setDaemon(true);
            t.start();
        });
        Application.launch(AntqApplication.class, args);
    }

    private static Store awaitStore(CompletableFuture<Store> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The rotating daily backup runs on its own low-priority thread, not on the task runner: with a
     * large evidence folder it takes a while, and the clerk's first clicks must not wait behind it.
     */
    private void dailyBackup(Store store) {
        backup = new Thread(() -> {
            try {
                store.maybeDailyBackup();
            } catch (RuntimeException e) {
                System.getLogger("antq").log(System.Logger.Level.WARNING, "daily backup failed", e);
            }
        }, "antq-daily-backup");
        backup.setDaemon(true);
        backup.setPriority(Thread.MIN_PRIORITY);
        backup.start();
    }

    private Thread backup;

    @Override
    public void stop() throws InterruptedException {
        if (backup != null) {
            backup.join(120_000);
        }
        if (controller != null) {
            Store store = controller.store();
            runner.run(p -> {
                store.close();
                return null;
            }, ok -> { }, e -> { });
        }
        runner.close();
    }
}
