package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.Store;

class StaffImportApplyTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("data"));
        store.unit().create(UnitProfile.minimal("Trường THPT Nguyễn Trãi", UnitType.CO_SO_GIAO_DUC), 2026);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Plans (departments may be created) and writes, as the command line does with --create-departments. */
    private StaffImportResult apply(StaffImportPreview p, boolean skipInvalid) {
        return StaffImport.apply(store, StaffImport.plan(store, 2026, p, new StaffImportPlan.Options(skipInvalid, true,
                false)), null);
    }

    private Path file(Object[]... rows) throws Exception {
        return Workbooks.write(dir.resolve("ds.xlsx"), rows);
    }

    @Test
    void aGoodFileIsImportedWithDepartmentsAndPledges() throws Exception {
        Path f = file(new Object[] {"Họ và tên", "Phòng ban", "Chức vụ", "Đã ký cam kết", "Ngày ký"},
                new Object[] {"Nguyễn Văn An", "Tổ Toán – Tin", "Tổ trưởng", "có", LocalDate.of(2026, 2, 3)},
                new Object[] {"Trần Thị Bích", "Tổ Toán – Tin", "Giáo viên", "không", null},
                new Object[] {"Lê Hoàng Đức", "Đội Bảo vệ", "Đội trưởng", null, null});
        StaffImportResult r = apply(StaffImport.preview(f), false);
        assertThat(r.summary().staffAdded()).isEqualTo(3);
        assertThat(r.summary().departmentsCreated()).isEqualTo(2);
        // one "có", one "không", one blank: ONE pledge signed (issue 14: counts are people who signed)
        assertThat(r.summary().pledgesSigned()).isEqualTo(1);
        assertThat(r.summary().staffInYear()).isEqualTo(3);
        assertThat(r.skipped()).isEmpty();
        List<StaffPledge> staff = store.staff().ofYear(2026);
        assertThat(staff).extracting(s -> s.staff().fullName(), StaffPledge::departmentName, StaffPledge::signed,
                StaffPledge::date).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Nguyễn Văn An", "Tổ Toán – Tin", true, LocalDate.of(2026, 2, 3)),
                        org.assertj.core.groups.Tuple.tuple("Trần Thị Bích", "Tổ Toán – Tin", false, null),
                        org.assertj.core.groups.Tuple.tuple("Lê Hoàng Đức", "Đội Bảo vệ", false, null));
        assertThat(store.departments().list()).hasSize(2);
    }

    @Test
    void oneBadRowImportsNothingAndIsReported() throws Exception {
        Path f = file(new Object[] {"Họ và tên", "Phòng ban", "Ngày sinh"},
                new Object[] {"Nguyễn Văn An", "Phòng A", "01/01/1980"},
                new Object[] {"Trần Văn Bình", "Phòng B", "32/01/1980"},
                new Object[] {"Lê Văn Cường", "Phòng C", null});
        StaffImportPreview p = StaffImport.preview(f);
        assertThatThrownBy(() -> apply(p, false))
                .isInstanceOf(StaffImportRejected.class)
                .hasMessageStartingWith("Không nhập gì cả: 1 dòng có lỗi")
                .satisfies(e -> assertThat(((StaffImportRejected) e).issues()).extracting(ImportIssue::row)
                        .containsExactly(3));
        assertThat(store.staff().count()).isZero();
        assertThat(store.departments().list()).isEmpty();
        assertThat(store.staff().ofYear(2026)).isEmpty();
    }

    @Test
    void skipInvalidImportsTheRestAndReportsTheSkippedRows() throws Exception {
        Path f = file(new Object[] {"Họ và tên", "Phòng ban", "Ngày sinh"},
                new Object[] {"Nguyễn Văn An", "Phòng A", "01/01/1980"},
                new Object[] {"Trần Văn Bình", "Phòng B", "32/01/1980"},
                new Object[] {"Lê Văn Cường", "Phòng C", null});
        StaffImportResult r = apply(StaffImport.preview(f), true);
        assertThat(r.summary().staffAdded()).isEqualTo(2);
        assertThat(r.skipped()).extracting(PreviewRow::rowNumber).containsExactly(3);
        assertThat(store.staff().ofYear(2026)).extracting(s -> s.staff().fullName())
                .containsExactlyInAnyOrder("Nguyễn Văn An", "Lê Văn Cường");
    }

    @Test
    void aMissingColumnRefusesEvenWithSkipInvalid() throws Exception {
        Path f = file(new Object[] {"Họ và tên"}, new Object[] {"Nguyễn Văn An"});
        assertThatThrownBy(() -> apply(StaffImport.preview(f), true))
                .isInstanceOf(StaffImportRejected.class).hasMessageContaining("Phòng ban");
        assertThat(store.staff().count()).isZero();
    }

    @Test
    void namesWithCombiningDiacriticsAreStoredNfc() throws Exception {
        String nfd = Normalizer.normalize("Phạm Thị Hường", Normalizer.Form.NFD);
        Path f = file(new Object[] {"Họ và tên", "Phòng ban"}, new Object[] {nfd,
            Normalizer.normalize("Tổ Ngữ văn", Normalizer.Form.NFD)});
        apply(StaffImport.preview(f), false);
        StaffPledge s = store.staff().ofYear(2026).get(0);
        assertThat(s.staff().fullName()).isEqualTo("Phạm Thị Hường");
        assertThat(Normalizer.isNormalized(s.staff().fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(s.departmentName()).isEqualTo("Tổ Ngữ văn");
    }

    @Test
    void importingTheSameListAgainChangesNothing() throws Exception {
        Path f = file(new Object[] {"Họ và tên", "Phòng ban"}, new Object[] {"Nguyễn Văn An", "Phòng A"},
                new Object[] {"Trần Văn Bình", "Phòng A"});
        apply(StaffImport.preview(f), false);
        StaffImportResult again = apply(StaffImport.preview(f), false);
        assertThat(again.plan().unchanged()).hasSize(2);
        assertThat(again.summary().staffAdded()).isZero();
        assertThat(again.summary().departmentsCreated()).isZero();
        assertThat(store.staff().ofYear(2026)).hasSize(2);
    }

    @Test
    void fiveThousandRowsPreviewAndImportFast() throws Exception {
        Path f = Workbooks.large(dir.resolve("5000.xlsx"), 5_000);
        long t0 = System.nanoTime();
        StaffImportPreview p = StaffImport.preview(f);
        long t1 = System.nanoTime();
        StaffImportResult r = apply(p, false);
        long t2 = System.nanoTime();
        System.out.printf("5,000-row import: preview %d ms, store %d ms%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000);
        assertThat(r.summary().staffAdded()).isEqualTo(5_000);
        assertThat(r.summary().departmentsCreated()).isEqualTo(40);
        assertThat(store.staff().count()).isEqualTo(5_000);
    }
}
