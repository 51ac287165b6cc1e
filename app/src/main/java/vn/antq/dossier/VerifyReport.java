package vn.antq.dossier;

import java.util.List;
import vn.antq.i18n.Messages;

/**
 * The outcome of checking a package against its manifest.
 *
 * @param file      the package checked
 * @param checked   files listed in the manifest
 * @param problems  what differs, is missing, extra or unsafe; empty when the package is intact
 */
public record VerifyReport(String file, int checked, List<Problem> problems) {
    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** What can be wrong with a package. */
    public enum Kind {
        /** Content (size or SHA-256) not as the manifest says. */
        DIFFERS,
        /** Listed in the manifest, absent from the zip. */
        MISSING,
        /** In the zip, not in the manifest. */
        EXTRA,
        /** A path that could escape a folder when extracted, or a duplicate entry. */
        UNSAFE,
        NO_MANIFEST,
        BAD_MANIFEST,
        /** Not a readable zip file. */
        UNREADABLE
    }

    /** One problem: its kind and the path (or detail) it concerns. */
    public record Problem(Kind kind, String path) {
        public String text(Messages messages) {
            return messages.get("dossier.verify." + kind.name(), path);
        }
    }
}
