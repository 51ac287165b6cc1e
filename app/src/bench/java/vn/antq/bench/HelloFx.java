package vn.antq.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The bare JavaFX "hello" window the app's start-up is compared with: prints the same marker when shown. */
public class HelloFx extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Xin chào"), 800, 600));
        stage.setOnShown(e -> Platform.runLater(() -> {
            System.out.println("ANTQ_READY");
            System.out.flush();
            if (Boolean.getBoolean("antq.bench.exit")) {
                Platform.exit();
            }
        }));
        stage.show();
    }

    /** Launched like the app: a main class that does not extend Application. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }
}
