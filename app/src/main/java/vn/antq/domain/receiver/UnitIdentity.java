package vn.antq.domain.receiver;

import java.util.Locale;
import vn.antq.domain.UnitType;
import vn.antq.domain.VietnameseText;

/**
 * Who a package is from: the unit code (mã số thuế / mã đơn vị) when it has one, else its name
 * (normalised as {@link VietnameseText#key}) and type. Two packages with the same key are the
 * same unit, and the newer replaces the older for the same year.
 */
public final class UnitIdentity {
    private UnitIdentity() {
    }

    public static String key(String code, String name, UnitType type) {
        String c = code == null ? "" : code.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        if (!c.isEmpty()) {
            return "code:" + c;
        }
        return "name:" + (type == null ? "" : type.name()) + ":" + VietnameseText.key(name);
    }
}
