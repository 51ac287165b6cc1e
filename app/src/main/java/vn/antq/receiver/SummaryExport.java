package vn.antq.receiver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.antq.domain.DomainException;
import vn.antq.domain.receiver.Commune;
import vn.antq.domain.receiver.CommuneSummary;
import vn.antq.dossier.CommuneSummaryPdf;
import vn.antq.dossier.CommuneSummaryWorkbook;
import vn.antq.i18n.Messages;
import vn.antq.storage.ReceiverStore;

/** Writes a commune's year summary (workbook and PDF) from its receiver folder, each through a temporary file. */
public final class SummaryExport {
    private SummaryExport() {
    }

    public static CommuneSummary summary(ReceiverStore store, int year) {
        Commune commune = store.commune().orElse(Commune.named("", ""));
        return CommuneSummary.of(commune, year, store.current(year));
    }

    /** Writes {@code tong-hop-YEAR.xlsx} and {@code tong-hop-YEAR.pdf} into {@code dir}; returns their paths. */
    public static List<Path> write(ReceiverStore store, int year, Path dir, LocalDate date, Messages messages) {
        CommuneSummary s = summary(store, year);
        if (s.units().isEmpty()) {
            throw new DomainException("summary.error.none", String.valueOf(year));
        }
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Path xlsx = dir.resolve("tong-hop-" + year + ".xlsx");
            Path pdf = dir.resolve("tong-hop-" + year + ".pdf");
            Path tx = Files.createTempFile(dir, ".tong-hop-", ".tmp");
            Path tp = Files.createTempFile(dir, ".tong-hop-", ".tmp");
            try {
                try (OutputStream o = Files.newOutputStream(tx)) {
                    new CommuneSummaryWorkbook(s, messages).write(o);
                }
                try (OutputStream o = Files.newOutputStream(tp)) {
                    new CommuneSummaryPdf(s, messages, date).write(o);
                }
                move(tx, xlsx);
                move(tp, pdf);
            } finally {
                Files.deleteIfExists(tx);
                Files.deleteIfExists(tp);
            }
            out.add(xlsx);
            out.add(pdf);
        } catch (IOException e) {
            throw new DomainException("dossier.error.write", dir.toString(), String.valueOf(e.getMessage()));
        }
        return out;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
