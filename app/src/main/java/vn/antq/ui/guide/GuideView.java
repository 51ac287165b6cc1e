package vn.antq.ui.guide;

import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.antq.domain.UnitType;
import vn.antq.i18n.Messages;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.MainWindow;
import vn.antq.ui.common.UiContext;

/**
 * Trợ giúp → Hướng dẫn: the guide in a window of its own beside the main one (it can stay open
 * while working), searchable without accents, in Vietnamese or English whatever the app's language.
 * Escape closes it.
 */
public final class GuideView {
    private final UiContext ctx;
    private final int year;
    private final Map<String, String> settings;
    private final UnitType type;
    private final BorderPane root = new BorderPane();
    private final VBox body = new VBox(14);
    private final ListView<GuideContent.Section> toc = new ListView<>();
    private final TextField search = new TextField();
    private final Button language = new Button();
    private final Label noMatch = new Label();
    private Messages messages;
    private List<GuideContent.Section> sections;
    private final ScrollPane scroll = new ScrollPane(body);

    public GuideView(UiContext ctx, int year, Map<String, String> settings, UnitType type) {
        this.ctx = ctx;
        this.year = year;
        this.settings = Map.copyOf(settings);
        this.type = type;
        this.messages = ctx.messages();
        root.setId("guide");
        root.getStyleClass().add("antq-root");
        search.setId("guide-search");
        search.getStyleClass().add(MainWindow.SEARCH);
        search.setPrefColumnCount(30);
        search.textProperty().addListener((o, a, b) -> fill());
        language.setId("guide-language");
        language.setOnAction(e -> {
            messages = Messages.forLanguage(messages.locale().getLanguage().equals("vi") ? "en" : "vi");
            load();
        });
        Button close = new Button(ctx.t("ui.button.close"));
        close.setId("guide-close");
        close.setCancelButton(true);
        close.setOnAction(e -> ((Stage) root.getScene().getWindow()).close());
        HBox top = Forms.toolbar(search, Forms.spacer(), language, close);
        HBox.setHgrow(search, Priority.SOMETIMES);
        top.setPadding(new Insets(10, 12, 10, 12));
        toc.setId("guide-toc");
        toc.setPrefWidth(250);
        toc.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(GuideContent.Section s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        toc.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                var head = body.lookup("#guide-section-" + s.id());
                if (head != null) {
                    scroll.setVvalue(Math.min(1, head.getBoundsInParent().getMinY()
                            / Math.max(1, body.getHeight() - scroll.getViewportBounds().getHeight())));
                }
            }
        });
        body.setId("guide-body");
        body.setPadding(new Insets(12, 20, 20, 20));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        noMatch.setId("guide-no-match");
        noMatch.getStyleClass().add("text-muted");
        root.setTop(top);
        root.setLeft(toc);
        root.setCenter(scroll);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.fire();
                e.consume();
            }
        });
        load();
    }

    public BorderPane root() {
        return root;
    }

    /** The sections shown now (after the search). */
    public List<GuideContent.Section> shown() {
        return GuideContent.search(sections, search.getText());
    }

    private void load() {
        sections = GuideContent.build(messages, ctx.rubric(), ctx.checklist(), year, settings, type);
        Forms.hint(search, messages.get("ui.guide.search"));
        search.setPromptText(messages.get("ui.guide.search"));
        search.setAccessibleText(messages.get("ui.guide.search"));
        language.setText(messages.get("ui.guide.otherLanguage"));
        vn.antq.ui.common.Placeholders.set(toc, messages.get(vn.antq.ui.common.Placeholders.LIST));
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage s) {
            s.setTitle(messages.get("ui.guide.title"));
        }
        fill();
    }

    private void fill() {
        List<GuideContent.Section> shown = shown();
        toc.getItems().setAll(shown);
        body.getChildren().clear();
        if (shown.isEmpty()) {
            noMatch.setText(messages.get("ui.guide.noMatch", search.getText().strip()));
            body.getChildren().add(noMatch);
        }
        for (GuideContent.Section s : shown) {
            Label title = new Label(s.title());
            title.setId("guide-section-" + s.id());
            title.getStyleClass().add("title-3");
            title.setWrapText(true);
            body.getChildren().add(title);
            for (GuideContent.Entry e : s.entries()) {
                Label head = new Label(e.heading());
                head.getStyleClass().add("title-4");
                head.setWrapText(true);
                Label text = new Label(e.body());
                text.setWrapText(true);
                text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                VBox entry = new VBox(4, head, text);
                entry.getStyleClass().add("antq-guide-entry");
                body.getChildren().add(entry);
            }
        }
        scroll.setVvalue(0);
    }

    /** Opens the guide for the selected year and the unit's type (settings read off the FX thread). */
    public static void show(UiContext ctx) {
        Integer y = ctx.year();
        int year = y == null ? java.time.LocalDate.now().getYear() : y;
        GuideViewModel.load(ctx, r -> {
                Map<String, String> settings = r.settings();
                GuideView v = new GuideView(ctx, year, settings, r.type());
                Stage stage = new Stage();
                stage.setTitle(ctx.t("ui.guide.title"));
                if (ctx.owner() != null) {
                    stage.initOwner(ctx.owner());
                }
                Scene scene = new Scene(v.root(), 980, 640);
                scene.getStylesheets().addAll(ctx.owner() != null && ctx.owner().getScene() != null
                        ? ctx.owner().getScene().getStylesheets() : List.of());
                stage.setScene(scene);
                stage.show();
                v.search.requestFocus();
            });
    }
}
