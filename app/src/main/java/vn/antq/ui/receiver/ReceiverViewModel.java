package vn.antq.ui.receiver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.receiver.Commune;
import vn.antq.domain.receiver.CommuneSummary;
import vn.antq.domain.receiver.ReceivedPackage;
import vn.antq.i18n.Messages;
import vn.antq.receiver.Receiver;
import vn.antq.receiver.SummaryExport;
import vn.antq.storage.ReceiverStore;
import vn.antq.ui.common.TaskRunner;

/**
 * The commune police's table of units: the packages shown for a year, filtered by text and unit type;
 * receiving packages, writing the summary, opening a unit's documents. All store work goes through the
 * task runner.
 */
public final class ReceiverViewModel {
    private final ReceiverStore store;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<ReceivedPackage> all = FXCollections.observableArrayList();
    private final FilteredList<ReceivedPackage> shown = new FilteredList<>(all, p -> true);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<UnitType> type = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Commune> commune = new SimpleObjectProperty<>(Commune.named("", ""));

    private final vn.antq.dossier.PackageCheck check;

    public ReceiverViewModel(ReceiverStore store, vn.antq.dossier.PackageCheck check, TaskRunner runner,
            Messages messages) {
        this.store = store;
        this.check = check;
        this.runner = runner;
        this.messages = messages;
        filter.addListener((o, a, b) -> refilter());
        type.addListener((o, a, b) -> refilter());
        year.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                loadRows();
            }
        });
    }

    public ObservableList<ReceivedPackage> rows() {
        return shown;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<UnitType> typeProperty() {
        return type;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Commune> communeProperty() {
        return commune;
    }

    public Messages messages() {
        return messages;
    }

    /** Reads the commune, the years and the newest year's rows. */
    public void load() {
        runner.run(p -> new Object[] {store.commune().orElse(Commune.named("", "")), store.years()}, r -> {
            commune.set((Commune) r[0]);
            @SuppressWarnings("unchecked")
            List<Integer> ys = (List<Integer>) r[1];
            years.setAll(ys);
            Integer y = ys.isEmpty() ? LocalDate.now().getYear() : ys.get(0);
            if (y.equals(year.get())) {
                loadRows();
            } else {
                year.set(y);
            }
        }, this::fail);
    }

    private void loadRows() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        runner.run(p -> store.current(y), rows -> {
            all.setAll(rows);
            status.set(messages.get("receiver.ui.count", rows.size(), String.valueOf(y)));
        }, this::fail);
    }

    private void refilter() {
        String f = VietnameseText.fold(filter.get());
        UnitType t = type.get();
        shown.setPredicate(p -> (t == null || p.unitType() == t)
                && (f.isEmpty() || VietnameseText.fold(p.unitName()).contains(f)
                || VietnameseText.fold(p.unitCode()).contains(f)));
    }

    /** Receives packages (on the runner, with progress); the status tells how many were valid. */
    public void receive(List<Path> files, Consumer<List<String>> lines) {
        runner.runLong(messages.get("receiver.ui.receiving"), p -> {
            Receiver r = new Receiver(store, check, messages);
            List<Receiver.Outcome> out = r.receive(files, p);
            return out.stream().map(r::line).toList();
        }, l -> {
            lines.accept(l);
            status.set(messages.get("receiver.ui.received", l.size()));
            load();
        }, this::fail);
    }

    /** Writes the year's summary into {@code dir}. */
    public void summary(Path dir, Consumer<List<Path>> done) {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        runner.runLong(messages.get("receiver.ui.summarising"),
                p -> SummaryExport.write(store, y, dir, LocalDate.now(), messages), done, this::fail);
    }

    /**
     * Copies the unit's PDF (or, with {@code workbook}, its .xlsx) out of the received package into
     * {@code open/} in the receiver folder and gives it to {@code opener} (the system viewer).
     */
    public void openDocument(ReceivedPackage p, boolean workbook, Consumer<Path> opener) {
        runner.run(x -> extract(p, workbook), opener, this::fail);
    }

    Path extract(ReceivedPackage p, boolean workbook) throws IOException {
        Path zipFile = store.packageFile(p);
        String ext = workbook ? ".xlsx" : ".pdf";
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry found = null;
            var en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (!e.getName().contains("/") && e.getName().toLowerCase(Locale.ROOT).endsWith(ext)) {
                    found = e;
                    break;
                }
            }
            if (found == null) {
                throw new DomainException("receiver.ui.noDocument", p.unitName());
            }
            Path dir = store.dir().resolve("open").resolve(p.sha256().substring(0, 16));
            Files.createDirectories(dir);
            Path target = dir.resolve(found.getName());
            try (InputStream in = zip.getInputStream(found)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        }
    }

    /** Whether the row came after the commune's due date. */
    public boolean late(ReceivedPackage p) {
        return CommuneSummary.late(p, commune.get());
    }

    private void fail(Throwable e) {
        status.set(e instanceof DomainException de ? de.message(messages) : String.valueOf(e.getMessage()));
    }
}
