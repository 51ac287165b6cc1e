package vn.antq.domain.scoring;

import java.util.List;
import vn.antq.domain.Localized;
import vn.antq.i18n.Messages;

/** One line of the explanation of a score, as a message key and its arguments. */
public record Reason(String key, List<Object> args) {
    public Reason {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, java.util.Arrays.asList(args.clone()));
    }

    /** The sentence in the messages' language; {@link Localized} arguments follow that language too. */
    public String text(Messages messages) {
        Object[] rendered = args.stream()
                .map(a -> a instanceof Localized l ? l.in(messages.locale()) : a)
                .toArray();
        return messages.get(key, rendered);
    }
}
