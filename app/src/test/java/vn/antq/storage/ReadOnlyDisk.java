package vn.antq.storage;

/**
 * For tests outside the storage package (the window's): makes every data folder answer "cannot be
 * written", as a write-protected USB stick or a folder without rights does (tests run as root, for
 * whom permissions do not apply), until {@link #off()}.
 */
public final class ReadOnlyDisk {
    private ReadOnlyDisk() {
    }

    public static void on() {
        Disk.Holder.disk = new RestoreBudgetTest.FakeDisk(1L << 40, false);
    }

    public static void off() {
        Disk.Holder.disk = Disk.SYSTEM;
    }
}
