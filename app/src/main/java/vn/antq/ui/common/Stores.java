package vn.antq.ui.common;

import java.nio.file.Path;
import vn.antq.storage.Store;
import vn.antq.storage.StoreOptions;

/** Opens the store the way the app uses it: with the rules the composition root chose. */
public final class Stores {
    private Stores() {
    }

    /** Opens the database with the shipped rules (their data files are read when first needed, see {@link StoreOptions#preload()}). */
    public static Store open(Path dataDir) {
        return open(dataDir, StoreOptions.defaults());
    }

    /** Opens the database with the given options (the rules in force: rubric, checklist, default profile). */
    public static Store open(Path dataDir, StoreOptions options) {
        return Store.open(dataDir, options);
    }
}
