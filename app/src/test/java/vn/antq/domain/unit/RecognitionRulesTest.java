package vn.antq.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.domain.UnitType;
import vn.antq.i18n.Messages;
import vn.antq.rules.RecognitionLoader;

/** Circular 124, Điều 10: the recognising body's default by unit type and managing authority, from data. */
class RecognitionRulesTest {
    private static final RecognitionRules RULES = RecognitionLoader.defaultRules();

    @ParameterizedTest
    @CsvSource({
        "CO_SO_GIAO_DUC, Sở Giáo dục và Đào tạo Hà Nội, PROVINCE",
        "CO_SO_GIAO_DUC, SỞ GIÁO DỤC VÀ ĐÀO TẠO, PROVINCE",
        "CO_SO_GIAO_DUC, Ủy ban nhân dân xã Tân Lập, COMMUNE",
        "CO_QUAN, UBND tỉnh Bắc Ninh, PROVINCE",
        "DOANH_NGHIEP, '', COMMUNE",
        "DOANH_NGHIEP, Tổng công ty Điện lực miền Bắc, COMMUNE"})
    void theDefaultBody(UnitType type, String superior, RecognisingBody expected) {
        assertThat(RULES.defaultFor(type, superior)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Xã Tân Lập, Ủy ban nhân dân xã Tân Lập", "Phường Hà Đông, Ủy ban nhân dân phường Hà Đông",
        "ĐẶC KHU Phú Quốc, Ủy ban nhân dân đặc khu Phú Quốc", "xã Xuân Thủy, Ủy ban nhân dân xã Xuân Thủy"})
    void theCommuneIsWrittenInLowerCaseInsideTheName(String commune, String expected) {
        assertThat(RULES.name(RecognisingBody.COMMUNE, commune, Messages.VIETNAMESE, "……")).isEqualTo(expected);
    }
}
