package vn.antq.ui.common;

import java.time.Duration;
import java.time.Instant;

/**
 * With {@code -Dantq.trace=true} (or a start time in epoch ms), prints how long after the process started each step of the
 * start-up was reached (used to find where start-up time goes; silent otherwise).
 */
public final class StartupTrace {
    private static final String VALUE = System.getProperty("antq.trace");
    private static final boolean ON = VALUE != null;
    /**
     * {@code -Dantq.trace=<epoch ms>} gives the moment the launch began; otherwise the process's start
     * as the OS reports it (coarse on Linux: clock ticks since boot).
     */
    private static final Instant START = !ON ? null
            : VALUE.matches("\\d{13}") ? Instant.ofEpochMilli(Long.parseLong(VALUE))
            : ProcessHandle.current().info().startInstant().orElse(Instant.now());

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (ON) {
            long ms = Duration.between(START, Instant.now()).toMillis();
            System.out.println("[trace] " + ms + " ms " + step + " (" + Thread.currentThread().getName() + ")");
        }
    }
}
