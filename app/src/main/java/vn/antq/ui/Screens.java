package vn.antq.ui;

import java.util.List;
import vn.antq.ui.common.ScreenFactory;
import vn.antq.ui.departments.DepartmentsView;
import vn.antq.ui.scoring.ScoringView;
import vn.antq.ui.staff.StaffView;

/**
 * The screens of the main window, in the order of the navigation list. A new screen lives in its
 * own sub-package and is added here with one line.
 */
public final class Screens {
    private Screens() {
    }

    public static List<ScreenFactory> all() {
        return List.of(
                DepartmentsView::new,
                StaffView::new,
                ScoringView::new);
    }
}
