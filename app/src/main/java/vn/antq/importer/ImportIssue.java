package vn.antq.importer;

import java.time.LocalDate;
import java.util.List;
import vn.antq.domain.Dates;
import vn.antq.i18n.Messages;

/**
 * A problem (the row cannot be imported) or a warning (imported, but worth a look) found in a
 * staff workbook. It carries a message key and arguments so the screen shows it in the user's
 * language; {@link #toString()} is the Vietnamese text.
 *
 * @param row       the Excel row number, or 0 for a problem of the whole file
 * @param severity  error or warning
 * @param key       message key (store bundle, section "Import and demo")
 * @param args      arguments: a {@link StaffField} shows as its column name, a date as dd/MM/yyyy
 */
public record ImportIssue(int row, Severity severity, String key, List<Object> args) {
    /** An error keeps the row (or the file) out of the import; a warning does not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public ImportIssue {
        args = List.copyOf(args);
    }

    static ImportIssue error(int row, String key, Object... args) {
        return new ImportIssue(row, Severity.ERROR, key, List.of(args));
    }

    static ImportIssue warning(int row, String key, Object... args) {
        return new ImportIssue(row, Severity.WARNING, key, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The text in the language of {@code messages}; a row issue starts with its row number. */
    public String text(Messages messages) {
        Object[] shown = new Object[args.size() + 1];
        shown[0] = String.valueOf(row);
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof StaffField f) {
                a = f.label(messages.locale());
            } else if (a instanceof LocalDate d) {
                a = Dates.format(d);
            } else if (a instanceof Number n) {
                a = String.valueOf(n);
            }
            shown[i + 1] = a;
        }
        return messages.get(key, shown);
    }

    @Override
    public String toString() {
        return text(Messages.vietnamese());
    }
}
