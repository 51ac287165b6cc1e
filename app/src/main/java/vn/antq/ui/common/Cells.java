package vn.antq.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Cells and labels that never hide text: a cell or label whose text is cut ("Tối…") shows the whole
 * text in a tooltip; list lines wrap instead of being cut.
 */
public final class Cells {
    private Cells() {
    }

    /** A list line that wraps to the list's width (reasons, problems). */
    public static ListCell<String> wrappingListCell() {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
            }
        };
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        tooltipWhenCut(cell);
        return cell;
    }

    /** A table cell showing its value's text, with the whole text as a tooltip when the column cuts it. */
    public static <S, T> TableCell<S, T> textCell() {
        TableCell<S, T> cell = new TextCell<>();
        tooltipWhenCut(cell);
        return cell;
    }

    /**
     * A table cell whose text wraps to its column's width, the row growing to hold it: for long names
     * (a recipient, an issuing body, a reason) a clerk must read whole, in a column that cannot be wide.
     * A word longer than the column (a decision number without spaces) is still cut, with the tooltip.
     */
    public static <S, T> TableCell<S, T> wrappingTextCell() {
        TableCell<S, T> cell = new TextCell<>() {
            /** The row asks for the height without a width: the text's height at the column's width. */
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 && getTableColumn() != null ? getTableColumn().getWidth() : width);
            }
        };
        cell.setWrapText(true);
        tooltipWhenCut(cell);
        return cell;
    }

    /** A cell showing its value's text. */
    private static class TextCell<S, T> extends TableCell<S, T> {
        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
            setGraphic(null);
        }
    }

    /**
     * Gives every column of the table that shows plain text (no cell factory of its own) cells with
     * a tooltip when cut, and each column header (made by the skin at its first layout) the same.
     */
    public static <S> void tooltipsWhenCut(TableView<S> table) {
        for (TableColumn<S, ?> c : table.getColumns()) {
            textCells(c);
        }
        // columns made later (the import preview's, one per column of the file) get the same cells
        table.getColumns().addListener((javafx.collections.ListChangeListener<TableColumn<S, ?>>) ch -> {
            while (ch.next()) {
                ch.getAddedSubList().forEach(Cells::textCells);
            }
        });
        java.util.Set<Node> done = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
        table.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                for (Node n : table.lookupAll(".column-header .label")) {
                    if (n instanceof Labeled head) {
                        if (done.add(head)) {
                            tooltipWhenCut(head);
                        }
                        widenToHeader(head);
                    }
                }
            }
        });
    }

    /**
     * A column whose header is cut ("Tối…" for "Tối đa") gets at least the width of its whole header,
     * taken from the columns that can give (a constrained table shrinks the others); only where the
     * table is too narrow for every header does the tooltip remain.
     */
    private static void widenToHeader(Labeled head) {
        if (!(head.getParent() instanceof javafx.scene.control.skin.TableColumnHeader header) || !isCut(head)
                || header.getTableColumn() == null || !header.getTableColumn().getColumns().isEmpty()) {
            return;
        }
        TableColumnBase<?, ?> column = header.getTableColumn();
        double whole = Math.ceil(head.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset() + 2);
        if (column.getMinWidth() < whole && !column.minWidthProperty().isBound()) {
            if (column.getMaxWidth() < whole && !column.maxWidthProperty().isBound()) {
                column.setMaxWidth(whole);
            }
            column.setMinWidth(whole);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S, T> void textCells(TableColumn<S, T> c) {
        if ((Object) c.getCellFactory() == TableColumn.DEFAULT_CELL_FACTORY) {
            c.setCellFactory(col -> textCell());
        }
    }

    /**
     * Shows the labelled's whole text as a tooltip while its text is cut (ellipsis), and no tooltip
     * otherwise. Checked after each layout, when the skin has placed the text.
     */
    public static void tooltipWhenCut(Labeled l) {
        CutTip tip = new CutTip();
        l.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                update(l, tip);
            }
        });
        l.textProperty().addListener((o, a, b) -> update(l, tip));
        l.widthProperty().addListener((o, a, b) -> update(l, tip));
        update(l, tip);
    }

    /**
     * A labelled's tooltip, made when its text is first cut, and then only after the frame being laid out: the
     * first window's cut titles do not make their tooltips (and load the tooltip's classes) before it is drawn.
     */
    private static final class CutTip {
        private Tooltip tip;
        private boolean coming;
    }

    private static void update(Labeled l, CutTip t) {
        String full = l.getText();
        boolean cut = full != null && !full.isEmpty() && isCut(l);
        if (cut) {
            if (t.tip == null) {
                if (!t.coming) {
                    t.coming = true;
                    javafx.application.Platform.runLater(() -> {
                        Tooltip tip = new Tooltip();
                        tip.setWrapText(true);
                        tip.setMaxWidth(520);
                        t.tip = tip;
                        update(l, t);
                    });
                }
                return;
            }
            t.tip.setText(full);
            if (l.getTooltip() != t.tip) {
                l.setTooltip(t.tip);
            }
        } else if (t.tip != null && l.getTooltip() == t.tip) {
            l.setTooltip(null);
        }
    }

    /** Whether the labelled shows less than its whole text (the skin replaced the end with "…"). */
    public static boolean isCut(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t && t.getStyleClass().contains("text")) {
                return !shown(l).equals(t.getText());
            }
        }
        return false;
    }

    /** The labelled's text as drawn whole: without the Alt letter's mark ("Thê_m" is drawn "Thêm"). */
    private static String shown(Labeled l) {
        String s = l.getText() == null ? "" : l.getText();
        if (!l.isMnemonicParsing()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean marked = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' && i + 1 < s.length()) {
                if (s.charAt(i + 1) == '_') {
                    b.append('_'); // "__" draws one underscore
                    i++;
                    continue;
                }
                if (!marked) {
                    marked = true; // the first single underscore marks the letter after it
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }
}
