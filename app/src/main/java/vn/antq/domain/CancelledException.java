package vn.antq.domain;

/** Long work stopped at the user's request; whatever it was writing is discarded. */
public class CancelledException extends DomainException {
    public CancelledException() {
        super("work.cancelled");
    }
}
