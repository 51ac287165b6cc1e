package vn.antq.domain.unit;

import vn.antq.domain.UnitType;

/**
 * The unit (one per data folder) as the dossier and the screens need it.
 *
 * @param name                  full name, e.g. "Trường Trung học phổ thông Nguyễn Trãi"
 * @param type                  cơ quan / doanh nghiệp / cơ sở giáo dục
 * @param superior              the managing authority printed above the name (cơ quan chủ quản); may be blank
 * @param address               the seat
 * @param place                 the place name of the document date line ("Hà Nội", "Xã Tân Lập")
 * @param commune               the commune/ward the unit sits in
 * @param communePolice         the police the dossier goes to ("Công an xã Tân Lập")
 * @param headName              head of unit
 * @param headTitle             the head's title ("Hiệu trưởng", "Giám đốc")
 * @param phone                 contact phone
 * @param email                 contact e-mail
 * @param hasPartyOrganisation  a Party organisation exists (item 1 and the checklist depend on it)
 * @param hasTradeUnion         a trade union / mass organisations exist (item 5g's wording depends on it)
 * @param hasProtectionForce    the unit has a protection force (a school without one skips Circular 124, Điều 7.5)
 * @param code                  mã số thuế / mã đơn vị, optional: the unit's identity at the commune police when
 *                              given; null when not given here (a save then keeps the stored code)
 */
public record UnitProfile(
        String name,
        UnitType type,
        String superior,
        String address,
        String place,
        String commune,
        String communePolice,
        String headName,
        String headTitle,
        String phone,
        String email,
        boolean hasPartyOrganisation,
        boolean hasTradeUnion,
        boolean hasProtectionForce,
        String code) {

    /** A profile without the unit code (a save keeps the stored one). */
    public UnitProfile(String name, UnitType type, String superior, String address, String place, String commune,
            String communePolice, String headName, String headTitle, String phone, String email,
            boolean hasPartyOrganisation, boolean hasTradeUnion, boolean hasProtectionForce) {
        this(name, type, superior, address, place, commune, communePolice, headName, headTitle, phone, email,
                hasPartyOrganisation, hasTradeUnion, hasProtectionForce, null);
    }

    /** A profile with only the fields the first-start wizard asks for. */
    public static UnitProfile minimal(String name, UnitType type) {
        return new UnitProfile(name, type, "", "", "", "", "", "", "", "", "", true, true, true);
    }

    /** The same profile with a unit code. */
    public UnitProfile withCode(String newCode) {
        return new UnitProfile(name, type, superior, address, place, commune, communePolice, headName, headTitle, phone,
                email, hasPartyOrganisation, hasTradeUnion, hasProtectionForce, newCode);
    }

    /** Longest unit code accepted (a tax code with its branch suffix is 14 characters). */
    public static final int CODE_MAX = 40;

    /**
     * Whether a (cleaned) unit code can be one: empty (none), or letters and digits, with spaces,
     * dots, dashes and slashes between them ("0101234567", "0101234567-001", "THPT.01/2024"), at most
     * {@link #CODE_MAX} characters. The one rule for the window, {@code init --code} and imports.
     */
    public static boolean validCode(String code) {
        return code == null || code.isEmpty()
                || code.length() <= CODE_MAX && code.matches("[\\p{L}\\p{N}]([\\p{L}\\p{N} ./\\-]*[\\p{L}\\p{N}])?");
    }

    /** The unit code, or "" when none. */
    public String codeOrEmpty() {
        return code == null ? "" : code;
    }
}
