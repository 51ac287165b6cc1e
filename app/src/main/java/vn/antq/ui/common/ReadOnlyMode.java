package vn.antq.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;

/**
 * A data folder opened for reading only ({@code Store.readOnly()}): the screens show everything but
 * offer no change. Every button, check box, choice and date of a screen is turned off, its text
 * fields and tables stop being editable, except the controls marked {@link #READS} (search, filters,
 * comparing years, exporting the dossier, opening files) and search fields. Applied again after each
 * layout of the screen, so rows made later (tables, lists filled when the data arrives) are locked too.
 */
public final class ReadOnlyMode {
    /** Style class of a control that only reads (search, filter, export, open): kept working. */
    public static final String READS = "antq-reads";

    private ReadOnlyMode() {
    }

    /** Marks controls that only read or export, so a read-only window keeps them working. */
    public static void reads(Node... nodes) {
        for (Node n : nodes) {
            n.getStyleClass().add(READS);
        }
    }

    /** Locks the screen now and after each of its layouts (rows made later are locked too). */
    public static void keepLocked(Node root) {
        lock(root);
        if (root instanceof Parent p) {
            p.needsLayoutProperty().addListener((o, was, now) -> {
                if (!now) {
                    lock(p);
                }
            });
        }
    }

    /** Turns off every control under {@code root} that could change the data. */
    public static void lock(Node root) {
        if (root == null || root.getStyleClass().contains(READS)) {
            return;
        }
        if (root instanceof TextInputControl t) {
            if (!t.getStyleClass().contains(MainWindow.SEARCH) && !t.editableProperty().isBound() && t.isEditable()) {
                t.setEditable(false);
            }
            return;
        }
        if (root instanceof ButtonBase || root instanceof ComboBoxBase<?> || root instanceof ChoiceBox<?>
                || root instanceof Spinner<?> || root instanceof Slider) {
            if (root.disableProperty().isBound()) {
                root.disableProperty().unbind();
            }
            if (!root.isDisable()) {
                root.setDisable(true);
            }
            return;
        }
        if (root instanceof TableView<?> t && t.isEditable() && !t.editableProperty().isBound()) {
            t.setEditable(false);
        }
        if (root instanceof TreeTableView<?> t && t.isEditable() && !t.editableProperty().isBound()) {
            t.setEditable(false);
        }
        if (root instanceof ScrollPane sp) {
            lock(sp.getContent());
        }
        if (root instanceof TabPane tp) {
            tp.getTabs().forEach(tab -> lock(tab.getContent()));
        }
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                lock(child);
            }
        }
    }
}
