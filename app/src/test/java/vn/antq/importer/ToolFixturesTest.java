package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lists written by a real spreadsheet program (LibreOffice; see fixtures/README.md), not by POI: merged
 * title cells, styles, real and 1904 dates, {@code t="d"} cells, shared and inline strings, .xls, CSV,
 * Unicode text and Windows-1258, TCVN3 and VNI fonts.
 */
class ToolFixturesTest {
    static Path fixture(String name) {
        try {
            return Path.of(ToolFixturesTest.class.getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"truong-thcs.xlsx", "truong-thcs-1904.xlsx", "truong-thcs.xls", "truong-thcs.csv",
        "truong-thcs-unicode.txt", "truong-thcs-cp1258.csv", "truong-thcs-inline-d.xlsx"})
    void theSchoolListReadsTheSameFromEveryFormat(String name) {
        StaffImportPreview p = StaffImport.preview(fixture(name));
        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.headerRowNumber()).isEqualTo(4);
        assertThat(p.invalidCount()).isZero();
        assertThat(p.validStaff()).extracting(StaffRow::fullName, StaffRow::department, StaffRow::dateOfBirth,
                StaffRow::pledged, StaffRow::pledgeDate).containsExactly(
                        tuple("Nguyễn Văn Hùng", "Tổ Toán – Tin", LocalDate.of(1978, 5, 17), true,
                                LocalDate.of(2026, 1, 15)),
                        tuple("Trần Thị Bích", "Tổ Ngữ văn", LocalDate.of(1990, 3, 7), true, LocalDate.of(2026, 1, 16)),
                        tuple("Lê Hoàng Đức", "Tổ Toán – Tin", LocalDate.of(1985, 12, 31), null, null),
                        tuple("Phạm Thu Hà", "Tổ Văn phòng", LocalDate.of(1992, 2, 29), true,
                                LocalDate.of(2026, 2, 3)));
        assertThat(p.skippedRows()).extracting(SkippedRow::reason).containsExactly(SkippedRow.Reason.TOTAL,
                SkippedRow.Reason.SIGNATURE, SkippedRow.Reason.FOOTER);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            // the cover sheet comes first; the list is read from the first sheet with a header
            assertThat(p.sheetNames()).containsExactly("Hướng dẫn", "Danh sách");
            assertThat(p.sheetName()).isEqualTo("Danh sách");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ds-tcvn3.xlsx", "ds-tcvn3.xls", "ds-vni.xlsx", "ds-vni.xls"})
    void listsTypedInTcvn3AndVniFontsReadAsUnicode(String name) {
        StaffImportPreview p = StaffImport.preview(fixture(name));
        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.headers()).containsExactly("Họ và tên", "Tổ chuyên môn", "Chức vụ");
        assertThat(p.validStaff()).extracting(StaffRow::fullName, StaffRow::department, StaffRow::position)
                .containsExactly(
                        tuple("Nguyễn Văn Hùng", "Tổ Toán – Tin", "Tổ trưởng"),
                        tuple("Trần Thị Bích", "Tổ Ngữ văn", "Giáo viên"),
                        tuple("Đặng Ngọc Ánh", "Tổ Văn phòng", "Kế toán"));
        LegacyText.Encoding expected = name.contains("tcvn3") ? LegacyText.Encoding.TCVN3 : LegacyText.Encoding.VNI;
        assertThat(p.conversions()).extracting(LegacyConversion::column).containsExactly(0, 1, 2);
        assertThat(p.conversions()).extracting(LegacyConversion::encoding).containsOnly(expected);
        assertThat(p.conversions().get(0).after()).isEqualTo("DANH SÁCH CÁN BỘ");
        assertThat(List.of(p.conversions().get(0).before())).doesNotContain("DANH SÁCH CÁN BỘ");
    }
}
