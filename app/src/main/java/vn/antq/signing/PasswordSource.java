package vn.antq.signing;

/**
 * Gives the password of a PKCS#12 file or the PIN of a token when it is needed: from an environment
 * variable, the console, or a dialog. Never from the command line, where other users of the machine
 * and the shell history would see it.
 */
@FunctionalInterface
public interface PasswordSource {
    /**
     * The password for {@code what} (the source as the user wrote it); the caller clears the array
     * after use.
     */
    char[] password(String what);

    /** For sources that need none (the Windows store asks the user itself). */
    PasswordSource NONE = what -> new char[0];

    /** The value of the environment variable {@code name}; refused when it is not set. */
    static PasswordSource environment(String name) {
        return what -> {
            String v = System.getenv(name);
            if (v == null) {
                throw new SigningException("signing.error.noPasswordEnv", name);
            }
            return v.toCharArray();
        };
    }

    /** Asked on the console without echo; refused when there is no console (a script, a pipe). */
    static PasswordSource console() {
        return what -> {
            java.io.Console c = System.console();
            if (c == null) {
                throw new SigningException("signing.error.noConsole");
            }
            char[] p = c.readPassword("%s", vn.antq.i18n.Messages.vietnamese().get("signing.prompt.password", what));
            if (p == null) {
                throw new SigningException("signing.error.noConsole");
            }
            return p;
        };
    }
}
