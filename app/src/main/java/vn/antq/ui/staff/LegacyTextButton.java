package vn.antq.ui.staff;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import vn.antq.importer.LegacyText;
import vn.antq.ui.common.UiContext;

/**
 * The small "Chuyển mã TCVN3/VNI" action beside a name field: text typed or pasted from an old
 * document in a TCVN3 (.VnTime) or VNI font ("NguyÔn V¨n Hïng") becomes Unicode ("Nguyễn Văn Hùng").
 * Enabled only while the field holds text that reads as one of those encodings; Unicode text is
 * never touched.
 */
final class LegacyTextButton {
    private LegacyTextButton() {
    }

    static Button of(UiContext ctx, TextInputControl field) {
        Button b = new Button(ctx.t("ui.import.convertLegacy"));
        b.setId((field.getId() == null ? "field" : field.getId()) + "-convert-legacy");
        b.setTooltip(new Tooltip(ctx.t("ui.import.convertLegacy.tip")));
        b.setFocusTraversable(false);
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> LegacyText.guess(field.getText()) == null,
                field.textProperty()));
        b.setOnAction(e -> {
            field.setText(LegacyText.toUnicode(field.getText()));
            field.requestFocus();
            field.end();
        });
        return b;
    }
}
