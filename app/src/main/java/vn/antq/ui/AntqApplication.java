package vn.antq.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.antq.i18n.Messages;
import vn.antq.ui.common.AboutDialog;
import vn.antq.ui.common.FxTaskRunner;
import vn.antq.ui.common.MainWindow;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.common.WindowState;

/** The desktop application: opens the data folder, runs the first-start wizard if needed, then the main window. */
public class AntqApplication extends Application {
    private final FxTaskRunner runner = new FxTaskRunner();
    private Stage stage;
    private MainWindow window;
    private String lang = "vi";
    private final Preferences prefs = Preferences.userRoot().node("vn/antq/desk");

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        if (options.lang() != null) {
            lang = options.lang();
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WindowState.apply(stage, prefs.get("window", null));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> {
            prefs.put("window", WindowState.encode(stage));
        });
        showMain();
        stage.show();
    }

    private void showMain() {
        Messages messages = Messages.forLanguage(lang);
        Locale.setDefault(messages.locale());
        UiContext ctx = new UiContext(messages, runner);
        ctx.setOwner(stage);
        ctx.setLanguageSwitcher(tag -> {
            lang = tag;
            Platform.runLater(this::showMain);
        });
        window = new MainWindow(ctx, Screens.all(), runner, () -> AboutDialog.create(ctx, null).showAndWait(),
                () -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(AntqApplication.class.getResource("antq.css").toExternalForm());
        stage.setTitle(messages.get("app.name"));
        stage.setScene(scene);
    }

    @Override
    public void stop() {
        runner.close();
    }
}
