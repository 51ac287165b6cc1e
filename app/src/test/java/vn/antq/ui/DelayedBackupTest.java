package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The daily backup starts after its delay, never after the app closed first, and is not cut off when under way. */
class DelayedBackupTest {
    @Test
    void runsOnceAfterItsDelayNotBefore() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        long started = System.nanoTime();
        long[] at = new long[1];
        DelayedBackup b = new DelayedBackup(() -> {
            at[0] = System.nanoTime();
            runs.incrementAndGet();
            ran.countDown();
        }, 300);
        b.start();
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(at[0] - started)).isGreaterThanOrEqualTo(300);
        b.stop(1_000);
        assertThat(runs).hasValue(1);
    }

    @Test
    void closingBeforeTheDelayMeansItNeverStarts() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        DelayedBackup b = new DelayedBackup(runs::incrementAndGet, 200);
        b.start();
        b.stop(1_000);
        Thread.sleep(500);
        assertThat(runs).hasValue(0);
    }

    @Test
    void closingWhileItRunsWaitsForItToFinish() throws Exception {
        CountDownLatch begun = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        DelayedBackup b = new DelayedBackup(() -> {
            begun.countDown();
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                return; // an interrupted backup would leave finished false
            }
            finished.set(true);
        }, 0);
        b.start();
        assertThat(begun.await(5, TimeUnit.SECONDS)).isTrue();
        b.stop(5_000);
        assertThat(finished).isTrue();
    }

    @Test
    void aFailingBackupIsLoggedNotLeftUncaught() throws Exception {
        CountDownLatch tried = new CountDownLatch(1);
        AtomicReference<Throwable> uncaught = new AtomicReference<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.set(e));
        try {
            DelayedBackup b = new DelayedBackup(() -> {
                tried.countDown();
                throw new IllegalStateException("disk full");
            }, 0);
            b.start();
            assertThat(tried.await(5, TimeUnit.SECONDS)).isTrue();
            b.stop(5_000); // under way: waits for the thread to end
            assertThat(uncaught.get()).isNull();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void stoppingWhatNeverStartedIsHarmless() throws Exception {
        new DelayedBackup(() -> { }, 0).stop(10);
    }
}
