package vn.antq.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.antq.domain.UnitType;

/**
 * Vietnamese names, departments and positions for the demo unit. The lists together carry every
 * tone mark (huyền, sắc, hỏi, ngã, nặng) on many vowels, and ă â ê ô ơ ư đ, so the screens, the
 * sorting and the documents are exercised on real Vietnamese.
 */
final class DemoNames {
    static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đoàn", "Đinh", "Trịnh", "Lương", "Lã", "Mã", "Khổng",
            "Tạ", "Quách", "Thái", "Hà", "Cao", "Lưu", "Triệu", "Ông", "Ứng");
    static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thùy",
            "Xuân", "Kim", "Bảo", "Gia", "Mỹ", "Diệu", "Cẩm", "Thừa", "Khắc", "Trọng", "Thế", "Như", "Phương", "Hoài",
            "Tường", "Ánh", "Vĩnh", "Mộng", "Sỹ", "Bá", "Duy");
    /** Given names; the first staff take them in order, so any list of this size or more holds them all. */
    static final List<String> GIVEN = List.of("An", "Ánh", "Bảo", "Bích", "Bình", "Cường", "Chi", "Châu", "Dũng",
            "Duy", "Đạt", "Điệp", "Đông", "Giang", "Hà", "Hải", "Hạnh", "Hằng", "Hiền", "Hiển", "Hiếu", "Hoa", "Hoài",
            "Hồng", "Huệ", "Hùng", "Hưng", "Hương", "Hường", "Hữu", "Khánh", "Khoa", "Kiên", "Lâm", "Lan", "Liên",
            "Linh", "Loan", "Lộc", "Long", "Lợi", "Lực", "Mai", "Mẫn", "Minh", "Mỹ", "Mỵ", "Nam", "Nga", "Ngân",
            "Nghĩa", "Ngọc", "Nguyệt", "Nhàn", "Nhung", "Oanh", "Phong", "Phúc", "Phượng", "Quang", "Quân", "Quế",
            "Quốc", "Quỳnh", "Sơn", "Sửu", "Tâm", "Tài", "Tấn", "Thảo", "Thắng", "Thanh", "Thành", "Thỏa", "Thọ",
            "Thục", "Thủy", "Thư", "Thương", "Tiến", "Toàn", "Trang", "Trí", "Trung", "Tú", "Tuấn", "Tùng", "Tưởng",
            "Tuyết", "Uyên", "Vân", "Việt", "Vinh", "Vỹ", "Xuân", "Yến", "Ý", "Hỷ", "Kỳ", "Cảnh", "Lĩnh", "Chiến",
            "Đức", "Bắc", "Thuận", "Cẩn", "Khải", "Hòe", "Thoại", "Nhẫn", "Sỏi", "Vẽ", "Bé", "Tuệ", "Phẩm", "Hóa", "Phước");

    private DemoNames() {
    }

    /** The i-th name: given names in order first, family and middle names drawn from {@code random}. */
    static String person(int i, Random random) {
        String given = i < GIVEN.size() ? GIVEN.get(i) : GIVEN.get(random.nextInt(GIVEN.size()));
        return FAMILY.get(random.nextInt(FAMILY.size())) + " " + MIDDLE.get(random.nextInt(MIDDLE.size())) + " "
                + given;
    }

    /** A school (small units) or an enterprise (larger ones). */
    static boolean school(int staff) {
        return staff <= 300;
    }

    private static final List<String> SCHOOL_DEPARTMENTS = List.of("Ban Giám hiệu", "Phòng Tổ chức – Hành chính",
            "Tổ Toán – Tin", "Tổ Ngữ văn", "Tổ Ngoại ngữ", "Tổ Vật lý – Công nghệ", "Tổ Hóa – Sinh",
            "Tổ Lịch sử – Địa lý – Giáo dục công dân", "Tổ Thể dục – Quốc phòng", "Tổ Văn phòng", "Đội Bảo vệ",
            "Tổ Thư viện – Thiết bị", "Tổ Y tế học đường");
    private static final List<String> COMPANY_DEPARTMENTS = List.of("Ban Giám đốc", "Phòng Tổ chức – Hành chính",
            "Phòng Kế toán – Tài chính", "Phòng Kinh doanh", "Phòng Kỹ thuật", "Phòng Kế hoạch – Vật tư",
            "Phòng Quản lý chất lượng", "Phòng Xuất nhập khẩu", "Đội Bảo vệ", "Tổ Phòng cháy chữa cháy",
            "Kho Nguyên phụ liệu", "Nhà ăn", "Trạm Y tế", "Xưởng Cơ điện");
    private static final List<String> COMPANY_TEAMS = List.of("Tổ May số ", "Tổ Cắt số ", "Tổ Hoàn thiện số ",
            "Tổ Đóng gói số ", "Tổ Kiểm hàng số ", "Tổ Là (ủi) số ");

    private static final List<String> AGENCY_DEPARTMENTS = List.of("Ban Giám đốc", "Phòng Tổ chức – Hành chính",
            "Phòng Kế hoạch – Tài chính", "Phòng Điều dưỡng", "Khoa Khám bệnh", "Khoa Nội tổng hợp", "Khoa Ngoại tổng hợp",
            "Khoa Sản", "Khoa Nhi", "Khoa Xét nghiệm", "Khoa Dược", "Đội Bảo vệ", "Tổ Phòng cháy chữa cháy",
            "Khoa Kiểm soát nhiễm khuẩn");
    private static final List<String> AGENCY_TEAMS = List.of("Trạm Y tế số ", "Đội Y tế dự phòng số ");

    /** About one department per 25 staff (at least 3), the head office first: a school's or an enterprise's by size. */
    static List<String> departments(int staff) {
        return departments(staff, school(staff) ? UnitType.CO_SO_GIAO_DUC : UnitType.DOANH_NGHIEP);
    }

    /** About one department per 25 staff (at least 3), the head office first, as units of the type have them. */
    static List<String> departments(int staff, UnitType type) {
        int count = Math.max(3, Math.round(staff / 25f));
        List<String> base = switch (type) {
            case CO_SO_GIAO_DUC -> SCHOOL_DEPARTMENTS;
            case CO_QUAN -> AGENCY_DEPARTMENTS;
            case DOANH_NGHIEP -> COMPANY_DEPARTMENTS;
        };
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count && i < base.size(); i++) {
            names.add(base.get(i));
        }
        int n = 1;
        while (names.size() < count) {
            if (type == UnitType.CO_SO_GIAO_DUC) {
                names.add("Tổ Chủ nhiệm khối " + (9 + n));
            } else if (type == UnitType.CO_QUAN) {
                names.add(AGENCY_TEAMS.get((n - 1) % AGENCY_TEAMS.size()) + ((n - 1) / AGENCY_TEAMS.size() + 1));
            } else {
                names.add(COMPANY_TEAMS.get((n - 1) % COMPANY_TEAMS.size()) + ((n - 1) / COMPANY_TEAMS.size() + 1));
            }
            n++;
        }
        // the security team always exists: it is the protection force of items 6a–6b
        if (!names.contains("Đội Bảo vệ")) {
            names.set(names.size() - 1, "Đội Bảo vệ");
        }
        return names;
    }

    /** The head's title of a department, by its kind. */
    static String head(String department, boolean school) {
        if (department.startsWith("Ban Giám hiệu")) {
            return "Hiệu trưởng";
        }
        if (department.startsWith("Ban Giám đốc")) {
            return "Giám đốc";
        }
        if (department.startsWith("Phòng")) {
            return "Trưởng phòng";
        }
        if (department.startsWith("Khoa")) {
            return "Trưởng khoa";
        }
        if (department.startsWith("Đội")) {
            return "Đội trưởng";
        }
        if (department.startsWith("Xưởng")) {
            return "Quản đốc";
        }
        if (department.startsWith("Kho") || department.startsWith("Nhà ăn") || department.startsWith("Trạm")) {
            return "Trưởng bộ phận";
        }
        return "Tổ trưởng";
    }

    static String deputy(String department) {
        if (department.startsWith("Ban Giám hiệu")) {
            return "Phó Hiệu trưởng";
        }
        if (department.startsWith("Ban Giám đốc")) {
            return "Phó Giám đốc";
        }
        if (department.startsWith("Phòng")) {
            return "Phó Trưởng phòng";
        }
        if (department.startsWith("Khoa")) {
            return "Phó Trưởng khoa";
        }
        if (department.startsWith("Đội")) {
            return "Đội phó";
        }
        if (department.startsWith("Xưởng")) {
            return "Phó Quản đốc";
        }
        return "Tổ phó";
    }

    static String member(String department, boolean school) {
        if (department.startsWith("Đội Bảo vệ")) {
            return "Nhân viên bảo vệ";
        }
        if (department.startsWith("Phòng Kế toán")) {
            return "Kế toán viên";
        }
        if (department.startsWith("Phòng") || department.startsWith("Ban")) {
            return "Chuyên viên";
        }
        if (department.startsWith("Khoa") || department.startsWith("Trạm Y tế") || department.startsWith("Đội Y tế")) {
            return "Viên chức y tế";
        }
        if (school && (department.startsWith("Tổ Toán") || department.startsWith("Tổ Ngữ")
                || department.startsWith("Tổ Ngoại") || department.startsWith("Tổ Vật") || department.startsWith("Tổ Hóa")
                || department.startsWith("Tổ Lịch") || department.startsWith("Tổ Thể") || department.startsWith("Tổ Chủ"))) {
            return "Giáo viên";
        }
        if (school) {
            return "Nhân viên";
        }
        if (department.startsWith("Tổ") || department.startsWith("Xưởng")) {
            return "Công nhân";
        }
        return "Nhân viên";
    }
}
