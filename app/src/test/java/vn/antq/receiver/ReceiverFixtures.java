package vn.antq.receiver;

import java.nio.file.Path;
import java.time.Instant;
import vn.antq.domain.Progress;
import vn.antq.domain.UnitType;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.dossier.DossierExporter;
import vn.antq.dossier.DossierFormat;
import vn.antq.dossier.StoreDossier;
import vn.antq.rules.RulesLoader;
import vn.antq.signing.SigningKey;
import vn.antq.storage.Store;
import vn.antq.storage.StoreFixtures;

/** Packages exported from real unit folders, as units send them to the commune police. */
final class ReceiverFixtures {
    static final int YEAR = 2025;

    private ReceiverFixtures() {
    }

    /**
     * A unit folder with every manual item scored at {@code share} of its maximum (and every checklist
     * criterion met when {@code anttMet}), exported as a package; returns the .zip.
     */
    static Path pkg(Path tmp, String name, UnitType type, double share, boolean anttMet, Instant createdAt,
            SigningKey key) {
        return pkg(tmp, name, "", type, share, anttMet, createdAt, key);
    }

    static Path pkg(Path tmp, String name, String code, UnitType type, double share, boolean anttMet,
            Instant createdAt, SigningKey key) {
        Path data = tmp.resolve("unit-" + Math.abs((name + code + createdAt).hashCode()));
        try (Store store = Store.open(data)) {
            if (store.unit().profile().isEmpty()) {
                store.unit().create(UnitProfile.minimal(name, type).withCode(code), YEAR);
                // a later save of the unit form (which knows no code) keeps it
                store.unit().update(UnitProfile.minimal(name, type));
            }
            if (anttMet) {
                StoreFixtures.answerAllMet(store, YEAR);
            }
            for (RubricItem i : RulesLoader.defaultRubric().manualItems()) {
                store.scores().set(YEAR, i.code(), (int) Math.round(i.max() * share), "");
            }
            var request = StoreDossier.request(store, YEAR, tmp.resolve("out-" + data.getFileName()))
                    .withFormats(java.util.EnumSet.of(DossierFormat.ZIP)).withCreatedAt(createdAt);
            return new DossierExporter(key).export(request, Progress.NONE).files().get(0);
        }
    }
}
