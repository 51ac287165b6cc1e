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
}
