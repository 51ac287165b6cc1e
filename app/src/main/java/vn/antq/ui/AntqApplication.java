package vn.antq.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application (placeholder until the UI issue lands its screens). */
public class AntqApplication extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("ANTQ Desk");
        stage.setScene(new Scene(new Label("ANTQ Desk"), 800, 600));
        stage.show();
    }
}
