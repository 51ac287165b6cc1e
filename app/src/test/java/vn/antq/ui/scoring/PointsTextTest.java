package vn.antq.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Chấm điểm's computed rows before the year is read showed the word "null" (seen on a busy machine). */
class PointsTextTest {
    @Test
    void emptyUntilThereArePointsThenThePoints() {
        SimpleObjectProperty<Integer> points = new SimpleObjectProperty<>();
        StringBinding text = ScoringView.pointsText(points);
        assertThat(text.get()).isEmpty();
        points.set(7);
        assertThat(text.get()).isEqualTo("7");
        points.set(0);
        assertThat(text.get()).isEqualTo("0");
        points.set(null);
        assertThat(text.get()).isEmpty();
    }
}
