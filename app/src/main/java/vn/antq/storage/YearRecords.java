package vn.antq.storage;

import static vn.antq.storage.ChecklistRepository.answerRows;
import static vn.antq.storage.ChecklistRepository.eventRows;
import static vn.antq.storage.DepartmentRepository.departmentYears;
import static vn.antq.storage.EvidenceRepository.rubricEvidenceCounts;
import static vn.antq.storage.MeetingRepository.meetingRow;
import static vn.antq.storage.ScoreRepository.commendationRows;
import static vn.antq.storage.StaffRepository.staffCounts;
import static vn.antq.storage.UnitRepository.requireUnit;
import static vn.antq.storage.YearRepository.requireYear;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.domain.unit.YearCounts;
import vn.antq.domain.unit.YearSnapshot;

/** A year read across every table, inside one of the {@link Store}'s read transactions. */
final class YearRecords {
    private final ScoreRepository scores;
    private final EvidenceRepository evidence;
    private final StaffRepository staff;

    YearRecords(ScoreRepository scores, EvidenceRepository evidence, StaffRepository staff) {
        this.scores = scores;
        this.evidence = evidence;
        this.staff = staff;
    }

    /** Everything recorded for a year. */
    YearSnapshot snapshot(Connection c, int year) throws SQLException {
        UnitProfile unit = requireUnit(c);
        AssessmentYear y = requireYear(c, year);
        return new YearSnapshot(unit, y, departmentYears(c, year), staff.staffRead(c, year), scores.scoreRows(c, year),
                answerRows(c, year), eventRows(c, year), commendationRows(c, year), meetingRow(c, year).orElse(null),
                evidence.evidenceRows(c, null, year));
    }

    /**
     * The compact snapshot of a year: everything but the staff and evidence lists (the costly parts,
     * which no fact depends on; {@link #counts} gives what screens show of them).
     */
    YearSnapshot compactSnapshot(Connection c, int year) throws SQLException {
        UnitProfile unit = requireUnit(c);
        AssessmentYear y = requireYear(c, year);
        return new YearSnapshot(unit, y, departmentYears(c, year), List.of(), scores.scoreRows(c, year),
                answerRows(c, year), eventRows(c, year), commendationRows(c, year), meetingRow(c, year).orElse(null),
                List.of());
    }

    /** What the compact snapshot leaves out, counted: staff, pledges signed, evidence per rubric item. */
    YearCounts counts(Connection c, int year) throws SQLException {
        requireYear(c, year);
        int[] staff = staffCounts(c, year);
        return new YearCounts(staff[0], staff[1], rubricEvidenceCounts(c, year));
    }
}
