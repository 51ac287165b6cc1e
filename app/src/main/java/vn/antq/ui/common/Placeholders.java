package vn.antq.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.TextAlignment;

/**
 * What an empty table or list says. Without one, JavaFX shows its own English "No content in table" /
 * "No content in List" (also in an opened drop-down with no choices) to a clerk reading Vietnamese. Every
 * table and list of the app, and each drop-down whose choices come from the records, gets its line here, from
 * the bundles: the screen's own sentence ("Chưa có cán bộ nào…") or the general one.
 */
public final class Placeholders {
    /** The general line of an empty table, for a table with nothing more useful to say. */
    public static final String TABLE = "ui.table.empty";
    /** The general line of an empty list. */
    public static final String LIST = "ui.list.empty";

    private Placeholders() {
    }

    /** The empty table shows {@code text} (already looked up in the bundles). */
    public static void set(TableView<?> table, String text) {
        table.setPlaceholder(label(text));
    }

    /** The empty list shows {@code text} (already looked up in the bundles). */
    public static void set(ListView<?> list, String text) {
        list.setPlaceholder(label(text));
    }

    /** The list of a drop-down whose choices come from the records (departments, years) shows {@code text} while empty. */
    public static void set(ComboBox<?> box, String text) {
        box.setPlaceholder(label(text));
    }

    /** The empty table shows the general line. */
    public static void general(TableView<?> table, UiContext ctx) {
        set(table, ctx.t(TABLE));
    }

    /** The empty list shows the general line. */
    public static void general(ListView<?> list, UiContext ctx) {
        set(list, ctx.t(LIST));
    }

    /** The drop-down's empty list shows the general line. */
    public static void general(ComboBox<?> box, UiContext ctx) {
        set(box, ctx.t(LIST));
    }

    /** A muted line that wraps in a narrow table rather than being cut. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-muted", "antq-placeholder");
        l.setWrapText(true);
        l.setTextAlignment(TextAlignment.CENTER);
        l.setPadding(new Insets(8));
        return l;
    }
}
