package vn.antq.ui.common;

import java.nio.file.Path;
import vn.antq.domain.checklist.ChecklistResult;
import vn.antq.rules.ChecklistLoader;
import vn.antq.storage.Store;
import vn.antq.storage.StoreOptions;

/** Opens the store the way the app uses it: item 8c decided by the Circular 124 checklist data. */
public final class Stores {
    private Stores() {
    }

    /** Opens the database; the rules' data files are read when first needed (see {@link StoreOptions#preload()}). */
    public static Store open(Path dataDir) {
        return Store.open(dataDir, StoreOptions.defaults().withChecklistRule(snap -> {
            ChecklistResult r = AnttStatus.evaluate(snap, ChecklistLoader.defaultChecklist());
            return r != null && r.achieved();
        }));
    }
}
