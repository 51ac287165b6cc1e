package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.demo.DemoGenerator;
import vn.antq.domain.Progress;
import vn.antq.domain.unit.StaffPledge;

/**
 * The staff list is reused between reads only while nothing was written: a change made through the
 * same store, or committed by another connection (another program on the same data folder), is
 * seen at the next read.
 */
class StaffListCacheTest {
    @TempDir
    Path tmp;

    private static boolean signed(Store s, long id) {
        return s.staff().ofYear(2026).stream().filter(p -> p.staff().id() == id).findFirst().orElseThrow().signed();
    }

    @Test
    void aWriteHereOrElsewhereIsSeenAtTheNextRead() {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data)) {
            DemoGenerator.generate(store, new DemoGenerator.Options(60, 2026, 0), Progress.NONE);
            List<StaffPledge> first = store.staff().ofYear(2026);
            assertThat(store.staff().ofYear(2026)).as("unchanged: the same list").isSameAs(first);
            long id = first.get(0).staff().id();
            boolean was = first.get(0).signed();

            store.staff().setPledge(2026, id, !was, was ? null : LocalDate.of(2026, 2, 1));
            assertThat(signed(store, id)).as("written through this store").isEqualTo(!was);
            assertThat(store.snapshot(2026).staffSigned()).isEqualTo(store.counts(2026).staffSigned());

            try (Store other = Store.open(data)) {
                other.staff().setPledge(2026, id, was, was ? LocalDate.of(2026, 2, 1) : null);
                other.staff().add("Hoàng Văn Thụ", "Bảo vệ", null, null, "");
            }
            assertThat(signed(store, id)).as("written by another connection").isEqualTo(was);
            assertThat(store.staff().ofYear(2026)).hasSize(61);
            assertThat(store.snapshot(2026).staff()).isEqualTo(store.staff().ofYear(2026));
            assertThat(store.staff().ofYear(2025)).as("another year is read, not the cached one").noneMatch(StaffPledge::signed);
        }
    }
}
