package vn.antq.dossier;

/**
 * What to do with evidence when the package would exceed the size limit (default 20 MB, for e-mail).
 * <ul>
 * <li>{@link #INCLUDE_ALL}: one package with everything, whatever its size.</li>
 * <li>{@link #LEAVE_OUT_LARGE}: the largest evidence files are left out, one by one, until the
 * package fits; they stay listed in the evidence index, marked "not included".</li>
 * <li>{@link #SPLIT}: the main package holds the documents and as much evidence as fits; the rest
 * goes into extra volumes {@code <unit>-<year>-ho-so-part2.zip}, {@code -part3.zip}…, each under
 * the limit and each with its own {@code manifest.json}, so every volume verifies on its own.</li>
 * </ul>
 */
public enum LargeEvidencePolicy {
    INCLUDE_ALL,
    LEAVE_OUT_LARGE,
    SPLIT
}
