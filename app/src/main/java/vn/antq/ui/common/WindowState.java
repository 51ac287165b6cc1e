package vn.antq.ui.common;

import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's size and position, as text "x;y;w;h;maximized" in a setting, restored only
 * when it still fits on a connected screen; default 1280×760 (fits a 1366×768 laptop).
 */
public final class WindowState {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 720;

    private WindowState() {
    }

    public static String encode(Stage stage) {
        return String.format(Locale.ROOT, "%.0f;%.0f;%.0f;%.0f;%b", stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized());
    }

    public static void apply(Stage stage, String saved) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double h = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        if (saved == null || saved.isBlank()) {
            return;
        }
        String[] p = saved.split(";");
        if (p.length < 5) {
            return;
        }
        try {
            double x = Double.parseDouble(p[0]);
            double y = Double.parseDouble(p[1]);
            double sw = Double.parseDouble(p[2]);
            double sh = Double.parseDouble(p[3]);
            boolean max = Boolean.parseBoolean(p[4]);
            if (sw >= 800 && sh >= 500 && !Screen.getScreensForRectangle(x + 20, y + 20, 100, 60).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
                stage.setWidth(Math.min(sw, screen.getWidth()));
                stage.setHeight(Math.min(sh, screen.getHeight()));
            }
            stage.setMaximized(max);
        } catch (NumberFormatException e) {
            // keep the default
        }
    }
}
