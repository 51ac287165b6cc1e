package vn.antq.dossier;

import vn.antq.domain.Progress;

/**
 * One stage of the export as a slice of the overall progress: a stage's {@code update(done, total)}
 * becomes {@code from + (to - from) · done/total} out of {@link #SCALE}, with the stage's message.
 * Cancellation is the caller's.
 */
final class StageProgress implements Progress {
    static final long SCALE = 1000;

    private final Progress outer;
    private final long from;
    private final long to;
    private final String message;

    StageProgress(Progress outer, long from, long to, String message) {
        this.outer = outer;
        this.from = from;
        this.to = to;
        this.message = message;
        outer.update(from, SCALE, message);
    }

    @Override
    public void update(long done, long total, String ignored) {
        long at = total <= 0 ? from : from + (to - from) * Math.min(done, total) / total;
        outer.update(at, SCALE, message);
    }

    @Override
    public boolean isCancelled() {
        return outer.isCancelled();
    }
}
