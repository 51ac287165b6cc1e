package vn.antq.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.DomainException;
import vn.antq.domain.Progress;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.storage.Store;

class DemoGeneratorTest {
    @TempDir
    Path dir;

    private static List<String> staffLines(Store s, int year) {
        return s.staff().ofYear(year).stream().map(p -> String.join("|", p.staff().fullName(), p.departmentName(),
                p.staff().position(), String.valueOf(p.staff().dateOfBirth()), p.staff().phone(),
                String.valueOf(p.signed()), String.valueOf(p.date()))).toList();
    }

    @Test
    void theSameSizeGivesTheSameUnit() {
        List<String> first;
        List<String> second;
        try (Store a = Store.open(dir.resolve("a"))) {
            DemoGenerator.generate(a, new DemoGenerator.Options(180, 2026, 0), Progress.NONE);
            first = staffLines(a, 2026);
        }
        try (Store b = Store.open(dir.resolve("b"))) {
            DemoGenerator.generate(b, new DemoGenerator.Options(180, 2026, 0), Progress.NONE);
            second = staffLines(b, 2026);
        }
        assertThat(first).hasSize(180).isEqualTo(second);
        try (Store c = Store.open(dir.resolve("c"))) {
            DemoGenerator.generate(c, new DemoGenerator.Options(181, 2026, 0), Progress.NONE);
            assertThat(staffLines(c, 2026)).isNotEqualTo(first);
        }
    }

    @Test
    void aFullUnitWithEveryToneMarkAndAFullyScoredYear() throws Exception {
        try (Store s = Store.open(dir.resolve("d"))) {
            DemoGenerator.Summary sum = DemoGenerator.generate(s, new DemoGenerator.Options(250, 2025, -1),
                    Progress.NONE);
            assertThat(sum.staff()).isEqualTo(250);
            assertThat(sum.departments()).isEqualTo(10);
            assertThat(s.staff().count()).isEqualTo(250);
            YearSnapshot snap = s.snapshot(2025);
            assertThat(snap.unit().name()).isEqualTo("Trường Trung học phổ thông Lê Quý Đôn");
            assertThat(snap.departments()).hasSize(10).allMatch(d -> d.registered() && d.date() != null
                    && d.date().getYear() == 2025 && d.date().getMonthValue() <= 3);
            assertThat(snap.departments()).extracting(d -> d.department().name()).contains("Đội Bảo vệ",
                    "Tổ Toán – Tin", "Phòng Tổ chức – Hành chính");
            assertThat(snap.year().registered()).isTrue();
            long signed = snap.staffSigned();
            assertThat(signed).isBetween(220L, 249L).isEqualTo(sum.pledged());
            assertThat(snap.staff()).filteredOn(StaffPledge::signed)
                    .allMatch(p -> p.date() != null && p.date().getYear() == 2025 && p.date().getMonthValue() <= 3);
            assertThat(snap.scores()).hasSize(s.rubric().manualItems().size());
            assertThat(snap.checklistAnswers()).isNotEmpty().allMatch(a -> Boolean.TRUE.equals(a.met()));
            assertThat(snap.commendations()).hasSize(2);
            assertThat(snap.meeting()).isNotNull();
            assertThat(snap.meeting().date()).isEqualTo(LocalDate.of(2025, 11, 5));
            assertThat(snap.meeting().participants()).extracting(p -> p.role().name()).contains("CHAIR",
                    "COMMUNE_POLICE", "PROTECTION_FORCE", "PARTY_COMMITTEE", "MASS_ORGANISATION");
            ScoreResult score = s.score(2025);
            assertThat(score.unscored()).isEmpty();
            assertThat(score.total()).isEqualTo(100);

            String names = snap.staff().stream().map(p -> p.staff().fullName()).collect(Collectors.joining(" "));
            for (char c : "àáảãạăâêôơưĐằắặầấẩẫậềếểễệìíĩịòóỏõọồốổỗộờớởợùúủũụừứửữựỳýỷỹỵ".toCharArray()) {
                assertThat(names).as("a name with " + c).contains(String.valueOf(c));
            }
            String marks = Normalizer.normalize(names, Normalizer.Form.NFD);
            for (char mark : new char[] {'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'}) {
                assertThat(marks).contains(String.valueOf(mark));
            }

            List<EvidenceFile> ev = s.evidence().list();
            assertThat(ev).hasSize(DemoGenerator.DEFAULT_EVIDENCE);
            assertThat(ev).extracting(EvidenceFile::mediaType).contains("application/pdf", "image/png");
            assertThat(ev).allMatch(e -> e.links().stream().anyMatch(l -> l.year() == 2025
                    && l.target() == EvidenceTarget.RUBRIC_ITEM && s.rubric().contains(l.code())));
            for (EvidenceFile e : ev) {
                byte[] head = Files.readAllBytes(s.evidence().path(e.sha256()));
                if (e.mediaType().equals("application/pdf")) {
                    assertThat(new String(head, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                } else {
                    assertThat(head[1]).isEqualTo((byte) 'P');
                }
            }
        }
    }

    @Test
    void benchmarkEvidenceHasMixedSizes() {
        try (Store s = Store.open(dir.resolve("e"))) {
            DemoGenerator.Summary sum = DemoGenerator.generate(s, new DemoGenerator.Options(30, 2026, 12),
                    Progress.NONE);
            assertThat(sum.evidenceFiles()).isEqualTo(12);
            List<EvidenceFile> ev = s.evidence().list();
            assertThat(ev).hasSize(12);
            assertThat(ev).allMatch(e -> e.size() >= 8 * 1024 && e.size() <= 2_400_000);
            assertThat(ev.stream().mapToLong(EvidenceFile::size).max().orElseThrow())
                    .isGreaterThan(4 * ev.stream().mapToLong(EvidenceFile::size).min().orElseThrow());
            assertThat(sum.evidenceBytes()).isEqualTo(ev.stream().mapToLong(EvidenceFile::size).sum());
        }
    }

    @Test
    void aCancelledDemoLeavesNoFolderBehind() throws Exception {
        Path target = dir.resolve("cancelled");
        Progress cancelAtScores = new Progress() {
            private boolean cancel;

            @Override
            public void update(long done, long total, String message) {
                cancel |= "scores".equals(message);
            }

            @Override
            public boolean isCancelled() {
                return cancel;
            }
        };
        assertThatThrownBy(() -> DemoGenerator.generateInto(target, new DemoGenerator.Options(50, 2026, 0),
                cancelAtScores)).isInstanceOf(vn.antq.domain.CancelledException.class);
        assertThat(target).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).isEmpty();
        }
        DemoGenerator.Summary s = DemoGenerator.generateInto(target, new DemoGenerator.Options(50, 2026, 0),
                Progress.NONE);
        assertThat(s.staff()).isEqualTo(50);
        try (Store store = Store.open(target)) {
            assertThat(store.staff().count()).isEqualTo(50);
        }
    }

    @Test
    void refusesAFolderThatHoldsAUnit() {
        try (Store s = Store.open(dir.resolve("f"))) {
            DemoGenerator.generate(s, new DemoGenerator.Options(10, 2026, 0), Progress.NONE);
            assertThatThrownBy(() -> DemoGenerator.generate(s, new DemoGenerator.Options(10, 2026, 0), Progress.NONE))
                    .isInstanceOf(DomainException.class).hasMessageContaining("đã có đơn vị");
            assertThat(s.staff().count()).isEqualTo(10);
        }
        assertThatThrownBy(() -> new DemoGenerator.Options(0, 2026, 0)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Số cán bộ 0 không hợp lệ");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(vn.antq.domain.UnitType.class)
    void eachKindOfUnitAndAReviewWithoutFindings(vn.antq.domain.UnitType type) {
        try (Store s = Store.open(dir.resolve(type.name()))) {
            DemoGenerator.generate(s, new DemoGenerator.Options(40, 2026, -1, type), Progress.NONE);
            assertThat(s.unit().profile().orElseThrow().type()).isEqualTo(type);
            List<String> departments = s.departments().list().stream().map(d -> d.name()).toList();
            assertThat(departments).contains("Đội Bảo vệ");
            // every scored item has a file, every date is in time: nothing to review on a fresh demo
            assertThat(s.assess(2026).findings()).isEmpty();
            assertThat(s.snapshot(2026).scores()).hasSize(17);
        }
    }

    @Test
    void withoutATypeTheKindFollowsTheSize() {
        try (Store a = Store.open(dir.resolve("small")); Store b = Store.open(dir.resolve("large"))) {
            DemoGenerator.generate(a, new DemoGenerator.Options(300, 2026, 0), Progress.NONE);
            DemoGenerator.generate(b, new DemoGenerator.Options(301, 2026, 0), Progress.NONE);
            assertThat(a.unit().profile().orElseThrow().type()).isEqualTo(vn.antq.domain.UnitType.CO_SO_GIAO_DUC);
            assertThat(b.unit().profile().orElseThrow().type()).isEqualTo(vn.antq.domain.UnitType.DOANH_NGHIEP);
        }
    }

    /**
     * The demo's Biên bản read back from its dossier PDF: the meeting is recorded in full (times,
     * opinions, a vote of everyone present, each person once), so the minutes leave nothing to fill by
     * hand but the document's number, which the records cannot know; the recognising body is named.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(vn.antq.domain.UnitType.class)
    void theDemoMinutesPrintNoBlankTheRecordsCouldFill(vn.antq.domain.UnitType type) throws Exception {
        try (Store s = Store.open(dir.resolve(type.name()))) {
            DemoGenerator.generate(s, new DemoGenerator.Options(40, 2025, -1, type), Progress.NONE);
            vn.antq.domain.unit.ReviewMeeting m = s.snapshot(2025).meeting();
            assertThat(m.startTime()).isNotNull();
            assertThat(m.endTime()).isAfter(m.startTime());
            assertThat(m.opinions()).isNotBlank();
            List<String> names = m.participants().stream().map(vn.antq.domain.unit.Participant::name).toList();
            assertThat(names).doesNotHaveDuplicates();
            assertThat(m.votesTotal()).isEqualTo(names.size());
            assertThat(m.votesFor() + m.votesAgainst() + m.votesAbstaining()).isEqualTo(names.size());

            vn.antq.dossier.DossierRequest r = vn.antq.dossier.StoreDossier.request(s, 2025, dir.resolve("out-" + type))
                    .withFormats(java.util.Set.of(vn.antq.dossier.DossierFormat.PDF));
            Path pdf = new vn.antq.dossier.DossierExporter().export(r, Progress.NONE).files().get(0);
            String text = pdfText(pdf);
            int from = text.indexOf("BIÊN BẢN Cuộc họp");
            assertThat(from).as("the Biên bản is in the dossier").isPositive();
            String bb = text.substring(from, text.indexOf("BẢNG TỰ CHẤM ĐIỂM", from));
            assertThat(bb).contains("Thời gian: bắt đầu lúc 08 giờ 00 phút, ngày 05/11/2025.")
                    .contains("Cuộc họp kết thúc vào hồi 10 giờ 30 phút cùng ngày.")
                    .contains("Ý kiến phát biểu: - Đồng chí")
                    .contains("Biểu quyết: tổng số " + names.size() + " người biểu quyết; " + names.size()
                            + " ý kiến tán thành (100%), 0 ý kiến không tán thành (0%).")
                    .contains("Tân Lập, ngày 05 tháng 11 năm 2025");
            String body = s.unit().profile().orElseThrow().type() == vn.antq.domain.UnitType.DOANH_NGHIEP
                    ? "Ủy ban nhân dân xã Tân Lập" : "Ủy ban nhân dân tỉnh Đồng Nai";
            assertThat(bb).contains("Nơi nhận: - Công an xã Tân Lập; - " + body + "; - Lưu hồ sơ.")
                    .contains("trình " + body + " công nhận");
            // the number is given when the minutes are registered: the one blank left
            assertThat(bb).contains("Số: ……/BB-……");
            assertThat(bb.replace("Số: ……/BB-……", "")).doesNotContain("……");
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor ex = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                all.append(ex.getTextFromPage(i)).append('\n');
            }
            return all.toString().replaceAll("[\\s\\u00a0]+", " ");
        } finally {
            reader.close();
        }
    }
}
