package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Trường THPT Nguyễn Trãi|truong-thpt-nguyen-trai",
        "Công ty Cổ phần Đầu tư Đông Á|cong-ty-co-phan-dau-tu-dong-a",
        "  UBND   phường Hà Đông / Tổ 3  |ubnd-phuong-ha-dong-to-3",
        "../../etc/passwd|etc-passwd",
        "CON:*?<>|con",
        "Ỷ Lan — Ỹ Ựa|y-lan-y-ua",
        "!!!|don-vi",
    })
    void slugs(String name, String slug) {
        assertThat(FileNames.slug(name, FileNames.MAX_UNIT_LENGTH)).isEqualTo(slug);
    }

    @Test
    void outputNamesAndLimits() {
        assertThat(FileNames.output("Trường THPT Nguyễn Trãi", 2025, DossierFormat.PDF))
                .isEqualTo("truong-thpt-nguyen-trai-2025-ho-so.pdf");
        assertThat(FileNames.volume("Trường THPT Nguyễn Trãi", 2025, 2))
                .isEqualTo("truong-thpt-nguyen-trai-2025-ho-so-part2.zip");
        String longName = "Trung tâm ".repeat(30);
        String slug = FileNames.slug(longName, FileNames.MAX_UNIT_LENGTH);
        assertThat(slug.length()).isLessThanOrEqualTo(FileNames.MAX_UNIT_LENGTH);
        assertThat(slug).doesNotEndWith("-").matches("[a-z0-9-]+");
    }

    @Test
    void evidenceNamesKeepTheExtension() {
        assertThat(FileNames.evidence(1, "Kế hoạch ANTT năm 2025.PDF")).isEqualTo("001-ke-hoach-antt-nam-2025.pdf");
        assertThat(FileNames.evidence(12, "C:\\Users\\x\\ảnh.jpeg")).isEqualTo("012-anh.jpeg");
        assertThat(FileNames.evidence(3, "../../../evil.sh")).isEqualTo("003-evil.sh");
        assertThat(FileNames.evidence(4, "không đuôi")).isEqualTo("004-khong-duoi");
        assertThat(FileNames.evidence(5, "…")).isEqualTo("005-tep");
        assertThat(FileNames.evidence(6, null)).isEqualTo("006-tep");
        assertThat(FileNames.evidence(7, ".hidden")).isEqualTo("007-hidden");
    }
}
