package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.CancelledException;
import vn.antq.domain.DomainException;
import vn.antq.domain.Progress;

/** Cancelling and failing leave nothing behind; the size plan flags and splits big packages. */
class CancelAndPlanTest {
    /** A progress that says "cancelled" from its {@code n}-th question on. */
    static final class CancelAfter implements Progress {
        final int n;
        final AtomicInteger asked = new AtomicInteger();
        final AtomicInteger updates = new AtomicInteger();

        CancelAfter(int n) {
            this.n = n;
        }

        @Override
        public void update(long done, long total, String message) {
            updates.incrementAndGet();
        }

        @Override
        public boolean isCancelled() {
            return asked.incrementAndGet() >= n;
        }
    }

    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void cancelledAtAnyStepLeavesNothing(@TempDir Path dir) throws Exception {
        DossierFixture fx = new DossierFixture().staff(1200).departments(5);
        // How often does a full export ask? Cancel at each of those points (sampled) in turn.
        CancelAfter never = new CancelAfter(Integer.MAX_VALUE);
        Path full = Files.createDirectories(dir.resolve("full"));
        new DossierExporter().export(fx.request(full), never);
        int questions = never.asked.get();
        assertThat(questions).isGreaterThan(8);
        assertThat(never.updates.get()).isGreaterThanOrEqualTo(4);
        for (int n = 1; n <= questions; n += Math.max(1, questions / 12)) {
            Path out = Files.createDirectories(dir.resolve("c" + n));
            CancelAfter cancel = new CancelAfter(n);
            assertThatThrownBy(() -> new DossierExporter().export(fx.request(out), cancel))
                    .isInstanceOf(CancelledException.class);
            assertThat(listing(out)).as("after cancel at question %d of %d", n, questions).isEmpty();
        }
    }

    @Test
    void cancelDoesNotTouchAnEarlierExport(@TempDir Path dir) throws Exception {
        DossierFixture fx = new DossierFixture();
        new DossierExporter().export(fx.request(dir), Progress.NONE);
        List<String> before = listing(dir);
        byte[] pdf = Files.readAllBytes(dir.resolve("truong-trung-hoc-pho-thong-nguyen-trai-2025-ho-so.pdf"));
        assertThatThrownBy(() -> new DossierExporter().export(fx.request(dir), new CancelAfter(6)))
                .isInstanceOf(CancelledException.class);
        assertThat(listing(dir)).isEqualTo(before);
        assertThat(Files.readAllBytes(dir.resolve("truong-trung-hoc-pho-thong-nguyen-trai-2025-ho-so.pdf")))
                .isEqualTo(pdf);
    }

    @Test
    void aMissingEvidenceFileFailsCleanly(@TempDir Path dir) throws Exception {
        DossierFixture fx = new DossierFixture();
        DossierRequest r = fx.request(dir);
        fx.files.clear();
        assertThatThrownBy(() -> new DossierExporter().export(r, Progress.NONE))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Kế hoạch ANTT năm 2025.pdf");
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void alteredEvidenceIsRefused(@TempDir Path dir) throws Exception {
        DossierFixture fx = new DossierFixture();
        DossierRequest r = fx.request(dir);
        fx.files.values().forEach(b -> b[0] ^= 1);
        assertThatThrownBy(() -> new DossierExporter().export(r, Progress.NONE))
                .isInstanceOf(DomainException.class).hasMessageContaining("không còn nguyên vẹn");
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void planFlagsAPackageOverTheLimit(@TempDir Path dir) {
        DossierFixture fx = new DossierFixture();
        fx.evidenceSizes.add(new long[] {1, 600_000});
        fx.evidenceSizes.add(new long[] {2, 400_000});
        fx.evidenceSizes.add(new long[] {3, 300_000});
        DossierRequest r = fx.request(dir).withMaxPackageBytes(800_000);
        DossierPlan plan = new DossierExporter().plan(r);
        assertThat(plan.overLimit()).isTrue();
        assertThat(plan.fullPackageBytes()).isGreaterThan(1_300_000);
        assertThat(plan.evidenceBytes()).isGreaterThan(1_300_000);
        assertThat(plan.volumes()).isEqualTo(1);
        // within the limit: not flagged
        assertThat(new DossierExporter().plan(r.withMaxPackageBytes(20L << 20)).overLimit()).isFalse();
        // nothing written by planning
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void leaveOutLargeDropsTheLargestUntilItFits(@TempDir Path dir) throws Exception {
        DossierFixture fx = new DossierFixture();
        fx.evidenceSizes.add(new long[] {1, 600_000});
        fx.evidenceSizes.add(new long[] {2, 400_000});
        fx.evidenceSizes.add(new long[] {3, 300_000});
        DossierRequest r = fx.request(dir).withMaxPackageBytes(800_000).withPolicy(LargeEvidencePolicy.LEAVE_OUT_LARGE);
        DossierPlan plan = new DossierExporter().plan(r);
        assertThat(plan.leftOut()).extracting(e -> e.file().originalName())
                .containsExactly("Tài liệu lớn 1.pdf", "Tài liệu lớn 2.pdf");
        DossierResult result = new DossierExporter().export(r, Progress.NONE);
        Path zip = result.files().get(2);
        assertThat(Files.size(zip)).isLessThanOrEqualTo(800_000);
        assertThat(Verifier.verify(zip).ok()).isTrue();
        assertThat(PackageTest.read(zip).keySet()).contains("evidence/006-tai-lieu-lon-3.pdf")
                .doesNotContain("evidence/004-tai-lieu-lon-1.pdf");
        String manifest = DossierFixture.utf8(PackageTest.read(zip).get("manifest.json"));
        assertThat(manifest).contains("LEFT_OUT_LARGE").contains("Tài liệu lớn 1.pdf");
    }

    @Test
    void splitWritesVolumesUnderTheLimitEachVerifiable(@TempDir Path dir) throws Exception {
        DossierFixture fx = new DossierFixture();
        fx.evidenceSizes.add(new long[] {1, 600_000});
        fx.evidenceSizes.add(new long[] {2, 400_000});
        fx.evidenceSizes.add(new long[] {3, 300_000});
        DossierRequest r = fx.request(dir).withMaxPackageBytes(800_000).withPolicy(LargeEvidencePolicy.SPLIT);
        DossierPlan plan = new DossierExporter().plan(r);
        assertThat(plan.volumes()).isGreaterThan(1);
        DossierResult result = new DossierExporter().export(r, Progress.NONE);
        List<Path> zips = result.files().stream().filter(p -> p.toString().endsWith(".zip")).toList();
        assertThat(zips).extracting(p -> p.getFileName().toString()).contains(
                "truong-trung-hoc-pho-thong-nguyen-trai-2025-ho-so.zip",
                "truong-trung-hoc-pho-thong-nguyen-trai-2025-ho-so-part2.zip");
        int evidence = 0;
        for (Path z : zips) {
            assertThat(Files.size(z)).as(z.toString()).isLessThanOrEqualTo(800_000);
            assertThat(Verifier.verify(z).problems()).as(z.toString()).isEmpty();
            evidence += (int) PackageTest.read(z).keySet().stream().filter(n -> n.startsWith("evidence/")).count();
        }
        assertThat(evidence).isEqualTo(6);
        // a later export that fits in one volume removes the stale part files
        new DossierExporter().export(r.withMaxPackageBytes(20L << 20), Progress.NONE);
        assertThat(listing(dir)).noneMatch(n -> n.contains("-part"));
    }

    @Test
    void documentEstimatesAreUpperBoundsWithinTwice(@TempDir Path dir) throws Exception {
        for (int staff : new int[] {10, 1500}) {
            DossierRequest r = new DossierFixture().staff(staff).departments(6).request(dir);
            DossierPlan plan = new DossierExporter().plan(r);
            DossierResult result = new DossierExporter().export(r, Progress.NONE);
            long xlsx = Files.size(result.files().get(0));
            long pdf = Files.size(result.files().get(1));
            assertThat(plan.xlsxBytes()).as("xlsx estimate, %d staff", staff).isBetween(xlsx, 2 * xlsx);
            assertThat(plan.pdfBytes()).as("pdf estimate, %d staff", staff).isBetween(pdf, 2 * pdf);
            assertThat(plan.fullPackageBytes()).isGreaterThanOrEqualTo(Files.size(result.files().get(2)));
        }
    }

    @Test
    void progressGoesForwardToTheEnd(@TempDir Path dir) {
        List<long[]> seen = new java.util.ArrayList<>();
        List<String> messages = new java.util.ArrayList<>();
        Progress p = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                seen.add(new long[] {done, total});
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new DossierExporter().export(new DossierFixture().staff(1200).request(dir), p);
        assertThat(seen.size()).isGreaterThan(8);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)[0]).as("step %d", i).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
        }
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(seen.get(seen.size() - 1)[1]);
        assertThat(messages).contains("Đang lập bảng tính Excel…", "Đang lập tệp PDF…", "Đang đóng gói hồ sơ (1/1)…",
                "Đã xuất hồ sơ.");
    }

    @Test
    void cancelledAfterNProgressUpdatesLeavesNothing(@TempDir Path dir) throws Exception {
        DossierFixture fx = new DossierFixture().staff(1200).departments(5);
        fx.evidenceSizes.add(new long[] {1, 50_000});
        for (int n : new int[] {1, 2, 3, 5, 8, 12, 16}) {
            Path out = Files.createDirectories(dir.resolve("u" + n));
            AtomicInteger updates = new AtomicInteger();
            Progress p = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    updates.incrementAndGet();
                }

                @Override
                public boolean isCancelled() {
                    return updates.get() >= n;
                }
            };
            try {
                new DossierExporter().export(fx.request(out), p);
                assertThat(updates.get()).as("finished before %d updates", n).isLessThan(n + 2);
            } catch (CancelledException expected) {
                assertThat(listing(out)).as("cancelled after %d updates", n).isEmpty();
            }
        }
    }
}
