package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.UnitProfile;

/** {@link Store#writeAll}: the store's own writes made inside it are one transaction, all or nothing. */
class StoreWriteAllTest {
    @TempDir
    Path dir;

    @Test
    void writesInsideAreCommittedTogether() {
        try (Store s = Store.open(dir)) {
            s.unit().create(UnitProfile.minimal("Công ty TNHH Hòa Bình", UnitType.DOANH_NGHIEP), 2026);
            int audit = s.audit().all().size();
            String result = s.writeAll(() -> {
                s.scores().set(2026, "1", 3, "Nghị quyết");
                s.years().setRegistration(2026, LocalDate.of(2026, 1, 20));
                // a read inside sees the writes before them
                return s.scores().ofYear(2026).get(0).note();
            });
            assertThat(result).isEqualTo("Nghị quyết");
            assertThat(s.scores().ofYear(2026)).hasSize(1);
            assertThat(s.audit().all()).hasSize(audit + 2);
        }
    }

    @Test
    void aRefusalInsideRollsBackEveryWriteBeforeIt() {
        try (Store s = Store.open(dir)) {
            s.unit().create(UnitProfile.minimal("Công ty TNHH Hòa Bình", UnitType.DOANH_NGHIEP), 2026);
            s.scores().set(2026, "2", 1, "");
            int audit = s.audit().all().size();
            assertThatThrownBy(() -> s.writeAll(() -> {
                s.scores().set(2026, "2", 3, "");
                s.departments().add("Phòng Kỹ thuật");
                s.years().setRegistration(2026, LocalDate.of(2026, 1, 20));
                s.scores().set(2026, "5c", 9, ""); // above the maximum: refused
                return null;
            })).isInstanceOf(DomainException.class).hasMessageContaining("5c");
            assertThat(s.scores().ofYear(2026)).singleElement().satisfies(m -> assertThat(m.points()).isEqualTo(1));
            assertThat(s.departments().list()).isEmpty();
            assertThat(s.years().get(2026).orElseThrow().registeredOn()).isNull();
            assertThat(s.audit().all()).hasSize(audit);
            // and the store goes on working
            s.scores().set(2026, "2", 2, "");
            assertThat(s.scores().ofYear(2026).get(0).points()).isEqualTo(2);
        }
    }

    @Test
    void noCacheKeepsWhatWasReadInsideATransactionThatWasUndone() {
        try (Store s = Store.open(dir)) {
            s.unit().create(UnitProfile.minimal("Công ty TNHH Hòa Bình", UnitType.DOANH_NGHIEP), 2026);
            long id = s.staff().add("Lê Thị Hoa", "Kế toán", null, null, "").id();
            assertThat(s.staff().ofYear(2026).get(0).signed()).isFalse();
            assertThatThrownBy(() -> s.writeAll(() -> {
                s.staff().setPledge(2026, id, true, LocalDate.of(2026, 2, 1));
                assertThat(s.staff().ofYear(2026).get(0).signed()).isTrue(); // read (and cached) inside
                throw new DomainException("store.unit.missing");
            })).isInstanceOf(DomainException.class);
            assertThat(s.staff().ofYear(2026).get(0).signed()).isFalse();
        }
    }
}
