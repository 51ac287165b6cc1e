package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import vn.antq.domain.DomainException;

/**
 * The workbook reader's public entry point ({@link StaffImport#preview}) on hostile workbooks: any
 * cell text, damaged bytes — a preview or one plain refusal, never another exception.
 */
class WorkbookProperties {
    private static final Path DIR;
    private static final byte[] GOOD;

    static {
        try {
            DIR = Files.createTempDirectory("antq-workbook-props");
            GOOD = Files.readAllBytes(Workbooks.write(DIR.resolve("good.xlsx"),
                    new Object[] {"STT", "Họ và tên", "Chức vụ", "Phòng ban"},
                    new Object[] {1, "Nguyễn Văn An", "Giáo viên", "Tổ Toán"},
                    new Object[] {2, "Trần Thị Bình", "Kế toán", "Văn phòng"}));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var s = Files.walk(DIR)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<String> cellText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(5),
                Arbitraries.of("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "", " ", "Nguyễn\u00A0Văn\tA"));
    }

    @Property
    void anyCellTextGivesAPreviewOrOnePlainRefusal(@ForAll("cellText") String name, @ForAll("cellText") String position)
            throws IOException {
        Path f = Workbooks.write(DIR.resolve("cells.xlsx"), new Object[] {"STT", "Họ và tên", "Chức vụ"},
                new Object[] {1, name, position});
        try {
            StaffImportPreview p = StaffImport.preview(f);
            assertThat(p.rows().size() + p.fileIssues().size()).isGreaterThanOrEqualTo(0);
        } catch (DomainException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<List<Integer>> flips() {
        return Arbitraries.integers().between(0, GOOD.length - 1).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property
    void damagedBytesGiveAPreviewOrOnePlainRefusal(@ForAll("flips") List<Integer> positions, @ForAll byte value)
            throws IOException {
        byte[] bad = GOOD.clone();
        for (int p : positions) {
            bad[p] = (byte) (bad[p] ^ (value == 0 ? 1 : value));
        }
        Path f = Files.write(DIR.resolve("bad.xlsx"), bad);
        try {
            StaffImport.preview(f);
        } catch (DomainException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }
}
