package vn.antq.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.antq.domain.UnitType;
import vn.antq.rules.RecognitionLoader;

/** The recognising body the unit chose, against the data's default (Circular 124, Điều 10). */
class RecognisingBodyChoiceTest {
    static final RecognitionRules RULES = RecognitionLoader.defaultRules();
    static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void theDefaultFollowsTheDataByTypeAndManagingAuthority() {
        RecognisingBodyChoice d = RecognisingBodyChoice.DEFAULT;
        assertThat(d.resolve(RULES, UnitType.CO_SO_GIAO_DUC, "Sở Giáo dục và Đào tạo tỉnh Đồng Nai"))
                .isEqualTo(RecognisingBody.PROVINCE);
        assertThat(d.resolve(RULES, UnitType.DOANH_NGHIEP, "")).isEqualTo(RecognisingBody.COMMUNE);
        assertThat(d.printedName(RULES, UnitType.DOANH_NGHIEP, "", "Xã Tân Lập", VI, "……"))
                .isEqualTo("Ủy ban nhân dân xã Tân Lập");
    }

    @Test
    void aChosenBodyAndItsTypedNameWin() {
        // a THPT school whose province delegated recognition to the commune
        RecognisingBodyChoice commune = new RecognisingBodyChoice(RecognisingBody.COMMUNE, "");
        assertThat(commune.resolve(RULES, UnitType.CO_SO_GIAO_DUC, "Sở Giáo dục và Đào tạo tỉnh Đồng Nai"))
                .isEqualTo(RecognisingBody.COMMUNE);
        assertThat(commune.printedName(RULES, UnitType.CO_SO_GIAO_DUC, "Sở Giáo dục và Đào tạo", "Phường Hà Đông", VI,
                "……")).isEqualTo("Ủy ban nhân dân phường Hà Đông");
        RecognisingBodyChoice named = new RecognisingBodyChoice(RecognisingBody.PROVINCE,
                "  Ủy ban nhân dân  tỉnh Đồng Nai ");
        assertThat(named.name()).isEqualTo("Ủy ban nhân dân tỉnh Đồng Nai");
        assertThat(named.printedName(RULES, UnitType.CO_SO_GIAO_DUC, "", "Xã Tân Lập", VI, "……"))
                .isEqualTo("Ủy ban nhân dân tỉnh Đồng Nai");
    }
}
