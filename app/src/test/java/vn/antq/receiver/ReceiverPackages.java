package vn.antq.receiver;

import java.nio.file.Path;
import java.time.Instant;
import vn.antq.domain.UnitType;

/** For tests outside this package: an unsigned package exported from a real unit folder. */
public final class ReceiverPackages {
    private ReceiverPackages() {
    }

    public static Path pkg(Path tmp, String name, UnitType type, double share, boolean anttMet, Instant createdAt) {
        return ReceiverFixtures.pkg(tmp, name, type, share, anttMet, createdAt, null);
    }
}
