package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.i18n.Messages;
import vn.antq.storage.Store;

/** Issue 14: importing the staff list again is an update of the unit's list, shown before it is written. */
class StaffReimportTest {
    private static final Object[] HEADER = {"Họ và tên", "Phòng ban", "Chức vụ", "Ngày sinh", "Đã ký cam kết"};
    private static final StaffImportPlan.Options CREATE = new StaffImportPlan.Options(false, true, false);
    private static final StaffImportPlan.Options STRICT = new StaffImportPlan.Options(false, false, false);

    @TempDir
    Path dir;
    Store store;
    int files;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("data"));
        store.unit().create(UnitProfile.minimal("Trường THCS Lê Lợi", UnitType.CO_SO_GIAO_DUC), 2026);
        write(CREATE, file(HEADER,
                row("Nguyễn Văn An", "Tổ Toán", "Tổ trưởng", LocalDate.of(1980, 1, 2), "có"),
                row("Trần Thị Bình", "Tổ Toán", "Giáo viên", null, "không"),
                row("Lê Văn Cường", "Tổ Văn", "Giáo viên", null, "có"),
                row("Phạm Thị Dung", "Tổ Văn", "Giáo viên", null, null)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private Path file(Object[]... rows) throws Exception {
        return Workbooks.write(dir.resolve("ds" + (++files) + ".xlsx"), rows);
    }

    private StaffImportPlan plan(StaffImportPlan.Options o, Path f) {
        return StaffImport.plan(store, 2026, StaffImport.preview(f), o);
    }

    private StaffImportResult write(StaffImportPlan.Options o, Path f) {
        return StaffImport.apply(store, plan(o, f), null);
    }

    @Test
    void theSameListTwiceLeavesTheCountUnchanged() throws Exception {
        Path again = file(HEADER,
                row("Nguyễn Văn An", "Tổ Toán", "Tổ trưởng", LocalDate.of(1980, 1, 2), "có"),
                row("Trần Thị Bình", "Tổ Toán", "Giáo viên", null, "không"),
                row("Lê Văn Cường", "Tổ Văn", "Giáo viên", null, "có"),
                row("Phạm Thị Dung", "Tổ Văn", "Giáo viên", null, null));
        StaffImportPlan plan = plan(STRICT, again);
        assertThat(plan.added()).isEmpty();
        assertThat(plan.changed()).isEmpty();
        assertThat(plan.unchanged()).hasSize(4);
        assertThat(plan.missing()).isEmpty();
        StaffImportResult r = StaffImport.apply(store, plan, null);
        assertThat(r.summary().staffInYear()).isEqualTo(4);
        assertThat(r.summary().pledgesSigned()).isEqualTo(2);
        assertThat(store.snapshot(2026).staff()).hasSize(4);
        assertThat(store.snapshot(2026).staffSigned()).isEqualTo(2);
    }

    @Test
    void oneRemovedOneMovedOneAddedIsExactlyWhatThePreviewAndTheResultShow() throws Exception {
        // Phạm Thị Dung left; Lê Văn Cường moved to Tổ Toán and signed; Võ Minh Em is new
        Path next = file(HEADER,
                row("Nguyễn Văn An", "Tổ Toán", "Tổ trưởng", LocalDate.of(1980, 1, 2), "có"),
                row("Trần Thị Bình", "Tổ Toán", "Giáo viên", null, "không"),
                row("Lê Văn Cường", "Tổ Toán", "Giáo viên", null, "có"),
                row("Võ Minh Em", "Tổ Văn", "Giáo viên", null, "có"));
        StaffImportPlan plan = plan(new StaffImportPlan.Options(false, false, true), next);
        assertThat(plan.added()).extracting(a -> a.value().fullName()).containsExactly("Võ Minh Em");
        assertThat(plan.changed()).hasSize(1);
        StaffImportPlan.Changed moved = plan.changed().get(0);
        assertThat(moved.value().fullName()).isEqualTo("Lê Văn Cường");
        assertThat(moved.changes()).extracting(StaffImportPlan.FieldChange::field, StaffImportPlan.FieldChange::before,
                StaffImportPlan.FieldChange::after).containsExactly(tuple(StaffField.DEPARTMENT, "Tổ Văn", "Tổ Toán"));
        assertThat(PlanReport.changes(moved, Messages.vietnamese())).isEqualTo("Phòng ban: Tổ Văn → Tổ Toán");
        assertThat(plan.unchanged()).hasSize(2);
        assertThat(plan.missing()).extracting(p -> p.fullName()).containsExactly("Phạm Thị Dung");
        assertThat(plan.staffBefore()).isEqualTo(4);
        assertThat(plan.staffAfter()).isEqualTo(4);
        List<String> lines = PlanReport.lines(plan, Messages.vietnamese(), 50);
        assertThat(lines).contains("Mới — dòng 5: Võ Minh Em (Tổ Văn)",
                "Thay đổi — dòng 4: Lê Văn Cường: Phòng ban: Tổ Văn → Tổ Toán",
                "Không có trong tệp — Phạm Thị Dung (Tổ Văn)");

        StaffImportResult r = StaffImport.apply(store, plan, null);
        assertThat(r.summary().staffAdded()).isEqualTo(1);
        assertThat(r.summary().staffUpdated()).isEqualTo(1);
        assertThat(r.summary().markedLeft()).isEqualTo(1);
        assertThat(r.summary().staffInYear()).isEqualTo(4);
        assertThat(r.summary().pledgesSigned()).isEqualTo(3);
        assertThat(store.staff().ofYear(2026)).extracting(p -> p.staff().fullName(), StaffPledge::departmentName,
                StaffPledge::signed).containsExactlyInAnyOrder(
                        tuple("Nguyễn Văn An", "Tổ Toán", true), tuple("Trần Thị Bình", "Tổ Toán", false),
                        tuple("Lê Văn Cường", "Tổ Toán", true), tuple("Võ Minh Em", "Tổ Văn", true));
        // her history stays: she is still a person of the unit (and in the count of an earlier year)
        assertThat(store.staff().count()).isEqualTo(5);
    }

    @Test
    void peopleNotInTheFileAreKeptUnlessMarked() throws Exception {
        Path part = file(HEADER, row("Nguyễn Văn An", "Tổ Toán", "Tổ trưởng", LocalDate.of(1980, 1, 2), "có"));
        StaffImportPlan plan = plan(STRICT, part);
        assertThat(plan.missing()).hasSize(3);
        assertThat(PlanReport.lines(plan, Messages.vietnamese(), 50)).anyMatch(l -> l.startsWith(
                "3 người có trong đơn vị nhưng không có trong tệp: vẫn giữ"));
        StaffImport.apply(store, plan, null);
        assertThat(store.staff().ofYear(2026)).hasSize(4);
    }

    @Test
    void aPersonWhoLeftAndComesBackIsMatchedNotAddedAgain() throws Exception {
        write(new StaffImportPlan.Options(false, false, true),
                file(HEADER, row("Nguyễn Văn An", "Tổ Toán", "Tổ trưởng", LocalDate.of(1980, 1, 2), "có")));
        assertThat(store.staff().ofYear(2026)).hasSize(1);
        StaffImportPlan back = plan(STRICT, file(HEADER, row("Nguyễn Văn An", "Tổ Toán", "Tổ trưởng", null, "có"),
                row("Trần Thị Bình", "Tổ Toán", "Giáo viên", null, "không")));
        assertThat(back.added()).isEmpty();
        assertThat(back.changed()).extracting(StaffImportPlan.Changed::returning).containsExactly(true);
        StaffImport.apply(store, back, null);
        assertThat(store.staff().ofYear(2026)).hasSize(2);
        assertThat(store.staff().count()).isEqualTo(4);
    }

    @Test
    void aNameSeveralPeopleShareIsAProblemNeverAGuess() throws Exception {
        store.staff().add("Trần Thị Bình", "Bảo vệ", null, null, "");
        StaffImportPlan plan = plan(STRICT, file(HEADER, row("Trần Thị Bình", "Tổ Toán", "Giáo viên", null, "có")));
        assertThat(plan.problems()).extracting(ImportIssue::key).containsExactly("importer.match.ambiguous");
        assertThat(plan.problems().get(0).toString()).startsWith("Dòng 2: “Trần Thị Bình” có thể là 2 người");
        assertThat(plan.canWrite()).isFalse();
        // two people of the name are not "missing": the row that could be either of them is unsure
        assertThat(plan.missing()).extracting(p -> p.fullName()).doesNotContain("Trần Thị Bình");
        assertThatThrownBy(() -> StaffImport.apply(store, plan, null)).isInstanceOf(StaffImportRejected.class);
        assertThat(store.staff().ofYear(2026)).filteredOn(p -> p.staff().fullName().equals("Trần Thị Bình"))
                .extracting(StaffPledge::signed).containsOnly(false);
    }

    @Test
    void theDateOfBirthTellsNamesakesApart() throws Exception {
        store.staff().add("Nguyễn Văn An", "Bảo vệ", null, LocalDate.of(1990, 5, 5), "");
        StaffImportPlan plan = plan(STRICT, file(HEADER,
                row("Nguyễn Văn An", "Tổ Văn", "Tổ trưởng", LocalDate.of(1980, 1, 2), "có"),
                row("Nguyễn Văn An", "Tổ Toán", "Bảo vệ", LocalDate.of(1990, 5, 5), "có"),
                row("Nguyễn Văn An", "Tổ Toán", "Giáo viên", LocalDate.of(2000, 9, 9), "có")));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.added()).extracting(StaffImportPlan.Added::row).containsExactly(4);
        assertThat(plan.changed()).extracting(StaffImportPlan.Changed::row).containsExactly(2, 3);
    }

    @Test
    void theStaffCodeMatchesAcrossRenamesAndIsRecorded() throws Exception {
        Object[] header = {"Mã cán bộ", "Họ và tên", "Phòng ban"};
        StaffImportPlan first = plan(STRICT, file(header, row("GV-01", "Nguyễn Văn An", "Tổ Toán")));
        assertThat(first.changed()).singleElement().satisfies(c -> assertThat(c.changes())
                .extracting(StaffImportPlan.FieldChange::field).containsExactly(StaffField.STAFF_CODE));
        StaffImport.apply(store, first, null);
        // the name corrected in the list: the code says it is the same person
        StaffImportPlan renamed = plan(STRICT, file(header, row("gv-01", "Nguyễn Văn Ân", "Tổ Toán")));
        assertThat(renamed.added()).isEmpty();
        assertThat(renamed.changed()).singleElement().satisfies(c -> assertThat(c.changes())
                .extracting(StaffImportPlan.FieldChange::field).containsExactly(StaffField.FULL_NAME,
                        StaffField.STAFF_CODE));
        StaffImport.apply(store, renamed, null);
        assertThat(store.staff().ofYear(2026)).extracting(p -> p.staff().fullName()).contains("Nguyễn Văn Ân")
                .doesNotContain("Nguyễn Văn An");
    }

    @Test
    void aNewDepartmentIsADecision() throws Exception {
        Path f = file(HEADER, row("Hồ Văn Giang", "Tổ Bảo vệ", "Bảo vệ", null, "có"),
                row("Đỗ Thị Hoa", "tổ\u00A0văn", "Giáo viên", null, "có"));
        StaffImportPlan strict = plan(STRICT, f);
        assertThat(strict.newDepartments()).extracting(StaffImportPlan.NewDepartment::name, d -> d.rows())
                .containsExactly(tuple("Tổ Bảo vệ", List.of(2)));
        assertThat(strict.problems()).extracting(ImportIssue::row, ImportIssue::key)
                .containsExactly(tuple(2, "importer.match.newDepartment"));
        assertThat(strict.problems().get(0).toString()).contains("Tổ Bảo vệ");
        assertThat(PlanReport.lines(strict, Messages.vietnamese(), 50)).anyMatch(l -> l.contains("mục 8b"));
        assertThatThrownBy(() -> StaffImport.apply(store, strict, null)).isInstanceOf(StaffImportRejected.class);
        assertThat(store.departments().list()).hasSize(2);

        StaffImportResult created = write(CREATE, f);
        assertThat(created.summary().departmentsCreated()).isEqualTo(1);
        assertThat(store.departments().list()).extracting(Department::name)
                .containsExactlyInAnyOrder("Tổ Toán", "Tổ Văn", "Tổ Bảo vệ");
    }

    @Test
    void aListChangedSinceThePreviewIsNotWritten() throws Exception {
        StaffImportPlan plan = plan(STRICT, file(HEADER, row("Võ Minh Em", "Tổ Văn", "Giáo viên", null, "có")));
        store.staff().add("Võ Minh Em", "Giáo viên", null, null, "");
        assertThatThrownBy(() -> StaffImport.apply(store, plan, null)).isInstanceOf(StaffImportRejected.class)
                .hasMessageContaining("đã thay đổi từ lúc xem trước");
        assertThat(store.staff().count()).isEqualTo(5);
    }
}
