package vn.antq.ui.staff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.importer.ColumnMapping;
import vn.antq.importer.ImportIssue;
import vn.antq.importer.PreviewRow;
import vn.antq.importer.StaffField;
import vn.antq.importer.StaffImport;
import vn.antq.importer.StaffImportPreview;
import vn.antq.importer.StaffImportResult;
import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.UiContext;

/**
 * The staff import: read the workbook into a preview (nothing saved), let the user fix the column
 * mapping and see each row's problems, then import in one transaction — refused whole if a row is
 * bad, unless the user chose to skip bad rows.
 */
public final class StaffImportViewModel {
    /** A preview line: Excel row number, the cells, and its problems as text. */
    public record Line(int rowNumber, List<String> cells, boolean valid, String problems) {
    }

    private final UiContext ctx;
    private final ObjectProperty<StaffImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<String> fileProblems = FXCollections.observableArrayList();
    /** Sheets of the workbook read (more than one: the user may pick another) and notes on the reading. */
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private Path file;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(false);

    public StaffImportViewModel(UiContext ctx) {
        this.ctx = ctx;
        skipInvalid.addListener((o, a, b) -> updateCanImport());
    }

    /** Reads a workbook into the preview (long work; nothing is saved). */
    public void open(Path file) {
        open(file, null);
    }

    /** Reads another sheet of the workbook opened (by name). */
    public void openSheet(String sheet) {
        StaffImportPreview p = preview.get();
        if (file != null && p != null && !p.sheetName().equals(sheet)) {
            open(file, sheet);
        }
    }

    private void open(Path file, String sheet) {
        this.file = file;
        ctx.runner().runLong(ctx.t("ui.import.reading"), p -> StaffImport.preview(file, sheet, null, p), this::show,
                e -> {
            preview.set(null);
            lines.clear();
            fileProblems.setAll(Dialogs.describe(e, ctx.messages()));
            summary.set("");
            updateCanImport();
        });
    }

    /** Writes the empty staff list template (every column, formatted dates, a help sheet) to fill in. */
    public void saveTemplate(Path out) {
        ctx.runner().run(p -> {
            vn.antq.importer.StaffTemplate.write(out);
            return out;
        }, f -> result.set(ctx.t("ui.import.templateSaved", f.toString())), ctx::showError);
    }

    /** Reads a field from another column (or from none: column -1) and re-checks every row. */
    public void map(StaffField field, int column) {
        StaffImportPreview p = preview.get();
        if (p == null) {
            return;
        }
        ColumnMapping m = column < 0 ? p.mapping().without(field) : p.mapping().with(field, column);
        ctx.runner().run(x -> p.withMapping(m), this::show, ctx::showError);
    }

    void show(StaffImportPreview p) {
        preview.set(p);
        List<Line> out = new ArrayList<>();
        for (PreviewRow r : p.rows()) {
            String problems = r.issues().stream().map(i -> i.text(ctx.messages())).collect(Collectors.joining("\n"));
            out.add(new Line(r.rowNumber(), r.cells(), r.valid(), problems));
        }
        lines.setAll(out);
        List<String> fp = new ArrayList<>();
        for (ImportIssue i : p.fileIssues()) {
            fp.add(i.text(ctx.messages()));
        }
        fileProblems.setAll(fp);
        if (!sheets.equals(p.sheetNames())) {
            sheets.setAll(p.sheetNames());
        }
        List<String> n = new ArrayList<>();
        for (vn.antq.importer.LegacyConversion c : p.conversions()) {
            n.add(ctx.t("ui.import.note.conversion", c.header().isEmpty() ? String.valueOf(c.column() + 1) : c.header(),
                    c.encoding().label(), c.cells(), c.before(), c.after()));
        }
        for (vn.antq.importer.SkippedRow r : p.skippedRows()) {
            n.add(ctx.t("ui.import.note.skipped", r.rowNumber(), ctx.messages().get(r.reason().key()), r.text()));
        }
        notes.setAll(n);
        summary.set(ctx.t("ui.import.summary", p.rowCount(), p.validCount(), p.invalidCount(), p.warningCount()));
        updateCanImport();
    }

    private void updateCanImport() {
        StaffImportPreview p = preview.get();
        canImport.set(p != null && !imported.get() && p.canImport(skipInvalid.get()));
    }

    /** Saves the rows (one transaction); refused whole when a row is bad and bad rows are not skipped. */
    public void apply(Runnable done) {
        StaffImportPreview p = preview.get();
        Integer year = ctx.year();
        if (p == null || year == null) {
            return;
        }
        boolean skip = skipInvalid.get();
        ctx.runner().runLong(ctx.t("ui.import.saving"), pr -> StaffImport.apply(ctx.store(), year, p, skip, pr),
                (StaffImportResult r) -> {
                    imported.set(true);
                    updateCanImport();
                    result.set(ctx.t("ui.import.done", r.summary().staffAdded(), r.summary().departmentsCreated(),
                            r.summary().pledgesRecorded(), r.skipped().size()));
                    done.run();
                }, e -> result.set(Dialogs.describe(e, ctx.messages())));
    }

    public ObjectProperty<StaffImportPreview> previewProperty() {
        return preview;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<String> fileProblems() {
        return fileProblems;
    }

    /** The sheets of the workbook read (one entry for a CSV/text file). */
    public ObservableList<String> sheets() {
        return sheets;
    }

    /** Columns converted from TCVN3/VNI (before → after) and rows that are not people, one line each. */
    public ObservableList<String> notes() {
        return notes;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }
}
