package vn.antq.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.Progress;
import vn.antq.domain.UnitType;
import vn.antq.domain.receiver.Commune;
import vn.antq.domain.receiver.CommuneSummary;
import vn.antq.domain.receiver.ReceivedPackage;
import vn.antq.i18n.Messages;
import vn.antq.signing.SigningKey;
import vn.antq.signing.TestCertificates;
import vn.antq.storage.ReceiverStore;
import vn.antq.storage.Store;

/**
 * The receiving end: packages of all three unit types checked and recorded, an altered one recorded
 * as altered, a newer package replacing an older one (kept in history), the year's summary
 * (workbook with formulas, Decree 30 PDF), and the two kinds of folder refusing each other.
 */
class ReceiverTest {
    @TempDir
    static Path tmp;
    static SigningKey key;
    static Path agency;
    static Path company;
    static Path school;
    static Path forged;

    @BeforeAll
    static void packages() throws Exception {
        key = TestCertificates.key(TestCertificates.validPkcs12(tmp, "Lê Thị Mai", "Sở Tư pháp"));
        Instant t = Instant.parse("2025-11-10T09:00:00Z");
        agency = ReceiverFixtures.pkg(tmp, "Sở Tư pháp tỉnh Đồng Nai", UnitType.CO_QUAN, 1.0, true, t, key);
        company = ReceiverFixtures.pkg(tmp, "Công ty TNHH Ánh Dương", UnitType.DOANH_NGHIEP, 0.4, false, t, null);
        school = ReceiverFixtures.pkg(tmp, "Trường Tiểu học Tân Lập", UnitType.CO_SO_GIAO_DUC, 1.0, true, t, null);
        Path honest = ReceiverFixtures.pkg(tmp, "Hợp tác xã Bình Minh", UnitType.DOANH_NGHIEP, 0.2, false, t, null);
        forged = tmp.resolve("hop-tac-xa-sua.zip");
        vn.antq.dossier.PackageForgery.forge(honest, forged, 94, "XUAT_SAC");
    }

    private ReceiverStore receiver(String name) {
        ReceiverStore store = ReceiverStore.open(tmp.resolve(name));
        store.saveCommune(new Commune("Công an xã Tân Lập", "xã Tân Lập", "Công an tỉnh Đồng Nai", "Tân Lập",
                "Trần Văn Bình", "Trưởng Công an xã", "11-20"));
        return store;
    }

    @Test
    void packagesOfAllThreeTypesAreRecordedAndSummarised() throws Exception {
        try (ReceiverStore store = receiver("r1")) {
            Receiver receiver = new Receiver(store, vn.antq.dossier.ShippedCheck.get());
            List<Receiver.Outcome> out = receiver.receive(List.of(agency, company, school, forged), Progress.NONE);
            assertThat(out).hasSize(4);
            assertThat(out.get(0).verdict().kind().name()).isEqualTo("VALID_SIGNED");
            assertThat(receiver.line(out.get(0))).contains("Sở Tư pháp tỉnh Đồng Nai").contains("ký số bởi Lê Thị Mai")
                    .contains("đạt tiêu chuẩn ANTT").contains("hợp lệ").contains("Xuất sắc");
            assertThat(out.get(1).failed()).isFalse();
            assertThat(out.get(3).failed()).isTrue();
            assertThat(receiver.line(out.get(3))).contains("KHÔNG NHẤT QUÁN").contains("Hợp tác xã Bình Minh");

            List<ReceivedPackage> rows = store.current(ReceiverFixtures.YEAR);
            assertThat(rows).hasSize(4);
            Map<String, ReceivedPackage> byName = rows.stream()
                    .collect(Collectors.toMap(ReceivedPackage::unitName, p -> p));
            ReceivedPackage coop = byName.get("Hợp tác xã Bình Minh");
            assertThat(coop.valid()).as("altered is never valid").isFalse();
            assertThat(coop.verdict()).isEqualTo("INCONSISTENT_UNSIGNED");
            assertThat(byName.get("Sở Tư pháp tỉnh Đồng Nai").signer()).isEqualTo("Lê Thị Mai (Sở Tư pháp)");
            assertThat(byName.get("Trường Tiểu học Tân Lập").antt()).isTrue();
            assertThat(byName.get("Công ty TNHH Ánh Dương").antt()).isFalse();
            assertThat(byName.get("Sở Tư pháp tỉnh Đồng Nai").criteriaMet()).isPositive()
                    .isEqualTo(byName.get("Sở Tư pháp tỉnh Đồng Nai").criteriaTotal());
            assertThat(Files.exists(store.packageFile(coop))).isTrue();

            CommuneSummary s = SummaryExport.summary(store, ReceiverFixtures.YEAR);
            assertThat(s.proposed()).extracting(ReceivedPackage::unitName)
                    .containsExactly("Sở Tư pháp tỉnh Đồng Nai", "Trường Tiểu học Tân Lập");
            assertThat(s.notCounted()).extracting(ReceivedPackage::unitName).containsExactly("Hợp tác xã Bình Minh");

            Path dir = tmp.resolve("tong-hop");
            List<Path> files = SummaryExport.write(store, ReceiverFixtures.YEAR, dir, LocalDate.of(2025, 11, 28),
                    Messages.vietnamese());
            try (InputStream in = Files.newInputStream(files.get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet units = wb.getSheetAt(0);
                assertThat(units.getLastRowNum()).isEqualTo(4);
                Sheet counts = wb.getSheetAt(1);
                FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
                // rows: 1 cơ quan, 2 doanh nghiệp, 3 cơ sở giáo dục, 4 total; columns: Xuất sắc, Khá, TB, Yếu, Tổng
                assertThat(counts.getRow(1).getCell(1).getCellFormula()).startsWith("COUNTIFS(");
                int[][] expected = new int[4][5];
                for (ReceivedPackage p : s.units()) {
                    if (!p.valid()) {
                        continue;
                    }
                    int lvl = CommuneSummary.level(p).ordinal();
                    expected[p.unitType().ordinal()][lvl]++;
                    expected[p.unitType().ordinal()][4]++;
                    expected[3][lvl]++;
                    expected[3][4]++;
                }
                for (int r = 0; r < 4; r++) {
                    for (int c = 0; c < 5; c++) {
                        assertThat((int) ev.evaluate(counts.getRow(r + 1).getCell(c + 1)).getNumberValue())
                                .as("row %d col %d", r, c).isEqualTo(expected[r][c]);
                    }
                }
                assertThat(expected[3][4]).isEqualTo(3);
                assertThat((int) ev.evaluate(counts.getRow(6).getCell(1)).getNumberValue()).as("proposed").isEqualTo(2);
                assertThat((int) ev.evaluate(counts.getRow(7).getCell(1)).getNumberValue()).as("not counted")
                        .isEqualTo(1);
            }
            PdfReader reader = new PdfReader(files.get(1).toString());
            try {
                PdfTextExtractor x = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    text.append(x.getTextFromPage(p)).append('\n');
                }
                // the header keeps word groups together with no-break spaces, as the units' documents do
                String t = text.toString().replaceAll("[\\s\\u00a0]+", " ");
                assertThat(t).contains("DANH SÁCH").contains("công nhận 2 cơ quan").contains("Trường Tiểu học Tân Lập")
                        .contains("BÁO CÁO").contains("CÔNG AN TỈNH ĐỒNG NAI CÔNG AN XÃ TÂN LẬP")
                        .contains("Số: ……/TTr-CAX-……").contains("Tân Lập, ngày 28 tháng 11 năm 2025").contains("Trần Văn Bình")
                        .contains("TRƯỞNG CÔNG AN XÃ").contains("năm 2025")
                        .contains("Hồ sơ không được tổng hợp (bị sửa đổi hoặc không nhất quán): 1");
                assertThat(t).contains(String.format("%02d Xuất sắc", s.count(vn.antq.domain.scoring.Classification.XUAT_SAC)));
                // each document ends with a closing sentence its signature is kept with (Decree 30: never alone)
                assertThat(t).contains("Công an xã Tân Lập kính đề nghị Ủy ban nhân dân xã Tân Lập xem xét, công nhận./. "
                        + "Nơi nhận:").contains("Công an xã Tân Lập báo cáo để Ủy ban nhân dân xã Tân Lập và Công an cấp "
                        + "trên biết, chỉ đạo./. Nơi nhận:");
                // Nơi nhận spells the committee out, as the units' documents do
                assertThat(t).contains("- Ủy ban nhân dân xã Tân Lập;").doesNotContain("UBND");
            } finally {
                reader.close();
            }
        }
    }

    @Test
    void aNewerPackageOfTheSameUnitAndYearReplacesTheOlderWhichStaysInHistory() {
        Path older = ReceiverFixtures.pkg(tmp, "Trường THCS Hòa An", UnitType.CO_SO_GIAO_DUC, 0.5, false,
                Instant.parse("2025-11-01T08:00:00Z"), null);
        Path newer = ReceiverFixtures.pkg(tmp, "Trường THCS Hòa An", UnitType.CO_SO_GIAO_DUC, 1.0, true,
                Instant.parse("2025-11-15T08:00:00Z"), null);
        try (ReceiverStore store = receiver("r2")) {
            Receiver receiver = new Receiver(store, vn.antq.dossier.ShippedCheck.get());
            // the newer arrives first: the older, received later, goes to the history only
            receiver.receive(List.of(newer), Progress.NONE);
            Receiver.Outcome late = receiver.receive(List.of(older), Progress.NONE).get(0);
            assertThat(late.recorded().current()).isFalse();
            List<ReceivedPackage> shown = store.current(ReceiverFixtures.YEAR);
            assertThat(shown).hasSize(1);
            assertThat(shown.get(0).antt()).isTrue();
            assertThat(store.history(shown.get(0).unitKey(), ReceiverFixtures.YEAR)).hasSize(2);
            // the same file again is recognised, not recorded twice
            assertThat(receiver.receive(List.of(newer), Progress.NONE).get(0).duplicate()).isTrue();
        }
        try (ReceiverStore store = receiver("r3")) {
            Receiver receiver = new Receiver(store, vn.antq.dossier.ShippedCheck.get());
            receiver.receive(List.of(older), Progress.NONE);
            receiver.receive(List.of(newer), Progress.NONE);
            List<ReceivedPackage> shown = store.current(ReceiverFixtures.YEAR);
            assertThat(shown).hasSize(1);
            assertThat(shown.get(0).total()).isGreaterThan(50);
            assertThat(store.history(shown.get(0).unitKey(), ReceiverFixtures.YEAR)).hasSize(2)
                    .filteredOn(p -> !p.current()).hasSize(1);
        }
    }

    @Test
    void theUnitCodeIsTheIdentityWhenGiven() throws Exception {
        Path first = ReceiverFixtures.pkg(tmp, "Công ty CP Xây dựng Số 5", "3600 123 456", UnitType.DOANH_NGHIEP, 0.5,
                false, Instant.parse("2025-11-01T08:00:00Z"), null);
        Path renamed = ReceiverFixtures.pkg(tmp, "Công ty Cổ phần Xây dựng số 5 Đồng Nai", "3600123456",
                UnitType.DOANH_NGHIEP, 0.9, false, Instant.parse("2025-11-12T08:00:00Z"), null);
        try (var zip = new java.util.zip.ZipFile(first.toFile())) {
            var manifest = vn.antq.interchange.AssessmentJson.mapper().readTree(
                    zip.getInputStream(zip.getEntry("manifest.json")));
            assertThat(manifest.get("unit").get("code").asText()).isEqualTo("3600 123 456");
            var assessment = vn.antq.interchange.AssessmentJson.mapper().readTree(
                    zip.getInputStream(zip.getEntry("assessment.json")));
            assertThat(assessment.get("unit").get("code").asText()).isEqualTo("3600 123 456");
        }
        try (ReceiverStore store = receiver("r5")) {
            new Receiver(store, vn.antq.dossier.ShippedCheck.get()).receive(List.of(first, renamed), Progress.NONE);
            List<ReceivedPackage> shown = store.current(ReceiverFixtures.YEAR);
            assertThat(shown).singleElement().satisfies(p -> {
                assertThat(p.unitName()).isEqualTo("Công ty Cổ phần Xây dựng số 5 Đồng Nai");
                assertThat(p.unitKey()).isEqualTo("code:3600123456");
            });
            assertThat(store.history("code:3600123456", ReceiverFixtures.YEAR)).hasSize(2);
        }
    }

    @Test
    void anAlteredPackageNeverReplacesAValidOne() throws Exception {
        try (ReceiverStore store = receiver("r4")) {
            Receiver receiver = new Receiver(store, vn.antq.dossier.ShippedCheck.get());
            Path honest = ReceiverFixtures.pkg(tmp, "Hợp tác xã Bình Minh", UnitType.DOANH_NGHIEP, 0.2, false,
                    Instant.parse("2025-11-10T09:00:00Z"), null);
            receiver.receive(List.of(honest), Progress.NONE);
            Receiver.Outcome o = receiver.receive(List.of(forged), Progress.NONE).get(0);
            assertThat(o.recorded().current()).isFalse();
            assertThat(o.recorded().valid()).isFalse();
            assertThat(store.current(ReceiverFixtures.YEAR)).singleElement().matches(ReceivedPackage::valid);
        }
    }

    @Test
    void aReceiverFolderAndAUnitFolderRefuseEachOther() throws Exception {
        Path unit = tmp.resolve("unit-folder");
        try (Store s = Store.open(unit)) {
            s.unit().create(vn.antq.domain.unit.UnitProfile.minimal("Công ty X", UnitType.DOANH_NGHIEP), 2025);
        }
        byte[] unitDb = Files.readAllBytes(unit.resolve("antq.db"));
        assertThatThrownBy(() -> ReceiverStore.open(unit)).hasMessageContaining("thư mục dữ liệu của một đơn vị");
        assertThat(Files.readAllBytes(unit.resolve("antq.db"))).isEqualTo(unitDb);
        assertThat(ReceiverStore.isReceiverFolder(unit)).isFalse();

        Path recv = tmp.resolve("receiver-folder");
        ReceiverStore.open(recv).close();
        byte[] recvDb = Files.readAllBytes(recv.resolve("antq.db"));
        assertThat(ReceiverStore.isReceiverFolder(recv)).isTrue();
        assertThatThrownBy(() -> Store.open(recv)).hasMessageContaining("thư mục tiếp nhận hồ sơ");
        assertThat(Files.readAllBytes(recv.resolve("antq.db"))).isEqualTo(recvDb);
        assertThat(Files.exists(recv.resolve("evidence"))).isFalse();
    }
}
