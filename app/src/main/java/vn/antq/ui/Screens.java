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
 * own sub-package and is added here with one line.
 */
public final class Screens {
    private Screens() {
    }

    public static List<ScreenFactory> all() {
        return List.of(
                OverviewView::new,
                UnitView::new,
                DepartmentsView::new,
                StaffView::new,
                ScoringView::new,
                ChecklistView::new,
                EvidenceView::new,
                MeetingView::new,
                DossierView::new,
                YearsView::new,
                BackupView::new,
                SettingsView::new);
    }
}
