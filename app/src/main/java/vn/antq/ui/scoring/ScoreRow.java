package vn.antq.ui.scoring;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.antq.domain.rubric.RubricItem;

/** One line of the scoring table: an item or sub-item with its points, note and evidence count. */
public final class ScoreRow {
    /** How the line gets its points. */
    public enum Kind {
        MANUAL,
        SUM,
        DERIVED
    }

    private final RubricItem item;
    private final boolean child;
    private final String title;
    private final ObjectProperty<Integer> points = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final IntegerProperty evidence = new SimpleIntegerProperty(0);

    ScoreRow(RubricItem item, boolean child, String title) {
        this.item = item;
        this.child = child;
        this.title = title;
    }

    public RubricItem item() {
        return item;
    }

    public String code() {
        return item.code();
    }

    /** The number as printed: "1", "4", or "a)" under its item. */
    public String label() {
        return item.label();
    }

    public boolean isChild() {
        return child;
    }

    public String title() {
        return title;
    }

    public int max() {
        return item.max();
    }

    public Kind kind() {
        return item.isParent() ? Kind.SUM : item.isDerived() ? Kind.DERIVED : Kind.MANUAL;
    }

    public boolean editable() {
        return kind() == Kind.MANUAL;
    }

    /** Points: given (manual), computed (sum/derived); null for a manual item not scored yet. */
    public ObjectProperty<Integer> pointsProperty() {
        return points;
    }

    public Integer points() {
        return points.get();
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** For derived items: where the value comes from ("4/5 phòng ban đã đăng ký"). */
    public StringProperty sourceProperty() {
        return source;
    }

    public IntegerProperty evidenceProperty() {
        return evidence;
    }
}
