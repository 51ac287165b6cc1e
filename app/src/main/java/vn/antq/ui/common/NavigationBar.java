package vn.antq.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The navigation on the left of the main window: one toggle button per screen, exactly one selected.
 * Up/Down (and Home/End) move the selection like a list; Tab enters the column at the selected entry
 * and leaves it at the next (only that entry is a tab stop), as with a list. A fixed column of
 * twelve buttons rather than a {@code ListView}: a virtualised list's skin and cells were about a
 * third of the first frame's CSS and layout work at start-up (decision record 0006).
 */
public final class NavigationBar<T> {
    private final VBox root = new VBox();
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final List<T> items;
    private T current;

    /**
     * @param items     the entries, top to bottom
     * @param id        an entry's id: the button gets {@code nav-<id>}
     * @param text      an entry's visible name
     * @param onSelect  called with the entry selected (by click, keyboard or {@link #select})
     */
    public NavigationBar(List<T> items, Function<T, String> id, Function<T, String> text, Consumer<T> onSelect) {
        this.items = List.copyOf(items);
        root.setId("nav");
        root.getStyleClass().add("antq-nav");
        root.setFillWidth(true);
        for (T item : this.items) {
            ToggleButton b = new ToggleButton(text.apply(item));
            b.setId("nav-" + id.apply(item));
            b.getStyleClass().add("antq-nav-item");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMnemonicParsing(false);
            b.setToggleGroup(group);
            b.setUserData(item);
            b.setFocusTraversable(buttons.isEmpty());
            buttons.add(b);
        }
        root.getChildren().setAll(buttons);
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true); // clicking the selected entry keeps it selected
            } else if (now != null) {
                @SuppressWarnings("unchecked")
                T item = (T) now.getUserData();
                for (ToggleButton b : buttons) {
                    b.setFocusTraversable(b == now);
                }
                if (item != current) {
                    current = item;
                    onSelect.accept(item);
                }
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int at = selectedIndex();
            int to = switch (e.getCode()) {
                case UP, KP_UP -> at - 1;
                case DOWN, KP_DOWN -> at + 1;
                case HOME -> 0;
                case END -> buttons.size() - 1;
                default -> -2;
            };
            if (to == -2) {
                return;
            }
            e.consume();
            if (to >= 0 && to < buttons.size()) {
                buttons.get(to).setSelected(true);
                buttons.get(to).requestFocus();
            }
        });
    }

    public VBox root() {
        return root;
    }

    /** Selects the entry (calls back as a click would) and gives it the keyboard focus. */
    public void select(T item) {
        int i = items.indexOf(item);
        if (i >= 0) {
            buttons.get(i).setSelected(true);
            buttons.get(i).requestFocus();
        }
    }

    /** The selected entry, or null. */
    public T selected() {
        return current;
    }

    private int selectedIndex() {
        return buttons.indexOf(group.getSelectedToggle());
    }

    /** The button of an entry (tests, accessibility). */
    public ToggleButton button(T item) {
        return buttons.get(items.indexOf(item));
    }
}
