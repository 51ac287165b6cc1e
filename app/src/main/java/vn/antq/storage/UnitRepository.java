package vn.antq.storage;

import static vn.antq.storage.YearRepository.checkYearNumber;
import static vn.antq.storage.YearRepository.yearRow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import vn.antq.domain.UnitType;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.domain.unit.YearState;

/**
 * The unit profile (table {@code unit}, one row). Reached through {@link Store#unit()},
 * inside its transactions.
 */
public final class UnitRepository {
    private final Store store;

    UnitRepository(Store store) {
        this.store = store;
    }

    public Optional<UnitProfile> profile() {
        return store.read(UnitRepository::unitRow);
    }

    static Optional<UnitProfile> unitRow(Connection c) throws SQLException {
        return Sql.one(c, "SELECT * FROM unit WHERE id = 1", rs -> new UnitProfile(rs.getString("name"),
                UnitType.valueOf(rs.getString("type")), rs.getString("superior"), rs.getString("address"),
                rs.getString("place"), rs.getString("commune"), rs.getString("commune_police"),
                rs.getString("head_name"), rs.getString("head_title"), rs.getString("phone"), rs.getString("email"),
                rs.getInt("has_party") != 0, rs.getInt("has_trade_union") != 0,
                rs.getInt("has_protection_force") != 0, rs.getString("code")));
    }

    static UnitProfile requireUnit(Connection c) throws SQLException {
        return unitRow(c).orElseThrow(() -> new StoreException("store.unit.missing"));
    }

    private static UnitProfile cleanUnit(UnitProfile u) {
        if (u == null || VietnameseText.clean(u.name()).isEmpty()) {
            throw new StoreException("store.unit.nameRequired");
        }
        if (u.type() == null) {
            throw new StoreException("store.unit.typeRequired");
        }
        String code = u.code() == null ? null : VietnameseText.clean(u.code());
        if (!UnitProfile.validCode(code)) {
            throw new StoreException("store.unit.badCode", code, UnitProfile.CODE_MAX);
        }
        return new UnitProfile(VietnameseText.clean(u.name()), u.type(), VietnameseText.clean(u.superior()), VietnameseText.clean(u.address()),
                VietnameseText.clean(u.place()), VietnameseText.clean(u.commune()), VietnameseText.clean(u.communePolice()),
                VietnameseText.clean(u.headName()), VietnameseText.clean(u.headTitle()), VietnameseText.clean(u.phone()), VietnameseText.clean(u.email()),
                u.hasPartyOrganisation(), u.hasTradeUnion(), u.hasProtectionForce(),
                code);
    }

    /** Creates the unit and its first assessment year; refused when the data folder already has a unit. */
    public UnitProfile create(UnitProfile profile, int year) {
        UnitProfile u = cleanUnit(profile);
        checkYearNumber(year);
        String defaultProfile = store.options().defaultProfile().id();
        return store.write(c -> {
            Optional<UnitProfile> existing = unitRow(c);
            if (existing.isPresent()) {
                throw new StoreException("store.unit.exists", existing.get().name());
            }
            Sql.update(c, "INSERT INTO unit (id, name, type, superior, address, place, commune, commune_police, "
                    + "head_name, head_title, phone, email, has_party, has_trade_union, has_protection_force, code) "
                    + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''))", unitArgs(u));
            if (yearRow(c, year).isEmpty()) {
                Sql.update(c, "INSERT INTO assessment_year (year, state, profile_id) VALUES (?, ?, ?)", year,
                        YearState.DRAFT, defaultProfile);
            }
            return u;
        });
    }

    private static Object[] unitArgs(UnitProfile u) {
        return new Object[] {u.name(), u.type(), u.superior(), u.address(), u.place(), u.commune(),
            u.communePolice(), u.headName(), u.headTitle(), u.phone(), u.email(), u.hasPartyOrganisation(),
            u.hasTradeUnion(), u.hasProtectionForce(), u.code()};
    }

    /** Replaces the unit profile. */
    public UnitProfile update(UnitProfile profile) {
        UnitProfile u = cleanUnit(profile);
        return store.write(c -> {
            int n = Sql.update(c, "UPDATE unit SET name = ?, type = ?, superior = ?, address = ?, place = ?, "
                    + "commune = ?, commune_police = ?, head_name = ?, head_title = ?, phone = ?, email = ?, "
                    + "has_party = ?, has_trade_union = ?, has_protection_force = ?, code = COALESCE(?, code) "
                    + "WHERE id = 1", unitArgs(u));
            if (n == 0) {
                throw new StoreException("store.unit.missing");
            }
            return u;
        });
    }
}
