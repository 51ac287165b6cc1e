package vn.antq.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The bare JavaFX "hello" window the app's start-up is compared with: prints the same marker after its first frame's layout. */
public class HelloFx extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Xin chào"), 800, 600));
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> { // the first frame's CSS and layout done: the same signal as the app's
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("ANTQ_READY");
            System.out.flush();
            if (Boolean.getBoolean("antq.bench.exit")) {
                Platform.exit();
            }
        };
        stage.setOnShown(e -> {
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        stage.show();
    }

    /** Launched like the app: a main class that does not extend Application. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }
}
