package vn.antq.storage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.UnitProfile;

/**
 * The child process of {@link CrashTest}: writes through the Store API without end and prints the id
 * of each transaction AFTER it committed ({@code S id} one staff member, {@code K id} a setting,
 * {@code B id} a bulk import of 20 staff with pledges, {@code P id} a bulk pledge). Killed with SIGKILL.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String tag = args[1];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.open(dir)) {
            if (store.unit().profile().isEmpty()) {
                store.unit().create(UnitProfile.minimal("Đơn vị thử sập nguồn", UnitType.CO_QUAN), 2026);
            }
            Department d = store.departments().list().stream().findFirst()
                    .orElseGet(() -> store.departments().add("Phòng Thử nghiệm"));
            out.println("READY");
            List<Long> recent = new ArrayList<>();
            for (int i = 0; ; i++) {
                String id = tag + "-" + i;
                switch (i % 5) {
                    case 0, 1 -> {
                        recent.add(store.staff().add("Nhân viên " + id, "Thử", d.id(), LocalDate.of(1990, 1, 1), "").id());
                        out.println("S " + id);
                    }
                    case 2 -> {
                        store.settings().set("crash." + id, "giá trị " + id);
                        out.println("K " + id);
                    }
                    case 3 -> {
                        List<NewStaff> rows = new ArrayList<>();
                        for (int k = 0; k < 20; k++) {
                            rows.add(new NewStaff("Hàng loạt " + id + "." + k, "Phòng " + id, "", null, "", true,
                                    LocalDate.of(2026, 3, 1)));
                        }
                        store.staffList().importRows(2026, rows);
                        out.println("B " + id);
                    }
                    default -> {
                        store.staff().setPledges(2026, recent, true, LocalDate.of(2026, 3, 2));
                        recent.clear();
                        out.println("P " + id);
                    }
                }
            }
        }
    }
}
