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
    /** A delay the test opens itself: no clock, no sleep. */
    static final class Gate implements DelayedBackup.Delay {
        final CountDownLatch open = new CountDownLatch(1);
        final CountDownLatch waiting = new CountDownLatch(1);
        volatile long asked = -1;

        @Override
        public void await(long ms) throws InterruptedException {
            asked = ms;
            waiting.countDown();
            open.await();
        }
    }

    @Test
    void runsOnceAfterItsDelayNotBefore() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        Gate gate = new Gate();
        DelayedBackup b = new DelayedBackup(() -> {
            runs.incrementAndGet();
            ran.countDown();
        }, 300, gate);
        b.start();
        assertThat(gate.waiting.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.asked).isEqualTo(300);
        assertThat(runs).as("not before the delay is over").hasValue(0);
        gate.open.countDown();
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        b.stop(1_000);
        assertThat(b.awaitEnd(5_000)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void closingBeforeTheDelayMeansItNeverStarts() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Gate gate = new Gate();
        DelayedBackup b = new DelayedBackup(runs::incrementAndGet, 200, gate);
        b.start();
        assertThat(gate.waiting.await(5, TimeUnit.SECONDS)).isTrue();
        b.stop(1_000);
        assertThat(b.awaitEnd(5_000)).as("the waiting thread ends").isTrue();
        assertThat(runs).hasValue(0);
    }

    @Test
    void closingWhileItRunsWaitsForItToFinish() throws Exception {
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        DelayedBackup b = new DelayedBackup(() -> {
            begun.countDown();
            try {
                mayFinish.await();
            } catch (InterruptedException e) {
                return; // an interrupted backup would leave finished false
            }
            finished.set(true);
        }, 0);
        b.start();
        assertThat(begun.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean stopReturned = new AtomicBoolean();
        Thread closing = new Thread(() -> {
            try {
                b.stop(60_000);
            } catch (InterruptedException e) {
                return;
            }
            stopReturned.set(true);
        });
        closing.start();
        // wait until the closing thread is waiting for the backup, then let the backup finish
        while (closing.getState() != Thread.State.TIMED_WAITING && closing.isAlive()) {
            Thread.onSpinWait();
        }
        assertThat(stopReturned).as("stop waits for the backup under way").isFalse();
        mayFinish.countDown();
        closing.join(60_000);
        assertThat(stopReturned).isTrue();
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
