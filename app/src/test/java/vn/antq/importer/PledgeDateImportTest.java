package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.i18n.Messages;
import vn.antq.storage.Store;

/**
 * Issue 13 point 1: pledge dates come in with the staff list where it has a pledge-date column
 * (header aliases, dd/MM/yyyy and d/M/yyyy text, Excel date cells, CSV); a bad date is a clear
 * problem of its row and nothing is written; a re-import updates the date. Real files, real SQLite.
 */
class PledgeDateImportTest {
    private static final StaffImportPlan.Options CREATE = new StaffImportPlan.Options(false, true, false);

    @TempDir
    Path dir;
    Store store;
    int files;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("data"));
        store.unit().create(UnitProfile.minimal("Trường THCS Lê Lợi", UnitType.CO_SO_GIAO_DUC), 2026);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path xlsx(Object[]... rows) throws Exception {
        return Workbooks.write(dir.resolve("ds" + (++files) + ".xlsx"), rows);
    }

    private StaffImportResult write(Path f) {
        return StaffImport.apply(store, StaffImport.plan(store, 2026, StaffImport.preview(f), CREATE), null);
    }

    private Map<String, LocalDate> pledgeDates() {
        return store.staff().ofYear(2026).stream().filter(StaffPledge::signed)
                .collect(Collectors.toMap(p -> p.staff().fullName(), p -> p.date()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ngày ký cam kết", "Ngày cam kết", "Ngày ký", "NGÀY KÝ CAM KẾT (dd/mm/yyyy)", "Pledge date"})
    void thePledgeDateColumnIsFoundByItsUsualHeaders(String header) throws Exception {
        Path f = xlsx(new Object[] {"Họ và tên", "Tổ chuyên môn", header},
                new Object[] {"Nguyễn Văn An", "Tổ Toán", "15/03/2026"});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.mapping().column(StaffField.PLEDGE_DATE)).hasValue(2);
        write(f);
        // a date alone says the pledge was signed
        assertThat(pledgeDates()).containsExactly(Map.entry("Nguyễn Văn An", LocalDate.of(2026, 3, 15)));
    }

    @Test
    void textDatesInBothFormsAndExcelDateCellsAreRead() throws Exception {
        Path f = xlsx(new Object[] {"Họ và tên", "Tổ chuyên môn", "Ký cam kết", "Ngày ký cam kết"},
                new Object[] {"Nguyễn Văn An", "Tổ Toán", "x", "15/03/2026"},
                new Object[] {"Trần Thị Bình", "Tổ Toán", "x", "5/3/2026"},
                new Object[] {"Lê Văn Cường", "Tổ Văn", "x", LocalDate.of(2026, 2, 27)},
                new Object[] {"Phạm Thị Dung", "Tổ Văn", "x", "07/01/2026 00:00:00"},
                new Object[] {"Đỗ Minh Quang", "Tổ Văn", "không", null});
        write(f);
        assertThat(pledgeDates()).containsOnly(
                Map.entry("Nguyễn Văn An", LocalDate.of(2026, 3, 15)),
                Map.entry("Trần Thị Bình", LocalDate.of(2026, 3, 5)),
                Map.entry("Lê Văn Cường", LocalDate.of(2026, 2, 27)),
                Map.entry("Phạm Thị Dung", LocalDate.of(2026, 1, 7)));
        assertThat(store.staff().ofYear(2026)).hasSize(5);
    }

    @Test
    void aCsvListsPledgeDatesAreReadToo() throws Exception {
        Path f = dir.resolve("ds.csv");
        Files.writeString(f, "Họ và tên,Tổ chuyên môn,Ngày cam kết\nNguyễn Văn An,Tổ Toán,1/2/2026\n"
                + "Trần Thị Bình,Tổ Toán,28/02/2026\n", StandardCharsets.UTF_8);
        write(f);
        assertThat(pledgeDates()).containsOnly(Map.entry("Nguyễn Văn An", LocalDate.of(2026, 2, 1)),
                Map.entry("Trần Thị Bình", LocalDate.of(2026, 2, 28)));
    }

    @Test
    void aBadDateIsAProblemOfItsRowAndNothingIsWritten() throws Exception {
        Path f = xlsx(new Object[] {"Họ và tên", "Tổ chuyên môn", "Ngày ký cam kết"},
                new Object[] {"Nguyễn Văn An", "Tổ Toán", "15/03/2026"},
                new Object[] {"Trần Thị Bình", "Tổ Toán", "31/02/2026"},
                new Object[] {"Lê Văn Cường", "Tổ Văn", "15/03/2019"});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.rows().get(1).errors()).singleElement().satisfies(e -> assertThat(e.text(Messages.vietnamese()))
                .isEqualTo("Dòng 3: “Ngày ký” có giá trị “31/02/2026” không phải ngày hợp lệ (ghi dạng ngày/tháng/năm, "
                        + "ví dụ 15/03/2024)."));
        StaffImportPlan plan = StaffImport.plan(store, 2026, p, CREATE);
        assertThat(plan.problems()).singleElement().satisfies(e -> assertThat(e.text(Messages.vietnamese()))
                .isEqualTo("Dòng 4: ngày ký cam kết 15/03/2019 nằm ngoài năm đánh giá 2026 (cam kết của năm 2026 ghi "
                        + "ngày từ 01/01/2025 đến 31/12/2026). Sửa ngày trong danh sách, hoặc nhập danh sách vào đúng năm."));
        assertThatThrownBy(() -> StaffImport.apply(store, plan, null)).isInstanceOf(StaffImportRejected.class)
                .satisfies(e -> assertThat(((StaffImportRejected) e).issues()).extracting(ImportIssue::row)
                        .containsExactly(3, 4));
        assertThat(store.staff().count()).isZero();
        assertThat(store.departments().list()).isEmpty();
    }

    @Test
    void aReimportUpdatesThePledgeDate() throws Exception {
        write(xlsx(new Object[] {"Họ và tên", "Tổ chuyên môn", "Ngày ký cam kết"},
                new Object[] {"Nguyễn Văn An", "Tổ Toán", "15/03/2026"},
                new Object[] {"Trần Thị Bình", "Tổ Toán", "16/03/2026"}));
        Path again = xlsx(new Object[] {"Họ và tên", "Tổ chuyên môn", "Ngày ký cam kết"},
                new Object[] {"Nguyễn Văn An", "Tổ Toán", "20/03/2026"},
                new Object[] {"Trần Thị Bình", "Tổ Toán", "16/03/2026"});
        StaffImportPlan plan = StaffImport.plan(store, 2026, StaffImport.preview(again), CREATE);
        assertThat(plan.changed()).singleElement().satisfies(c -> assertThat(c.changes())
                .extracting(ch -> ch.field() + " " + ch.before() + " → " + ch.after())
                .containsExactly("PLEDGED có (15/03/2026) → có (20/03/2026)"));
        assertThat(plan.unchanged()).hasSize(1);
        StaffImport.apply(store, plan, null);
        assertThat(pledgeDates()).containsOnly(Map.entry("Nguyễn Văn An", LocalDate.of(2026, 3, 20)),
                Map.entry("Trần Thị Bình", LocalDate.of(2026, 3, 16)));
    }
}
