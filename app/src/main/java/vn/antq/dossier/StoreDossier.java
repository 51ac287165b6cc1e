package vn.antq.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.antq.domain.scoring.YearAssessment;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.i18n.Messages;
import vn.antq.storage.Store;

/**
 * Builds a {@link DossierRequest} for a year from the store (snapshot, score with the year's
 * profile, the Circular 124 rows of the unit's type, evidence bytes from the evidence folder): what
 * the {@code export} command and the Hồ sơ screen both do. Adjust the result with the
 * {@code with…} methods (formats, size limit, policy, images).
 */
public final class StoreDossier {
    private StoreDossier() {
    }

    public static DossierRequest request(Store store, int year, Path outputDir) {
        YearAssessment assessment = store.assess(year);
        EvidenceSource evidence = sha -> Files.newInputStream(store.evidence().path(sha));
        // the date chosen for the year's documents (a re-export prints the same date), else today
        return DossierRequest.of(assessment, store.options().recognitionRules(), sheet(store, assessment.snapshot()),
                evidence, outputDir)
                .withDocumentDate(store.years().documentDate(year).orElse(null));
    }

    /** The Circular 124 rows of the unit's type, from the store's checklist (none when it has no checklist). */
    public static ChecklistSheet sheet(Store store, YearSnapshot snapshot) {
        if (store.options().checklist() == null) {
            return ChecklistSheet.empty();
        }
        return ChecklistSheet.from(store.options().checklist(), snapshot.unit().type(),
                snapshot.unit().hasPartyOrganisation(), snapshot.unit().hasProtectionForce(), Messages.VIETNAMESE,
                snapshot.year().year());
    }
}
