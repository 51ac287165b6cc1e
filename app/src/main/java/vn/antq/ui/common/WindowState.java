package vn.antq.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's size and position, as text "x;y;w;h;maximized" in a setting. Restored only
 * where the whole window is on a connected screen: a position saved on a larger or a since
 * unplugged screen is moved (and the size shrunk) onto the screen it overlapped most, else the
 * window opens centred on the primary screen at the default 1280×720.
 */
public final class WindowState {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 720;
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 500;

    /** Where to put the window and whether to maximise it. */
    public record Placement(Rectangle2D bounds, boolean maximized) {
    }

    private WindowState() {
    }

    public static String encode(Stage stage) {
        return String.format(Locale.ROOT, "%.0f;%.0f;%.0f;%.0f;%b", stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized());
    }

    public static void apply(Stage stage, String saved) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Placement p = place(saved, screens, Screen.getPrimary().getVisualBounds());
        stage.setX(p.bounds().getMinX());
        stage.setY(p.bounds().getMinY());
        stage.setWidth(p.bounds().getWidth());
        stage.setHeight(p.bounds().getHeight());
        stage.setMaximized(p.maximized());
    }

    /**
     * Where the window goes: the saved bounds if wholly inside one screen's usable area; else moved
     * and shrunk into the screen they overlap most; else (nothing saved, unreadable, or on no
     * screen) the default size centred on the primary screen. Always wholly inside one screen.
     *
     * @param saved   the setting's text, or null
     * @param screens the usable (visual) bounds of every connected screen
     * @param primary the primary screen's usable bounds
     */
    public static Placement place(String saved, List<Rectangle2D> screens, Rectangle2D primary) {
        Placement fallback = new Placement(centred(primary), false);
        if (saved == null || saved.isBlank()) {
            return fallback;
        }
        String[] p = saved.split(";");
        if (p.length < 5) {
            return fallback;
        }
        Rectangle2D want;
        boolean max;
        try {
            want = new Rectangle2D(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                    Double.parseDouble(p[3]));
            max = Boolean.parseBoolean(p[4].strip());
        } catch (IllegalArgumentException e) {
            return fallback; // not numbers, or a negative size
        }
        if (want.getWidth() < MIN_WIDTH || want.getHeight() < MIN_HEIGHT) {
            return new Placement(fallback.bounds(), max);
        }
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            double area = overlap(want, s);
            if (area > bestArea) {
                bestArea = area;
                best = s;
            }
        }
        if (best == null) {
            return new Placement(fallback.bounds(), max);
        }
        double w = Math.min(want.getWidth(), best.getWidth());
        double h = Math.min(want.getHeight(), best.getHeight());
        double x = clamp(want.getMinX(), best.getMinX(), best.getMaxX() - w);
        double y = clamp(want.getMinY(), best.getMinY(), best.getMaxY() - h);
        return new Placement(new Rectangle2D(x, y, w, h), max);
    }

    private static Rectangle2D centred(Rectangle2D screen) {
        double w = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double h = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
