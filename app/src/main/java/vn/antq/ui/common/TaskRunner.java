package vn.antq.ui.common;

import java.util.function.Consumer;

/**
 * Runs store and export work for the view models. In the app every piece of work runs in order on
 * ONE background thread (SQLite has one writer) and the results come back on the FX thread; tests
 * use {@link SyncTaskRunner}, which runs it at once on the caller's thread.
 */
public interface TaskRunner {
    /** Short work (a read, one save): no progress shown. Errors go to {@code onError}. */
    <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError);

    /**
     * Long work (import, backup, export): its progress and message show in the status bar with a
     * cancel button; {@code title} names it there.
     */
    <T> void runLong(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError);
}
