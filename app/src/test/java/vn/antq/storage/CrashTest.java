package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.unit.StaffPledge;

/**
 * A child JVM writes continuously through the Store API and is killed with SIGKILL at random
 * moments; after each kill the store reopens, the integrity check is ok, and every transaction the
 * child reported committed is there.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void everyCommittedTransactionSurvivesSigkillAndTheDatabaseStaysSound() throws Exception {
        Random random = new Random(20261123L);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> committed = new ArrayList<>();
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", cp, CrashWriter.class.getName(),
                    dir.toString(), "r" + round).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Output buf = new Output();
            Thread reader = new Thread(() -> {
                try (InputStream in = p.getInputStream()) {
                    in.transferTo(buf);
                } catch (Exception ignored) {
                    // the process was killed
                }
            });
            reader.start();
            assertThat(buf.awaitLines(1, p)).as("child started").contains("READY");
            // killed at a random point of its work: after a random number of reported commits, not a random time
            buf.awaitLines(2 + random.nextInt(40), p);
            p.destroyForcibly();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(60_000);
            List<String> lines = complete(buf);
            lines.remove("READY");
            assertThat(lines).as("round %d wrote something", round).isNotEmpty();
            committed.addAll(lines);
            verify(committed);
        }
        assertThat(committed.size()).isGreaterThan(rounds);
    }

    /** The child's stdout, telling waiters whenever bytes arrive. */
    static final class Output extends ByteArrayOutputStream {
        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            notifyAll();
        }

        @Override
        public synchronized void write(int b) {
            super.write(b);
            notifyAll();
        }

        /** Waits until the child reported {@code n} complete lines (or ended); returns the lines so far. */
        synchronized List<String> awaitLines(int n, Process p) throws InterruptedException {
            while (complete(this).size() < n && p.isAlive()) {
                wait(1_000); // woken by each write; the bound only re-checks that the child still lives
            }
            return complete(this);
        }
    }

    /** Complete lines only: a line cut by the kill has no newline and says nothing. */
    private static List<String> complete(ByteArrayOutputStream buf) {
        String s;
        synchronized (buf) {
            s = buf.toString(StandardCharsets.UTF_8);
        }
        int end = s.lastIndexOf('\n');
        List<String> out = new ArrayList<>();
        if (end < 0) {
            return out;
        }
        for (String l : s.substring(0, end).split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    private void verify(List<String> committed) {
        try (Store store = Store.open(dir)) {
            IntegrityReport report = store.check(null);
            assertThat(report.integrity()).containsExactly("ok");
            assertThat(report.foreignKeys()).isEmpty();
            List<StaffPledge> staff = store.staff().ofYear(2026);
            Set<String> names = new HashSet<>();
            Set<String> signed = new HashSet<>();
            for (StaffPledge p : staff) {
                names.add(p.staff().fullName());
                if (p.signed()) {
                    signed.add(p.staff().fullName());
                }
            }
            var settings = store.settings().all();
            List<String> staffOfPledgeBatch = new ArrayList<>();
            String round = "";
            for (String line : committed) {
                String kind = line.substring(0, 1);
                String id = line.substring(2);
                String thisRound = id.substring(0, id.indexOf('-'));
                if (!thisRound.equals(round)) {
                    // the child's batch of recent staff starts empty in each process
                    staffOfPledgeBatch.clear();
                    round = thisRound;
                }
                switch (kind) {
                    case "S" -> {
                        assertThat(names).as(line).contains("Nhân viên " + id);
                        staffOfPledgeBatch.add("Nhân viên " + id);
                    }
                    case "K" -> assertThat(settings).as(line).containsEntry("crash." + id, "giá trị " + id);
                    case "B" -> {
                        for (int k = 0; k < 20; k++) {
                            assertThat(names).as(line).contains("Hàng loạt " + id + "." + k);
                            assertThat(signed).as(line).contains("Hàng loạt " + id + "." + k);
                        }
                    }
                    case "P" -> {
                        assertThat(signed).as(line).containsAll(staffOfPledgeBatch);
                        staffOfPledgeBatch.clear();
                    }
                    default -> throw new AssertionError("unexpected line " + line);
                }
            }
        }
    }
}
