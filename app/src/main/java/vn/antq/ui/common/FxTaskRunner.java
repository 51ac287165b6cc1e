package vn.antq.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import vn.antq.domain.CancelledException;
import vn.antq.domain.Progress;

/**
 * The app's task runner: a {@link Task} per piece of work on one single-thread executor, results
 * and errors delivered on the FX thread. The current long work's progress and message are exposed
 * for the status bar, which can cancel it.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "antq-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Task<?> current;

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        submit(null, work, onSuccess, onError);
    }

    @Override
    public <T> void runLong(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        submit(title, work, onSuccess, onError);
    }

    private <T> void submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                if (title != null) {
                    updateMessage(title);
                    updateProgress(-1, 1);
                }
                Progress p = new Progress() {
                    @Override
                    public void update(long done, long total, String text) {
                        if (total > 0) {
                            updateProgress(done, total);
                        } else {
                            updateProgress(-1, 1);
                        }
                        if (text != null && !text.isBlank()) {
                            updateMessage(title == null ? text : title + " — " + text);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                };
                return work.call(p);
            }
        };
        if (title != null) {
            task.stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.RUNNING) {
                    current = task;
                    busy.set(true);
                    progress.bind(task.progressProperty());
                    message.bind(task.messageProperty());
                } else if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED
                        || state == Worker.State.CANCELLED) {
                    if (current == task) {
                        current = null;
                        progress.unbind();
                        message.unbind();
                        progress.set(0);
                        message.set("");
                        busy.set(false);
                    }
                }
            });
        }
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        task.setOnCancelled(e -> onError.accept(new CancelledException()));
        executor.submit(task);
    }

    /** Asks the current long work to stop; it stops at its next check and discards what it wrote. */
    public void cancelCurrent() {
        Task<?> t = current;
        if (t != null) {
            t.cancel(false);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
