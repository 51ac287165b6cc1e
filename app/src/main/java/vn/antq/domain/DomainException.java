package vn.antq.domain;

import java.util.List;
import vn.antq.i18n.Messages;

/**
 * A refusal of the domain (bad input, a broken rules file…). It carries a message key and its
 * arguments so each front end renders it in the user's language; {@link #getMessage()} gives the
 * Vietnamese text, the default of the product.
 */
public class DomainException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public DomainException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = java.util.Collections.unmodifiableList(java.util.Arrays.asList(args.clone()));
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    public String message(Messages messages) {
        return messages.get(key, args.toArray());
    }

    @Override
    public String getMessage() {
        return Messages.vietnamese().get(key, args.toArray());
    }
}
