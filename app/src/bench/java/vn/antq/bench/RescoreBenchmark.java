package vn.antq.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.antq.domain.UnitType;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.ManualScore;
import vn.antq.domain.unit.StaffMember;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.domain.unit.YearState;
import vn.antq.rules.RulesLoader;

/**
 * Rescoring after one change at the large unit's size (5,000 staff, 200 departments): what the
 * scoring screen does on every edit — derive the facts from the year's records and score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RescoreBenchmark {
    Rubric rubric;
    ClassificationProfile profile;
    ScoringEngine engine;
    YearSnapshot snapshot;
    Map<String, Integer> points;
    List<RubricItem> manual;
    int turn;

    @Setup(Level.Trial)
    public void setUp() {
        rubric = RulesLoader.defaultRubric();
        profile = RulesLoader.defaultProfile(rubric);
        engine = new ScoringEngine(rubric);
        snapshot = largeUnit(5000, 200);
        points = new HashMap<>(snapshot.manualPoints());
        manual = rubric.manualItems();
    }

    @Benchmark
    public ScoreResult rescoreAfterOneChange() {
        RubricItem item = manual.get(turn++ % manual.size());
        points.put(item.code(), (points.getOrDefault(item.code(), 0) + 1) % (item.max() + 1));
        return engine.score(points, snapshot.facts(true, rubric, (vn.antq.domain.checklist.AssessmentPeriod) null), profile);
    }

    static YearSnapshot largeUnit(int staffCount, int departmentCount) {
        List<DepartmentYear> departments = new ArrayList<>();
        for (int d = 0; d < departmentCount; d++) {
            departments.add(new DepartmentYear(new Department(d + 1, "Phòng " + (d + 1)), d % 50 != 7,
                    LocalDate.of(2026, 3, 1), null, staffCount / departmentCount, staffCount / departmentCount));
        }
        List<StaffPledge> staff = new ArrayList<>();
        for (int i = 0; i < staffCount; i++) {
            staff.add(new StaffPledge(new StaffMember(i + 1, "Nguyễn Văn " + i, "Chuyên viên",
                    (long) (i % departmentCount + 1), null, null), "Phòng " + (i % departmentCount + 1), i % 17 != 0,
                    LocalDate.of(2026, 3, 2), null));
        }
        List<ManualScore> scores = new ArrayList<>();
        for (RubricItem item : RulesLoader.defaultRubric().manualItems()) {
            scores.add(new ManualScore(item.code(), item.max(), "Đã thực hiện"));
        }
        List<Commendation> commendations = List.of(
                new Commendation(1, CommendationKind.COLLECTIVE, "Giấy khen", "Tổ Bảo vệ", "UBND xã", "12/QĐ-UBND",
                        LocalDate.of(2026, 8, 19)));
        return new YearSnapshot(UnitProfile.minimal("Công ty Cổ phần Đồng Tâm", UnitType.DOANH_NGHIEP),
                new AssessmentYear(2026, YearState.DRAFT, "default-2022", LocalDate.of(2026, 2, 20), null, null),
                departments, staff, scores, List.of(), List.of(), commendations, null, List.of());
    }
}
