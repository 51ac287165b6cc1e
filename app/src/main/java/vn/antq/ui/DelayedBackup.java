package vn.antq.ui;

/**
 * The rotating daily backup, on its own low-priority thread rather than the task runner: with a large
 * evidence folder it takes a while, and the clerk's first clicks must not wait behind it. It starts a
 * while after the window, so that it does not slow the start down. When the app closes, a backup under
 * way is finished, not cut off (a half-written zip would be worse than none); one not yet started is
 * left for the next start.
 */
final class DelayedBackup {
    /** How the delay is waited out ({@code Thread::sleep}; tests give a gate they open themselves). */
    @FunctionalInterface
    interface Delay {
        void await(long ms) throws InterruptedException;
    }

    private final Runnable backup;
    private final long delayMs;
    private final Delay delay;
    private final Object lock = new Object();
    private boolean stopping;
    private boolean running;
    private Thread thread;

    DelayedBackup(Runnable backup, long delayMs) {
        this(backup, delayMs, Thread::sleep);
    }

    DelayedBackup(Runnable backup, long delayMs, Delay delay) {
        this.backup = backup;
        this.delayMs = delayMs;
        this.delay = delay;
    }

    void start() {
        thread = new Thread(() -> {
            try {
                delay.await(delayMs);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (lock) {
                if (stopping) {
                    return;
                }
                running = true;
            }
            try {
                backup.run();
            } catch (RuntimeException e) {
                System.getLogger("antq").log(System.Logger.Level.WARNING, "daily backup failed", e);
            }
        }, "antq-daily-backup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Called when the app closes: waits up to {@code maxWaitMs} for a backup under way to finish, or
     * makes sure one not yet started never starts.
     */
    void stop(long maxWaitMs) throws InterruptedException {
        if (thread == null) {
            return;
        }
        boolean underWay;
        synchronized (lock) {
            stopping = true;
            underWay = running;
        }
        if (underWay) {
            thread.join(maxWaitMs);
        } else {
            thread.interrupt();
        }
    }

    /** Waits for the backup's thread to end (for tests); true when it has. */
    boolean awaitEnd(long maxWaitMs) throws InterruptedException {
        if (thread == null) {
            return true;
        }
        thread.join(maxWaitMs);
        return !thread.isAlive();
    }
}
