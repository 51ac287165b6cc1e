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
 * Each maker is a lambda, not a constructor reference: a reference loads and verifies its class (and the
 * classes its code names) when the list is made, at every start; a lambda only when the screen is first shown.
 */
public final class Screens {
    private Screens() {
    }

    public static List<ScreenFactory> all() {
        return List.of(
                ScreenFactory.of("overview", c -> new OverviewView(c)),
                ScreenFactory.of("unit", c -> new UnitView(c)),
                ScreenFactory.of("departments", c -> new DepartmentsView(c)),
                ScreenFactory.of("staff", c -> new StaffView(c)),
                ScreenFactory.of("scoring", c -> new ScoringView(c)),
                ScreenFactory.of("checklist", c -> new ChecklistView(c)),
                ScreenFactory.of("evidence", c -> new EvidenceView(c)),
                ScreenFactory.of("meeting", c -> new MeetingView(c)),
                ScreenFactory.of("dossier", c -> new DossierView(c)),
                ScreenFactory.of("years", c -> new YearsView(c)),
                ScreenFactory.of("backup", c -> new BackupView(c)),
                ScreenFactory.of("settings", c -> new SettingsView(c)));
    }
}
