package vn.antq.ui.common;

import java.util.function.Consumer;
import vn.antq.domain.Progress;

/** Runs work at once on the calling thread (tests, and view-model tests without a toolkit). */
public final class SyncTaskRunner implements TaskRunner {
    private volatile boolean cancelNext;

    /** Makes the next long work see a cancel request (to test cancellation). */
    public void cancelNextLongWork() {
        cancelNext = true;
    }

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        execute(work, Progress.NONE, onSuccess, onError);
    }

    @Override
    public <T> void runLong(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        boolean cancel = cancelNext;
        cancelNext = false;
        Progress p = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancel;
            }
        };
        execute(work, p, onSuccess, onError);
    }

    private <T> void execute(Work<T> work, Progress p, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        T value;
        try {
            value = work.call(p);
        } catch (Exception | LinkageError e) {
            onError.accept(e);
            return;
        }
        onSuccess.accept(value);
    }
}
