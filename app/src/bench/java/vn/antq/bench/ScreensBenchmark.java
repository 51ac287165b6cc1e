package vn.antq.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import vn.antq.storage.Store;
import vn.antq.ui.AppController;
import vn.antq.ui.Screens;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.FxTaskRunner;
import vn.antq.ui.common.ScreenFactory;
import vn.antq.ui.common.Stores;

/**
 * Issue 18's screen figures on the large unit (5,000 staff), in this JVM with the toolkit headless
 * (Monocle) and the app's real task runner: for each screen, its first show (made, data loaded off
 * the FX thread, shown, a frame's CSS and layout done) in a freshly built window, warm (after
 * {@link #WARMUP} rounds), median of {@link #RUNS}; and one keystroke in the staff search (filtered,
 * laid out). The end of a show is the runner's queue drained (it is first-in first-out: a no-op
 * queued after the screen's loads runs after them) and then the next layout pulse.
 */
final class ScreensBenchmark {
    static final int WARMUP = 3;
    static final int RUNS = 7;
    static final double SCREEN_TARGET_MS = 300;
    static final double KEY_TARGET_MS = 50;

    private ScreensBenchmark() {
    }

    static List<BenchmarkSuite.Row> run(Path work) throws Exception {
        Path large = Scenarios.largeUnit(work);
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        Store store = Stores.open(large);
        FxTaskRunner runner = new FxTaskRunner();
        AppController[] app = new AppController[1];
        Stage[] stage = new Stage[1];
        onFx(done -> {
            AppTheme.install();
            stage[0] = new Stage();
            stage[0].setWidth(1280);
            stage[0].setHeight(720);
            app[0] = new AppController(stage[0], store, "vi", runner);
            app[0].start();
            stage[0].show();
            settled(runner, stage[0], done);
        });
        Map<String, double[]> shows = new LinkedHashMap<>();
        for (ScreenFactory f : Screens.all()) {
            shows.put(f.id(), new double[RUNS]);
        }
        double[] keys = new double[RUNS];
        Map<String, List<double[]>> phases = new LinkedHashMap<>();
        double[] keysCpu = new double[RUNS];
        for (int round = 0; round < WARMUP + RUNS; round++) {
            onFx(done -> {
                app[0].showMain(); // a new window: every screen is made again on its first show
                settled(runner, stage[0], done);
            });
            for (ScreenFactory f : Screens.all()) {
                long[] marks = new long[3];
                long[] cpu0 = cpu();
                double ms = timed(done -> {
                    marks[0] = System.nanoTime();
                    app[0].window().select(f.id());
                    marks[1] = System.nanoTime();
                    settled(runner, stage[0], () -> marks[2] = System.nanoTime(), done);
                });
                long[] cpu1 = cpu();
                if (round >= WARMUP) {
                    shows.get(f.id())[round - WARMUP] = ms;
                    phases.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(new double[] {
                        (marks[1] - marks[0]) / 1e6, (marks[2] - marks[1]) / 1e6, ms - (marks[2] - marks[0]) / 1e6,
                        (cpu1[0] - cpu0[0]) / 1e6, (cpu1[1] - cpu0[1]) / 1e6, (cpu1[2] - cpu0[2]) / 1e6});
                }
            }
            onFx(done -> {
                app[0].window().select("staff");
                settled(runner, stage[0], done);
            });
            TextField search = (TextField) stage[0].getScene().lookup("#staff-search");
            String[] typed = {"n", "ng", "ngu", "nguy", "ng"};
            double[] perKey = new double[typed.length];
            double[] perKeyCpu = new double[typed.length];
            for (int k = 0; k < typed.length; k++) {
                String text = typed[k];
                long[] cpu0 = cpu();
                perKey[k] = timed(done -> {
                    search.setText(text);
                    settled(runner, stage[0], done);
                });
                perKeyCpu[k] = (cpu()[0] - cpu0[0]) / 1e6;
            }
            if (round >= WARMUP) {
                keysCpu[round - WARMUP] = Procs.median(perKeyCpu);
            }
            onFx(done -> {
                search.setText("");
                settled(runner, stage[0], done);
            });
            if (round >= WARMUP) {
                keys[round - WARMUP] = Procs.median(perKey);
            }
        }
        onFx(done -> {
            stage[0].close();
            done.run();
        });
        runner.close();
        store.close();
        Platform.exit(); // else the toolkit's thread keeps the suite's JVM alive after the results
        // where a show's time goes (printed, not a row): made and shown on the FX thread; data read and
        // applied (the runner's queue drained); the frame's CSS and layout
        // and the processor time of the FX thread and of the task runner's thread (less sensitive to a
        // machine shared with other work than the wall-clock time)
        System.out.println("screen: median ms made+onShow / data read+applied / CSS+layout | CPU ms FX / worker / renderer");
        for (var e : phases.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-12s %6.0f %6.0f %6.0f | %6.0f %6.0f %6.0f%n", e.getKey(),
                    Procs.median(e.getValue().stream().mapToDouble(d -> d[0]).toArray()),
                    Procs.median(e.getValue().stream().mapToDouble(d -> d[1]).toArray()),
                    Procs.median(e.getValue().stream().mapToDouble(d -> d[2]).toArray()),
                    Procs.median(e.getValue().stream().mapToDouble(d -> d[3]).toArray()),
                    Procs.median(e.getValue().stream().mapToDouble(d -> d[4]).toArray()),
                    Procs.median(e.getValue().stream().mapToDouble(d -> d[5]).toArray()));
        }
        System.out.printf(Locale.ROOT, "keystroke: median CPU ms of the FX thread %.1f%n", Procs.median(keysCpu));
        List<BenchmarkSuite.Row> rows = new ArrayList<>();
        for (var e : shows.entrySet()) {
            double m = Procs.median(e.getValue());
            rows.add(new BenchmarkSuite.Row("First show of the screen “" + e.getKey() + "”, 5,000 staff (warm, "
                    + "Monocle headless, data loaded off the FX thread, to the first laid-out frame)",
                    fmt(m) + " ms", Procs.spread(e.getValue(), "ms"), "< 300 ms",
                    m < SCREEN_TARGET_MS ? "met" : "NOT met"));
        }
        double k = Procs.median(keys);
        rows.add(new BenchmarkSuite.Row("One keystroke in the staff search, 5,000 staff (filtered and laid out; "
                + "median of 5 keystrokes per run)", fmt(k) + " ms", Procs.spread(keys, "ms"), "< 50 ms",
                k < KEY_TARGET_MS ? "met" : "NOT met"));
        return rows;
    }

    /** Processor time (ns) so far of the FX thread, of the task runner's thread and of the renderer's. */
    private static long[] cpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long fx = 0;
        long worker = 0;
        long render = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("JavaFX Application Thread") || t.getName().equals("Event Thread")) { // Monocle's
                fx = mx.getThreadCpuTime(t.getId());
            } else if (t.getName().equals("antq-worker")) {
                worker = mx.getThreadCpuTime(t.getId());
            } else if (t.getName().startsWith("QuantumRenderer")) {
                render = mx.getThreadCpuTime(t.getId());
            }
        }
        return new long[] {fx, worker, render};
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, ms >= 10 ? "%.0f" : "%.1f", ms);
    }

    /** Calls {@code done} once the runner's queue has drained and the next frame has been laid out. */
    private static void settled(FxTaskRunner runner, Stage stage, Runnable done) {
        settled(runner, stage, () -> { }, done);
    }

    /** As {@link #settled(FxTaskRunner, Stage, Runnable)}, calling {@code drained} when the queue has drained. */
    private static void settled(FxTaskRunner runner, Stage stage, Runnable drained, Runnable done) {
        runner.run(p -> null, ok -> {
            Scene scene = stage.getScene();
            if (scene == null || stage.getScene().lookup("#main-window") == null) {
                settled(runner, stage, drained, done); // the window is still being made (its header read first)
                return;
            }
            drained.run();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                done.run();
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        }, e -> done.run());
    }

    /** Runs the action on the FX thread and waits for it to call its completion. */
    private static void onFx(Consumer<Runnable> action) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> action.accept(() -> f.complete(null)));
        f.get(60, TimeUnit.SECONDS);
    }

    /** The milliseconds from the action's start (on the FX thread) to its completion. */
    private static double timed(Consumer<Runnable> action) throws Exception {
        CompletableFuture<Long> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            action.accept(() -> f.complete(System.nanoTime() - t0));
        });
        return f.get(60, TimeUnit.SECONDS) / 1e6;
    }
}
