package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 100,000-row limit is of staff rows: the header row does not count. */
class RowLimitTest {
    @TempDir
    Path dir;

    @Test
    void exactlyTheLimitOfStaffRowsUnderAHeaderIsRead() throws Exception {
        Path f = Workbooks.large(dir.resolve("max.xlsx"), XlsxReader.MAX_ROWS);
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.rows()).hasSize(XlsxReader.MAX_ROWS);
    }
}
