package vn.antq.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.antq.domain.Progress;
import vn.antq.domain.scoring.Finding;
import vn.antq.demo.DemoGenerator;
import vn.antq.storage.Store;

/**
 * The review of a year on the 5,000-staff demo, warm: read the year from the data folder (one
 * transaction), assess and review it — what the {@code review} command and the Hồ sơ screen do before export.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReviewBenchmark {
    static final int YEAR = 2026;
    Path dir;
    Store store;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("antq-review-bench");
        DemoGenerator.generateInto(dir.resolve("data"), new DemoGenerator.Options(5000, YEAR, 5), Progress.NONE);
        store = Store.open(dir.resolve("data"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    @Benchmark
    public List<Finding> reviewTheYear() {
        return store.assess(YEAR).findings();
    }
}
