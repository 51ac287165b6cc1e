package vn.antq.signing;

import vn.antq.domain.DomainException;

/** A signing or key-source refusal with a message key (bundle {@code receiver}); never a stack trace to the user. */
public class SigningException extends DomainException {
    public SigningException(String key, Object... args) {
        super(key, args);
    }
}
