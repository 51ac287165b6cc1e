package vn.antq.ui;

import java.util.List;
import vn.antq.ui.backup.BackupView;
import vn.antq.ui.checklist.ChecklistView;
import vn.antq.ui.common.ScreenFactory;
import vn.antq.ui.departments.DepartmentsView;
import vn.antq.ui.dossier.DossierView;
import vn.antq.ui.evidence.EvidenceView;
import vn.antq.ui.meeting.MeetingView;
import vn.antq.ui.overview.OverviewView;
import vn.antq.ui.scoring.ScoringView;
import vn.antq.ui.settings.SettingsView;
import vn.antq.ui.staff.StaffView;
import vn.antq.ui.unit.UnitView;
import vn.antq.ui.years.YearsView;

/**
 * The screens of the main window, in the order of the navigation list. A new screen lives in its
 * own sub-package and is added here with one line (its id, and {@code ui.nav.<id>} in the bundles).
 */
public final class Screens {
    private Screens() {
    }

    public static List<ScreenFactory> all() {
        return List.of(
                ScreenFactory.of("overview", OverviewView::new),
                ScreenFactory.of("unit", UnitView::new),
                ScreenFactory.of("departments", DepartmentsView::new),
                ScreenFactory.of("staff", StaffView::new),
                ScreenFactory.of("scoring", ScoringView::new),
                ScreenFactory.of("checklist", ChecklistView::new),
                ScreenFactory.of("evidence", EvidenceView::new),
                ScreenFactory.of("meeting", MeetingView::new),
                ScreenFactory.of("dossier", DossierView::new),
                ScreenFactory.of("years", YearsView::new),
                ScreenFactory.of("backup", BackupView::new),
                ScreenFactory.of("settings", SettingsView::new));
    }
}
