package vn.antq.ui.common;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Small builders shared by the screens' views, so they look alike. */
public final class Forms {
    private Forms() {
    }

    /**
     * Style class of a button repeated on every row (a row's "3 tệp"): it has no Alt letter, since
     * one letter cannot reach many buttons.
     */
    public static final String PER_ROW = "antq-per-row";

    /**
     * A control's text without its Alt-letter mark ("_Chọn tệp…" → "Chọn tệp…"), for the same words
     * used as a window title or a cell's value; "__" stays one underscore.
     */
    public static String plain(String text) {
        return text == null ? null : text.replace("__", "\u0000").replace("_", "").replace("\u0000", "_");
    }

    /** A screen page: a title, an optional subtitle, then the content, with the app's padding. */
    public static VBox page(String title, String subtitle) {
        Label t = new Label(title);
        t.getStyleClass().addAll("title-2", "screen-title");
        VBox box = new VBox(10, t);
        if (subtitle != null && !subtitle.isBlank()) {
            Label s = new Label(subtitle);
            s.getStyleClass().add("text-muted");
            s.setWrapText(true);
            box.getChildren().add(s);
        }
        box.setPadding(new Insets(16, 20, 12, 20));
        return box;
    }

    /**
     * Puts the children of every border pane under {@code root} in reading order (top, left,
     * centre, right, bottom). Tab follows the order of a parent's children, and a border pane keeps
     * them in the order they were set: built centre first, its table was reached only after the
     * bottom bar, so Tab seemed to skip it.
     */
    public static void readingOrder(Node root) {
        if (root instanceof javafx.scene.layout.BorderPane b) {
            // each slot emptied, then filled in reading order (a slot's node joins the children at the
            // end); toFront() would not do: the pane empties a slot whose node leaves its children
            Node top = b.getTop();
            Node left = b.getLeft();
            Node center = b.getCenter();
            Node right = b.getRight();
            Node bottom = b.getBottom();
            b.setTop(null);
            b.setLeft(null);
            b.setCenter(null);
            b.setRight(null);
            b.setBottom(null);
            b.setTop(top);
            b.setLeft(left);
            b.setCenter(center);
            b.setRight(right);
            b.setBottom(bottom);
        }
        if (root instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                readingOrder(child);
            }
        }
        if (root instanceof ScrollPane sp && sp.getContent() != null) {
            readingOrder(sp.getContent());
        }
        if (root instanceof javafx.scene.control.TabPane tp) {
            tp.getTabs().forEach(t -> {
                if (t.getContent() != null) {
                    readingOrder(t.getContent());
                }
            });
        }
    }

    public static ScrollPane scroll(Node content) {
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        sp.getStyleClass().add("edge-to-edge");
        return sp;
    }

    /** A two-column form grid: labels right-aligned, fields growing. */
    public static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        labels.setHalignment(javafx.geometry.HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    /** Adds a labelled row; the label's mnemonic targets the field and names it for screen readers. */
    public static void row(GridPane g, int row, String label, Node field) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.setWrapText(true);
        field.setAccessibleText(label.replace("_", ""));
        g.add(l, 0, row);
        g.add(field, 1, row);
        if (field instanceof TextField tf) {
            tf.setMaxWidth(Double.MAX_VALUE);
        }
    }

    /**
     * A field's hint: shown inside the empty field, read by screen readers as the field's name, and
     * in a tooltip, so a hint cut by a narrow field can still be read whole.
     */
    public static <T extends javafx.scene.control.Control> T hint(T field, String text) {
        if (field instanceof javafx.scene.control.TextInputControl t) {
            t.setPromptText(text);
        } else if (field instanceof javafx.scene.control.ComboBoxBase<?> c) {
            c.setPromptText(text);
        }
        if (field.getAccessibleText() == null) {
            field.setAccessibleText(text);
        }
        if (field.getTooltip() == null) {
            field.setTooltip(new javafx.scene.control.Tooltip(text));
        }
        return field;
    }

    public static DatePicker datePicker(LocalDate value) {
        DatePicker p = new DatePicker(value);
        p.setConverter(Dates.converter());
        p.setPromptText("dd/MM/yyyy");
        // wide enough for the whole "dd/MM/yyyy" (at 130 px it read "dd/MM/yyy")
        p.setPrefWidth(150);
        p.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        p.setEditable(true);
        // commit typed text when the field loses focus, so nothing typed is lost
        p.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                LocalDate parsed = Dates.parse(p.getEditor().getText());
                if (parsed != null || p.getEditor().getText().isBlank()) {
                    p.setValue(parsed);
                }
            }
        });
        return p;
    }

    public static HBox toolbar(Node... nodes) {
        for (Node n : nodes) {
            // buttons and short labels keep their text whole; fields and spacers take the room
            if (n instanceof javafx.scene.control.Labeled l && !l.isWrapText()) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        HBox b = new HBox(8, nodes);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    public static Node spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A card: a titled box with a border, for the overview. */
    public static VBox card(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().addAll("title-4");
        t.setWrapText(true);
        VBox box = new VBox(6, t);
        box.getChildren().addAll(content);
        box.getStyleClass().add("antq-card");
        box.setPadding(new Insets(12));
        return box;
    }

    /** A file size for people: "12 KB", "3,4 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
