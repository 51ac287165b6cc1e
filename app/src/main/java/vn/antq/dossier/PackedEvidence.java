package vn.antq.dossier;

import vn.antq.domain.unit.EvidenceFile;

/**
 * One evidence file in the dossier's index and where it goes.
 *
 * @param index   1-based number in the evidence index
 * @param file    the evidence record
 * @param path    its path inside a package: {@code evidence/001-<ascii-name>.<ext>}
 * @param volume  the package volume holding it (1 = the main package, 2… = split volumes), 0 when not packed
 * @param state   included, left out for size, or not available in the store
 */
public record PackedEvidence(int index, EvidenceFile file, String path, int volume, State state) {
    public enum State {
        INCLUDED,
        LEFT_OUT_LARGE,
        UNAVAILABLE
    }

    public boolean included() {
        return state == State.INCLUDED;
    }

    /** The file name within {@code evidence/}. */
    public String fileName() {
        return path.substring(path.indexOf('/') + 1);
    }

    PackedEvidence in(int newVolume, State newState) {
        return new PackedEvidence(index, file, path, newVolume, newState);
    }
}
