package vn.antq.dossier;

import java.util.List;

/**
 * The sizes of an export, known before writing (documents estimated, evidence exact) so the screen
 * and the command line can flag a package over the limit and offer to leave large evidence out or
 * split it.
 *
 * @param maxPackageBytes     the limit of one package file
 * @param policy              the policy the plan applies
 * @param pdfBytes            the PDF's size (estimated before export, real after)
 * @param xlsxBytes           the workbook's size (estimated before export, real after)
 * @param evidenceBytes       all available evidence
 * @param fullPackageBytes    one package with everything (documents + all evidence)
 * @param overLimit           {@code fullPackageBytes} exceeds the limit
 * @param volumeBytes         the planned size of each package volume under {@code policy} (index 0 = main)
 * @param evidence            every evidence file with the volume it goes to
 */
public record DossierPlan(
        long maxPackageBytes,
        LargeEvidencePolicy policy,
        long pdfBytes,
        long xlsxBytes,
        long evidenceBytes,
        long fullPackageBytes,
        boolean overLimit,
        List<Long> volumeBytes,
        List<PackedEvidence> evidence) {

    public DossierPlan {
        volumeBytes = List.copyOf(volumeBytes);
        evidence = List.copyOf(evidence);
    }

    public int volumes() {
        return volumeBytes.size();
    }

    /** Evidence left out to fit the limit ({@link LargeEvidencePolicy#LEAVE_OUT_LARGE}). */
    public List<PackedEvidence> leftOut() {
        return evidence.stream().filter(e -> e.state() == PackedEvidence.State.LEFT_OUT_LARGE).toList();
    }

    /** Evidence the store no longer holds intact (missing or altered). */
    public List<PackedEvidence> unavailable() {
        return evidence.stream().filter(e -> e.state() == PackedEvidence.State.UNAVAILABLE).toList();
    }

    /** Whether some volume planned under the policy is still over the limit (e.g. one huge file). */
    public boolean anyVolumeOverLimit() {
        return volumeBytes.stream().anyMatch(v -> v > maxPackageBytes);
    }
}
