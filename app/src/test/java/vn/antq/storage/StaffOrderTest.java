package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.demo.DemoGenerator;
import vn.antq.domain.Progress;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.StaffPledge;

/**
 * The staff list's order (department in Vietnamese order, those without one last, then given name,
 * then full name, then id), sorted on ranks of collation keys, is the order the collator gives.
 */
class StaffOrderTest {
    @TempDir
    Path tmp;

    @Test
    void staffAreInTheCollatorsOrder() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            DemoGenerator.generate(store, new DemoGenerator.Options(300, 2026, 0), Progress.NONE);
            Department d = store.departments().add("Tổ Đồng Tâm");
            Department dd = store.departments().add("Tổ Dòng Sông");
            for (String n : new String[] {"Nguyễn Văn An", "Nguyễn Văn Ân", "Nguyễn Văn Ăn", "Trần An", "trần an",
                "Lê Đức", "Lê Dục", "Lê Duc", "Phạm Thị Yến", "Phạm Thị Yên"}) {
                store.staff().add(n, "", d.id(), null, "");
                store.staff().add(n, "", dd.id(), null, "");
                store.staff().add(n, "", null, null, "");
            }
            List<StaffPledge> listed = store.staff().ofYear(2026);
            Comparator<String> order = VietnameseText.order();
            Comparator<StaffPledge> expected = Comparator.<StaffPledge, Boolean>comparing(p -> p.departmentName().isEmpty())
                    .thenComparing(StaffPledge::departmentName, order)
                    .thenComparing(p -> VietnameseText.givenName(p.staff().fullName()), order)
                    .thenComparing(p -> p.staff().fullName(), order)
                    .thenComparingLong(p -> p.staff().id());
            List<StaffPledge> sorted = new ArrayList<>(listed);
            sorted.sort(expected);
            assertThat(listed).hasSize(330).isEqualTo(sorted);
        }
    }
}
