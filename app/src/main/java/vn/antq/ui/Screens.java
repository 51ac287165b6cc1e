package vn.antq.ui;

import java.util.List;
import vn.antq.ui.common.ScreenFactory;

/**
 * The screens of the main window, in the order of the navigation list. A new screen lives in its
 * own sub-package and is added here with one line.
 */
public final class Screens {
    private Screens() {
    }

    public static List<ScreenFactory> all() {
        return List.of();
    }
}
