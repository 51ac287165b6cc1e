package vn.antq.domain;

/**
 * A plain progress callback for long work (import, export, backup), shared by the command line
 * and the screens; not a JavaFX type. Long work calls {@link #update} as it goes and
 * {@link #checkCancelled()} between steps.
 */
public interface Progress {
    /** Progress that shows nothing and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports {@code done} out of {@code total} steps (total ≤ 0 when unknown), with a short message. */
    void update(long done, long total, String message);

    /** Whether the user asked to stop. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
