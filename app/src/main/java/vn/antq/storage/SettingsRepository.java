package vn.antq.storage;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The settings (table {@code setting}: language, deadlines, window size…): reached through {@link Store#settings()}. */
public final class SettingsRepository {
    private final Store store;

    SettingsRepository(Store store) {
        this.store = store;
    }

    /** A setting's value, if set. */
    public Optional<String> get(String key) {
        return store.read(c -> Optional.ofNullable(Sql.scalarText(c, "SELECT value FROM setting WHERE key = ?", key)));
    }

    /** Sets a setting (language, deadlines, window size…); null removes it. */
    public void set(String key, String value) {
        Objects.requireNonNull(key, "key");
        store.write(c -> value == null ? Sql.update(c, "DELETE FROM setting WHERE key = ?", key)
                : Sql.update(c, "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                        + "SET value = excluded.value", key, value));
    }

    public Map<String, String> all() {
        return store.read(c -> {
            Map<String, String> m = new TreeMap<>();
            for (String[] r : Sql.query(c, "SELECT key, value FROM setting", rs -> new String[] {rs.getString(1),
                rs.getString(2)})) {
                m.put(r[0], r[1]);
            }
            return m;
        });
    }
}
