package vn.antq.ui.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.storage.DataDir;
import vn.antq.storage.Store;
import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.Stores;
import vn.antq.ui.common.UiContext;

/** Sao lưu: back up now (with progress and cancel), list the backups, restore one. */
public final class BackupViewModel {
    /** A backup archive on disk. */
    public record BackupFile(Path path, String name, long size, Instant modified) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final UiContext ctx;
    private final ObservableList<BackupFile> backups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public BackupViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public ObservableList<BackupFile> backups() {
        return backups;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Path dataDir() {
        return ctx.store().dataDir();
    }

    /** A suggested file name for a backup made now. */
    public String suggestedName() {
        return "antq-sao-luu-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".zip";
    }

    public String when(BackupFile f) {
        return WHEN.format(LocalDateTime.ofInstant(f.modified(), ZoneId.systemDefault()));
    }

    public void reload() {
        Path dir = ctx.store().dataDir().resolve(DataDir.BACKUP_DIR);
        ctx.runner().run(p -> list(dir), backups::setAll, ctx::showError);
    }

    static List<BackupFile> list(Path dir) throws IOException {
        List<BackupFile> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".zip")).toList()) {
                out.add(new BackupFile(p, p.getFileName().toString(), Files.size(p),
                        Files.getLastModifiedTime(p).toInstant()));
            }
        }
        out.sort(Comparator.comparing(BackupFile::modified).reversed());
        return out;
    }

    /** Writes a backup archive (long work: progress in the status bar, cancellable). */
    public void backup(Path out, Runnable done) {
        Store store = ctx.store();
        ctx.runner().runLong(ctx.t("ui.backup.running"), p -> store.backup(out, p), written -> {
            message.set(ctx.t("ui.backup.done", written.toString()));
            reload();
            done.run();
        }, e -> {
            message.set(Dialogs.describe(e, ctx.messages()));
            ctx.showError(e);
        });
    }

    /**
     * Restores an archive: the store is closed, the archive checked and put in place (the replaced
     * data is kept aside), and the folder opened again; on any failure the old data is reopened.
     */
    public void restore(Path zip) {
        Store store = ctx.store();
        Path dir = store.dataDir();
        ctx.runner().runLong(ctx.t("ui.backup.restoring"), p -> {
            store.close();
            Path aside;
            try {
                aside = Store.restore(dir, zip, p);
            } catch (RuntimeException e) {
                Store again = Stores.open(dir, store.options());
                throw new RestoreFailed(e, again);
            }
            return new Restored(Stores.open(dir, store.options()), aside);
        }, r -> {
            message.set(ctx.t("ui.backup.restored", r.aside() == null ? "" : r.aside().toString()));
            ctx.replaceStore(r.store());
        }, e -> {
            if (e instanceof RestoreFailed f) {
                ctx.replaceStore(f.reopened);
                ctx.showError(f.getCause());
            } else {
                ctx.showError(e);
            }
        });
    }

    private record Restored(Store store, Path aside) {
    }

    /** A failed restore, carrying the store reopened on the untouched data. */
    static final class RestoreFailed extends RuntimeException {
        final transient Store reopened;

        RestoreFailed(RuntimeException cause, Store reopened) {
            super(cause);
            this.reopened = reopened;
        }
    }
}
