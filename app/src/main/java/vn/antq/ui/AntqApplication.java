package vn.antq.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
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
    private final FxTaskRunner runner = new FxTaskRunner();
    private AppController controller;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        Path dir = DataDir.resolve(options.dataDir());
        runner.run(p -> Stores.open(dir), store -> {
            controller = new AppController(stage, store, options.lang(), runner);
            controller.setHostOpener(uri -> getHostServices().showDocument(uri));
            controller.start();
            stage.show();
            runner.run(p -> store.maybeDailyBackup(), ok -> { }, e -> { });
        }, e -> {
            Dialogs.error(null, Messages.forLanguage(options.lang()), e);
            Platform.exit();
        });
    }

    @Override
    public void stop() {
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
