package vn.antq.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {
    @Test
    void inputIsStoredInNfcAndTrimmed() {
        String combining = " Nguye\u0302\u0303n Thi\u0323 A\u0301nh ";
        assertThat(VietnameseText.nfc(combining)).isEqualTo("Nguyễn Thị Ánh");
        assertThat(VietnameseText.nfc(null)).isEmpty();
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
}
