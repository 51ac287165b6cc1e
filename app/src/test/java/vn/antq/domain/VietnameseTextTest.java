package vn.antq.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {
    @Test
    void inputIsStoredInNfcAndTrimmed() {
        String combining = " Nguye\u0302\u0303n Thi\u0323 A\u0301nh ";
        assertThat(VietnameseText.clean(combining)).isEqualTo("Nguyễn Thị Ánh");
        assertThat(VietnameseText.clean(null)).isEmpty();
    }

    @Test
    void foldingDropsEveryToneAndVowelMarkAndD() {
        assertThat(VietnameseText.fold("Đặng Thị Ánh Tuyết")).isEqualTo("dang thi anh tuyet");
        assertThat(VietnameseText.fold("Nguye\u0302\u0303n")).isEqualTo("nguyen");
        assertThat(VietnameseText.withoutMarks("Ủy ban Nhân dân Đồng Nai")).isEqualTo("Uy ban Nhan dan Dong Nai");
        assertThat(VietnameseText.fold("àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ"))
                .isEqualTo("aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii ooooo oooooo oooooo uuuuu uuuuuu yyyyy");
    }

    @Test
    void collationFollowsTheVietnameseAlphabet() {
        List<String> names = new ArrayList<>(List.of("Đặng", "Dương", "Ân", "Ăn", "An", "Nhung", "Nguyễn", "Ngô"));
        names.sort(VietnameseText.collator());
        assertThat(names).containsExactly("An", "Ăn", "Ân", "Dương", "Đặng", "Ngô", "Nguyễn", "Nhung");
    }

    @Test
    void givenNameIsTheLastWord() {
        assertThat(VietnameseText.givenName(" Trần Quốc Tuấn ")).isEqualTo("Tuấn");
        assertThat(VietnameseText.givenName("Lan")).isEqualTo("Lan");
    }

    @Test
    void cleaningMakesEverySpaceOneSpaceAndDropsZeroWidthCharacters() {
        assertThat(VietnameseText.clean("Phòng\u00A0Kế toán")).isEqualTo("Phòng Kế toán");
        assertThat(VietnameseText.clean("Phòng\u202FKế\u3000toán\u2007")).isEqualTo("Phòng Kế toán");
        assertThat(VietnameseText.clean("\tPhòng \t Kế  toán\r\n")).isEqualTo("Phòng Kế toán");
        assertThat(VietnameseText.clean("\uFEFFPhòng Kế\u200B to\u200Cán\u200D\u2060")).isEqualTo("Phòng Kế toán");
        // a zero-width space between a letter and its accent must not block composition
        assertThat(VietnameseText.clean("Nguye\u0302\u200B\u0303n")).isEqualTo("Nguyễn");
        assertThat(VietnameseText.clean("Plain ASCII")).isEqualTo("Plain ASCII");
        assertThat(VietnameseText.clean(" \u00A0\u200B ")).isEmpty();
        assertThat(VietnameseText.cleanOrNull("\u200B")).isNull();
    }

    @Test
    void namesDifferingOnlyBySpacingFormOrCaseShareOneKey() {
        String key = VietnameseText.key("Phòng Kế toán");
        for (String variant : List.of("Phòng\u00A0Kế toán", "phòng kế TOÁN", "Pho\u0300ng Ke\u0302\u0301 toa\u0301n",
                "Phòng\u200B Kế\ttoán ", "Phòng  Kế   toán")) {
            assertThat(VietnameseText.key(variant)).as(variant).isEqualTo(key);
        }
        assertThat(VietnameseText.key("Phòng Kế toàn")).isNotEqualTo(key);
    }

    @Test
    void searchIgnoresAccentsCaseSpacingAndDStroke() {
        assertThat(VietnameseText.matches("Nguyễn Văn An", "nguyen")).isTrue();
        assertThat(VietnameseText.matches("Đặng Văn Cường", "dang van cuong")).isTrue();
        assertThat(VietnameseText.matches("Đặng\u00A0Văn  Cường", "dang van cuong")).isTrue();
        assertThat(VietnameseText.matches("Đặng Văn Cường", "CƯỜNG")).isTrue();
        assertThat(VietnameseText.matches("Trần Thị Bình", "nguyen")).isFalse();
        assertThat(VietnameseText.matches("anything", "  ")).isTrue();
        assertThat(VietnameseText.foldWords(" Họ và tên (*)\u00A0")).isEqualTo("ho va ten");
    }

    @Test
    void severalLinesKeepTheirBreaks() {
        assertThat(VietnameseText.cleanLines("\n  Một\u00A0 ý\r\n\r\nHai\t ý \n\n")).isEqualTo("Một ý\n\nHai ý");
        assertThat(VietnameseText.cleanLines(null)).isEmpty();
    }

    @Test
    void namesSortByGivenNameInVietnameseOrder() {
        List<String> names = new ArrayList<>(List.of("Trần Thị Đào", "Lê Văn Dũng", "Nguyễn Văn Ân", "Phạm An",
                "Ngô Thị Ăn"));
        names.sort(VietnameseText.nameOrder());
        assertThat(names).containsExactly("Phạm An", "Ngô Thị Ăn", "Nguyễn Văn Ân", "Lê Văn Dũng", "Trần Thị Đào");
    }
}
