package vn.antq.interchange;

import vn.antq.domain.DomainException;
import vn.antq.i18n.Messages;

/**
 * A refusal of one field of an interchange file: "{@code path}: what is wrong", the second part being
 * another refusal's text in the same language (e.g. the checklist's own word on a criterion code).
 */
public final class FieldException extends DomainException {
    private final String path;
    private final DomainException reason;

    public FieldException(String path, DomainException reason) {
        super("interchange.error.at", path, reason.key());
        this.path = path;
        this.reason = reason;
    }

    /** Where in the file, e.g. {@code checklist.answers.D6.9}. */
    public String path() {
        return path;
    }

    public DomainException reason() {
        return reason;
    }

    @Override
    public String message(Messages messages) {
        return messages.get("interchange.error.at", path, reason.message(messages));
    }

    @Override
    public String getMessage() {
        return message(Messages.vietnamese());
    }
}
