package vn.antq.ui.common;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.antq.about.AppInfo;

/** Help → About: the app's version and the rubric version it scores with. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static Alert create(UiContext ctx, Path dataDir) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (ctx.owner() != null && ctx.owner().getScene() != null) {
            alert.initOwner(ctx.owner());
        }
        alert.setTitle(ctx.t("ui.about.title"));
        alert.setHeaderText(ctx.t("app.name"));
        Label text = new Label(ctx.t("ui.about.text"));
        text.setWrapText(true);
        Label version = new Label(ctx.t("ui.about.version", AppInfo.version()));
        version.setId("about-version");
        Label rubric = new Label(ctx.t("ui.about.rubric", ctx.rubric().version()));
        rubric.setId("about-rubric");
        rubric.setWrapText(true);
        VBox box = new VBox(8, text, version, rubric);
        if (dataDir != null) {
            Label dir = new Label(ctx.t("ui.about.dataDir", dataDir.toString()));
            dir.setWrapText(true);
            box.getChildren().add(dir);
        }
        box.setPrefWidth(480);
        alert.getDialogPane().setContent(box);
        alert.getButtonTypes().setAll(new ButtonType(ctx.t("ui.button.close"), ButtonBar.ButtonData.OK_DONE));
        return alert;
    }
}
