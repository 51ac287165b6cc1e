package vn.antq.receiver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.antq.domain.Progress;
import vn.antq.domain.receiver.ReceivedPackage;
import vn.antq.domain.receiver.UnitIdentity;
import vn.antq.dossier.PackageCheck;
import vn.antq.dossier.PackageVerdict;
import vn.antq.i18n.Messages;
import vn.antq.storage.ReceiverStore;

/**
 * Receives packages into a receiver folder: each is checked ({@link PackageCheck}: bytes, signature,
 * re-scoring), then recorded with its verdict — an altered package is recorded as altered and never
 * shown as valid; an unreadable one is reported and not recorded (it names no unit). The checks run
 * on all cores; the recording is one transaction per package.
 */
public final class Receiver {
    private final ReceiverStore store;
    private final PackageCheck check;
    private final Messages messages;

    public Receiver(ReceiverStore store, PackageCheck check) {
        this(store, check, Messages.vietnamese());
    }

    public Receiver(ReceiverStore store, PackageCheck check, Messages messages) {
        this.store = store;
        this.check = check;
        this.messages = messages;
    }

    /** What happened to one package. */
    public record Outcome(Path file, PackageVerdict verdict, ReceivedPackage recorded, boolean duplicate) {
        /** Whether the package counts as a failure for the exit status: altered, inconsistent or unreadable. */
        public boolean failed() {
            return !verdict.kind().valid();
        }
    }

    public List<Outcome> receive(List<Path> files, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        List<Outcome> out = new ArrayList<>();
        // Checks (reading, hashing, re-scoring) run on one thread per core, a bounded window ahead of the
        // recording, which stays on this thread in the order given (one writer for SQLite).
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "antq-receive-check");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<Checked>> window = new java.util.ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < 4 * threads + 8) {
                    Path f = files.get(next++);
                    window.add(pool.submit(() -> checkOne(f)));
                }
                p.checkCancelled();
                Checked c;
                try {
                    c = window.poll().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new vn.antq.domain.CancelledException();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
                out.add(record(c));
                p.update(out.size(), files.size(), "");
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private record Checked(Path file, PackageVerdict verdict, String sha256, long size) {
    }

    private Checked checkOne(Path file) {
        PackageVerdict v = check.check(file);
        String sha;
        long size;
        try {
            size = Files.size(file);
            sha = sha256(file);
        } catch (IOException e) {
            sha = "";
            size = -1;
        }
        return new Checked(file, v, sha, size);
    }

    private Outcome record(Checked c) {
        PackageVerdict v = c.verdict();
        if (v.kind() == PackageVerdict.Kind.UNREADABLE || v.summary() == null || v.summary().unitType() == null
                || c.sha256().isEmpty()) {
            return new Outcome(c.file(), v, null, false);
        }
        Optional<ReceivedPackage> seen = store.bySha256(c.sha256());
        if (seen.isPresent()) {
            return new Outcome(c.file(), v, seen.get(), true);
        }
        PackageVerdict.Summary s = v.summary();
        Instant created;
        try {
            created = Instant.parse(s.createdAt());
        } catch (DateTimeParseException e) {
            created = Instant.EPOCH;
        }
        var sig = v.signature();
        ReceivedPackage p = new ReceivedPackage(0, UnitIdentity.key(s.unitCode(), s.unitName(), s.unitType()),
                s.unitName(), s.unitCode(), s.unitType(), s.year(), s.total(), s.max(),
                s.classification() == null ? "" : s.classification().name(), s.antt(), s.criteriaMet(),
                s.criteriaTotal(), s.staff(), s.staffPledged(), s.departments(), s.departmentsRegistered(), s.findings(),
                v.kind().name(), v.line(messages),
                sig == null || sig.signer() == null ? "" : sig.signer().holderText(),
                sig == null ? null : sig.signingTime(), created, store.now(), c.file().getFileName().toString(),
                c.sha256(), c.size(), false);
        return new Outcome(c.file(), v, store.record(p, c.file()), false);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one line printed for a received package: unit, score, classification, ANTT, signature, verdict. */
    public String line(Outcome o) {
        PackageVerdict v = o.verdict();
        if (v.summary() == null) {
            return v.line(messages);
        }
        PackageVerdict.Summary s = v.summary();
        String level = s.classification() == null ? "?" : messages.get("receiver.level." + s.classification().name());
        String signature = v.signature() == null ? messages.get("receiver.sig.none")
                : v.signature().valid() ? messages.get("receiver.sig.valid", v.signature().signer().holderText())
                : messages.get("receiver.sig.broken");
        String state = o.duplicate() ? messages.get("receiver.state.duplicate")
                : o.recorded() == null ? messages.get("receiver.state.notRecorded")
                : o.recorded().current() ? messages.get("receiver.state.current")
                : messages.get("receiver.state.history");
        return messages.get("receiver.line", s.unitName(), s.total(), s.max(), level,
                messages.get(s.antt() ? "verify.antt.yes" : "verify.antt.no"), signature,
                v.kind().valid() ? messages.get("receiver.verdict." + v.kind().name()) : v.line(messages), state);
    }
}
