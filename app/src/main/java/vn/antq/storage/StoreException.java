package vn.antq.storage;

import vn.antq.domain.DomainException;

/**
 * A refusal or fault of the store (a damaged or foreign database, a bad backup archive, a missing
 * record…). The key and arguments are in the {@code store} bundle; nothing was changed.
 */
public class StoreException extends DomainException {
    public StoreException(String key, Object... args) {
        super(key, args);
    }

    /** Keeps the technical cause for the log; the message stays the Vietnamese text of the key. */
    public StoreException(Throwable cause, String key, Object... args) {
        super(key, args);
        initCause(cause);
    }
}
