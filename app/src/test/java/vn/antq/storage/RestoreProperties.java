package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.UnitProfile;

/**
 * {@code restore} of damaged archives: either the archive's data, whole and sound, or a refusal with
 * the data folder exactly as it was (same files, same bytes of the database).
 */
class RestoreProperties {
    private static final Path ROOT;
    private static final byte[] GOOD;
    private static final Path TEMPLATE;

    static {
        try {
            ROOT = Files.createTempDirectory("antq-restore-props");
            Path src = ROOT.resolve("src");
            try (Store store = Store.open(src)) {
                store.unit().create(UnitProfile.minimal("Đơn vị trong bản sao lưu", UnitType.CO_QUAN), 2026);
                store.staff().add("Lê Thị Hoa", "Văn thư", null, null, "");
                Path f = Files.writeString(ROOT.resolve("bb.pdf"), "%PDF biên bản ".repeat(40));
                store.evidence().add(f, "bb.pdf");
                store.backup(ROOT.resolve("good.zip"), null);
            }
            GOOD = Files.readAllBytes(ROOT.resolve("good.zip"));
            TEMPLATE = ROOT.resolve("template");
            try (Store store = Store.open(TEMPLATE)) {
                store.unit().create(UnitProfile.minimal("Đơn vị hiện tại", UnitType.CO_QUAN), 2026);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterContainer
    static void clean() {
        Backups.deleteTree(ROOT);
    }

    private static Path freshData() throws IOException {
        Path d = Files.createTempDirectory(ROOT, "data");
        try (Stream<Path> s = Files.walk(TEMPLATE)) {
            for (Path p : s.toList()) {
                Path t = d.resolve(TEMPLATE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().equals(FolderLock.FILE)) {
                    Files.copy(p, t);
                }
            }
        }
        return d;
    }

    private static List<String> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.walk(d)) {
            return s.map(p -> d.relativize(p).toString()).filter(n -> !n.equals(FolderLock.FILE))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    @Provide
    Arbitrary<List<Integer>> flips() {
        return Arbitraries.integers().between(0, GOOD.length - 1).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property
    void aDamagedArchiveRestoresWholeOrChangesNothing(@ForAll("flips") List<Integer> positions, @ForAll byte value)
            throws IOException {
        byte[] bad = GOOD.clone();
        for (int p : positions) {
            bad[p] = (byte) (bad[p] ^ (value == 0 ? 1 : value));
        }
        Path zip = Files.write(Files.createTempFile(ROOT, "bad", ".zip"), bad);
        Path data = freshData();
        List<String> before = listing(data);
        byte[] db = Files.readAllBytes(data.resolve(DataDir.DB_FILE));
        try {
            Store.restore(data, zip, null);
        } catch (DomainException refused) {
            assertThat(refused.getMessage()).doesNotContain("\n");
            assertThat(listing(data)).isEqualTo(before);
            assertThat(Files.readAllBytes(data.resolve(DataDir.DB_FILE))).isEqualTo(db);
            return;
        }
        // accepted: the bytes that changed did not matter (e.g. a timestamp); the data is the archive's
        try (Store store = Store.open(data)) {
            assertThat(store.unit().profile().orElseThrow().name()).isEqualTo("Đơn vị trong bản sao lưu");
            assertThat(store.check(null).ok()).isTrue();
        }
    }
}
