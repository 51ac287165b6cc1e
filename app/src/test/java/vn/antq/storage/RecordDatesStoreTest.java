package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.StaffMember;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.i18n.Messages;

/**
 * Registration and pledge dates as the store keeps them (real SQLite in a temporary folder): a date
 * is changed in one audited transaction, a date outside the year's window is refused whole with a
 * Vietnamese message and changes nothing, unticking clears the date; a commendation's date and kind
 * changes are audited.
 */
class RecordDatesStoreTest {
    @TempDir
    Path dir;
    Store store;
    Department dept;
    StaffMember a;
    StaffMember b;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        store.unit().create(UnitProfile.minimal("Công ty TNHH Sông Hồng", UnitType.DOANH_NGHIEP), 2026);
        dept = store.departments().add("Phòng Kỹ thuật");
        a = store.staff().add("Nguyễn Văn An", "Kỹ sư", dept.id(), null, "");
        b = store.staff().add("Lê Thị Bình", "Kỹ sư", dept.id(), null, "");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String vi(DomainException e) {
        return e.message(Messages.vietnamese());
    }

    @Test
    void datesAreChangedAuditedAndClearedByUnticking() {
        store.departments().setRegistration(2026, dept.id(), true, LocalDate.of(2026, 11, 30));
        store.departments().setRegistration(2026, dept.id(), true, LocalDate.of(2026, 3, 1));
        assertThat(store.departments().ofYear(2026).get(0).date()).isEqualTo(LocalDate.of(2026, 3, 1));
        store.staff().setPledges(2026, List.of(a.id(), b.id()), true, LocalDate.of(2026, 11, 30));
        store.staff().setPledge(2026, a.id(), true, LocalDate.of(2026, 2, 14));
        assertThat(store.staff().ofYear(2026)).extracting(p -> p.staff().fullName(), p -> p.date()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Nguyễn Văn An", LocalDate.of(2026, 2, 14)),
                org.assertj.core.groups.Tuple.tuple("Lê Thị Bình", LocalDate.of(2026, 11, 30)));
        store.years().setRegistration(2026, LocalDate.of(2026, 1, 20));

        assertThat(store.audit().ofYear(2026)).extracting(e -> e.area() + " " + e.oldValue() + " → " + e.newValue())
                .contains("DEPARTMENT_REGISTRATION true 2026-11-30 → true 2026-03-01",
                        "PLEDGE true 2026-11-30 → true 2026-02-14",
                        "UNIT_REGISTRATION null → 2026-01-20");

        store.staff().setPledge(2026, a.id(), false, LocalDate.of(2026, 2, 14));
        store.departments().setRegistration(2026, dept.id(), false, LocalDate.of(2026, 3, 1));
        store.years().setRegistration(2026, null);
        assertThat(store.staff().ofYear(2026)).filteredOn(p -> p.staff().id() == a.id()).singleElement()
                .satisfies(p -> assertThat(p.date()).isNull());
        assertThat(store.departments().ofYear(2026).get(0).date()).isNull();
        assertThat(store.years().get(2026).orElseThrow().registeredOn()).isNull();
    }

    @Test
    void aDateOutsideTheYearIsRefusedAndChangesNothing() {
        store.departments().setRegistration(2026, dept.id(), true, LocalDate.of(2026, 3, 1));
        store.staff().setPledge(2026, a.id(), true, LocalDate.of(2026, 3, 2));
        store.years().setRegistration(2026, LocalDate.of(2026, 2, 1));
        int audited = store.audit().ofYear(2026).size();

        assertThatThrownBy(() -> store.departments().setRegistration(2026, dept.id(), true, LocalDate.of(2062, 3, 1)))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(vi((DomainException) e)).isEqualTo("Ngày 01/03/2062 nằm ngoài năm đánh giá "
                        + "2026: ngày đăng ký, ngày ký cam kết của năm 2026 phải từ 01/01/2025 đến 31/12/2026."));
        assertThatThrownBy(() -> store.staff().setPledges(2026, List.of(a.id(), b.id()), true, LocalDate.of(2024, 12, 31)))
                .isInstanceOf(StoreException.class).hasMessageContaining("31/12/2024");
        assertThatThrownBy(() -> store.years().setRegistration(2026, LocalDate.of(2027, 1, 1)))
                .isInstanceOf(StoreException.class).hasMessageContaining("01/01/2027");

        assertThat(store.departments().ofYear(2026).get(0).date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(store.staff().ofYear(2026)).extracting(p -> p.date()).containsExactlyInAnyOrder(LocalDate.of(2026, 3, 2), null);
        assertThat(store.years().get(2026).orElseThrow().registeredOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(store.audit().ofYear(2026)).hasSize(audited);
    }

    @Test
    void aCommendationsDateAndKindChangesAreAudited() {
        Commendation c = store.scores().addCommendation(2026, CommendationKind.COLLECTIVE, "Giấy khen", "Phòng Kỹ thuật",
                "UBND phường", "15/QĐ-UBND", LocalDate.of(2026, 4, 2), false);
        assertThat(c.extraordinary()).isFalse();
        store.scores().updateCommendation(new Commendation(c.id(), c.kind(), c.title(), c.recipient(), c.issuer(),
                c.decisionNumber(), LocalDate.of(2026, 4, 3), true));
        assertThat(store.scores().commendations(2026)).singleElement().satisfies(x -> {
            assertThat(x.extraordinary()).isTrue();
            assertThat(x.date()).isEqualTo(LocalDate.of(2026, 4, 3));
        });
        assertThat(store.audit().ofYear(2026)).filteredOn(e -> e.area() == AuditArea.COMMENDATION)
                .extracting(e -> e.subject() + ": " + e.oldValue() + " → " + e.newValue())
                .containsExactly(c.id() + ": Giấy khen: thường 2026-04-02 → đột xuất 2026-04-03");
        assertThat(store.facts(2026).collectiveCommendations()).isEqualTo(1);
    }
}
