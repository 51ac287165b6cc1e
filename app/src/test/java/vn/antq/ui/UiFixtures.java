package vn.antq.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.i18n.Messages;
import vn.antq.storage.Store;
import vn.antq.ui.common.Stores;
import vn.antq.ui.common.SyncTaskRunner;
import vn.antq.ui.common.UiContext;

/** A real store in a temporary folder with a small unit, and a context on it with a synchronous runner. */
public final class UiFixtures {
    public static final int YEAR = 2026;

    private UiFixtures() {
    }

    /** Unit "Công ty Cổ phần Hòa Bình", year 2026, two departments, three staff (none signed, none registered). */
    public static Store smallUnit(Path dir) {
        Store store = Stores.open(dir);
        store.unit().create(UnitProfile.minimal("Công ty Cổ phần Hòa Bình", UnitType.DOANH_NGHIEP), YEAR);
        Department a = store.departments().add("Phòng Hành chính");
        Department b = store.departments().add("Đội Bảo vệ");
        store.staff().add("Nguyễn Văn An", "Trưởng phòng", a.id(), LocalDate.of(1980, 5, 1), "");
        store.staff().add("Trần Thị Bình", "Chuyên viên", a.id(), null, "");
        store.staff().add("Đặng Văn Cường", "Bảo vệ", b.id(), null, "");
        return store;
    }

    /** Every Circular 124 criterion answered "met" and the unit registered: 8a = 1, 8c = 50. */
    public static void passingChecklist(Store store) {
        UnitProfile u = store.unit().profile().orElseThrow();
        for (var c : vn.antq.rules.ChecklistLoader.defaultChecklist().answerable(u.type(), u.hasPartyOrganisation(),
                true)) {
            store.checklist().setAnswer(YEAR, c.code(), true, "");
        }
        store.years().setRegistration(YEAR, LocalDate.of(YEAR, 1, 15));
    }

    public static UiContext context(Store store, String lang) {
        UiContext ctx = new UiContext(Messages.forLanguage(lang), new SyncTaskRunner(), store);
        ctx.yearProperty().set(YEAR);
        return ctx;
    }
}
