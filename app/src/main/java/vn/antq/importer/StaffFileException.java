package vn.antq.importer;

import vn.antq.domain.DomainException;

/**
 * A staff workbook that cannot be read at all: not an .xlsx, an old .xls, encrypted, damaged, too
 * large… The message (Vietnamese by default) tells the clerk what to do; nothing was imported.
 */
public class StaffFileException extends DomainException {
    public StaffFileException(String key, Object... args) {
        super(key, args);
    }
}
