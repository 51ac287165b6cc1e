package vn.antq.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MacUniversalLibrariesTest {
    /** A thin 64-bit Mach-O file of a CPU type: the header lipo reads, then random bytes. */
    private static byte[] thin(int cpuType, int cpuSubtype, int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(0, MacUniversalLibraries.MH_MAGIC_64)
                .putInt(4, cpuType).putInt(8, cpuSubtype);
        return b;
    }

    @Test
    void universalFileHasTheFatHeaderAndBothSlicesAlignedAndUnchanged() {
        byte[] intel = thin(MacUniversalLibraries.CPU_TYPE_X86_64, 3, 20_001, 1);
        byte[] arm = thin(MacUniversalLibraries.CPU_TYPE_ARM64, 0, 17_003, 2);
        byte[] fat = MacUniversalLibraries.universal(intel, arm);

        ByteBuffer b = ByteBuffer.wrap(fat).order(ByteOrder.BIG_ENDIAN);
        assertThat(b.getInt(0)).isEqualTo(0xCAFEBABE);
        assertThat(b.getInt(4)).isEqualTo(2);
        // fat_arch: cputype, cpusubtype, offset, size, align
        assertThat(b.getInt(8)).isEqualTo(MacUniversalLibraries.CPU_TYPE_X86_64);
        assertThat(b.getInt(12)).isEqualTo(3);
        assertThat(b.getInt(16) % (1 << 14)).isZero();
        assertThat(b.getInt(20)).isEqualTo(intel.length);
        assertThat(b.getInt(24)).isEqualTo(14);
        assertThat(b.getInt(28)).isEqualTo(MacUniversalLibraries.CPU_TYPE_ARM64);
        assertThat(b.getInt(36) % (1 << 14)).isZero();
        assertThat(b.getInt(36)).isGreaterThanOrEqualTo(b.getInt(16) + intel.length);
        assertThat(fat.length).isEqualTo(b.getInt(36) + arm.length);

        assertThat(MacUniversalLibraries.slice(fat, MacUniversalLibraries.CPU_TYPE_X86_64)).isEqualTo(intel);
        assertThat(MacUniversalLibraries.slice(fat, MacUniversalLibraries.CPU_TYPE_ARM64)).isEqualTo(arm);
        assertThat(MacUniversalLibraries.slice(intel, MacUniversalLibraries.CPU_TYPE_X86_64)).isNull();
    }

    @Test
    void refusesSwappedOrNonMachOInputs() {
        byte[] intel = thin(MacUniversalLibraries.CPU_TYPE_X86_64, 3, 100, 1);
        byte[] arm = thin(MacUniversalLibraries.CPU_TYPE_ARM64, 0, 100, 2);
        assertThatThrownBy(() -> MacUniversalLibraries.universal(arm, intel)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MacUniversalLibraries.universal(new byte[100], arm))
                .hasMessageContaining("not a thin 64-bit Mach-O");
        assertThatThrownBy(() -> MacUniversalLibraries.universal(intel, new byte[3]))
                .hasMessageContaining("not a Mach-O");
    }
}
