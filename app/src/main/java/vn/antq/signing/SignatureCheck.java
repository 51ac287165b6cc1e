package vn.antq.signing;

import java.time.Instant;

/**
 * The outcome of checking one signature.
 *
 * @param state        intact, broken (the signed bytes changed or the signature does not match its key) or unreadable
 * @param signer       the signer's certificate (null when unreadable)
 * @param signingTime  the signing time the signer claimed (a signed attribute; null when absent)
 */
public record SignatureCheck(State state, CertificateInfo signer, Instant signingTime) {
    /** What a signature check found. */
    public enum State {
        VALID,
        BROKEN,
        UNREADABLE
    }

    static SignatureCheck unreadable() {
        return new SignatureCheck(State.UNREADABLE, null, null);
    }

    public boolean valid() {
        return state == State.VALID;
    }

    /** Whether the certificate was within its validity when the document says it was signed. */
    public boolean certificateValidAtSigning() {
        return signer != null && signingTime != null && signer.validAt(signingTime);
    }
}
