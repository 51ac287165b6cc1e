package vn.antq.dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.YearAssessment;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceStatus;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.ManualScore;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.domain.unit.StaffMember;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.domain.unit.YearState;
import vn.antq.rules.RulesLoader;
import vn.antq.rules.ChecklistLoader;
import vn.antq.i18n.Messages;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.rules.RecognitionLoader;

/** Builds a unit's year by hand for the dossier tests (no store needed). */
final class DossierFixture {
    static final String UNIT = "Trường Trung học phổ thông Nguyễn Trãi";
    /** Every Vietnamese tone mark on a, ă, â, e, ê, i, o, ô, ơ, u, ư, y and đ. */
    static final String TONES = "Bà Cá Thảo Ngã Hạnh Hằng Sắc Khẳng Hẵng Mặt Cầm Tấn Cẩm Lẫm Thận Đặng Nguyễn Hưởng Lũy Ỷ Quỳnh Vỹ Vỵ Dự Ơn";
    static final String NOTE_1 = "Đã ban hành kế hoạch, tổ chức sơ kết đầy đủ; bảo đảm an ninh, trật tự";
    static final int YEAR = 2025;

    static final Rubric RUBRIC = RulesLoader.defaultRubric();
    static final ClassificationProfile PROFILE = RulesLoader.defaultProfile(RUBRIC);

    int staffCount = 12;
    int departmentCount = 3;
    boolean withMeeting = true;
    String unitName = UNIT;
    String firstStaffName = "=1+1";
    List<long[]> evidenceSizes = new ArrayList<>();
    final Map<String, byte[]> files = new HashMap<>();

    static final Checklist CHECKLIST = ChecklistLoader.defaultChecklist();

    static ChecklistSheet checklist() {
        return ChecklistSheet.from(CHECKLIST, UnitType.CO_SO_GIAO_DUC, true, true, Messages.VIETNAMESE, YEAR);
    }

    DossierFixture staff(int n) {
        this.staffCount = n;
        return this;
    }

    DossierFixture departments(int n) {
        this.departmentCount = n;
        return this;
    }

    DossierFixture noMeeting() {
        this.withMeeting = false;
        return this;
    }

    YearSnapshot snapshot() {
        UnitProfile unit = new UnitProfile(unitName, UnitType.CO_SO_GIAO_DUC, "Sở Giáo dục và Đào tạo Hà Nội",
                "Số 1 đường Lê Lợi, phường Hà Đông", "Hà Nội", "phường Hà Đông", "Công an phường Hà Đông",
                "Phạm Thị Hồng Nhung", "Hiệu trưởng", "024 3382 1234", "c3nguyentrai@hanoi.edu.vn", true, true, true);
        AssessmentYear year = new AssessmentYear(YEAR, YearState.SELF_ASSESSED, PROFILE.id(), LocalDate.of(2025, 2, 14),
                "", null);
        List<DepartmentYear> departments = new ArrayList<>();
        List<StaffPledge> staff = new ArrayList<>();
        String[] depNames = {"Tổ Toán – Tin", "Tổ Ngữ văn", "Tổ Văn phòng", "Tổ Khoa học tự nhiên", "Tổ Ngoại ngữ"};
        int perDep = (int) Math.ceil((double) staffCount / departmentCount);
        int s = 0;
        String[] surnames = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
        String[] middles = {"Thị", "Văn", "Hữu", "Ngọc", "Đức", "Thùy", "Quốc", "Mỹ"};
        String[] givens = {"Ánh", "Bảo", "Cường", "Dũng", "Hà", "Hạnh", "Khải", "Lộc", "Mẫn", "Nguyệt", "Phượng",
            "Quỳnh", "Sỹ", "Thảo", "Uyên", "Vỹ", "Xuân", "Yến"};
        for (int d = 0; d < departmentCount; d++) {
            String name = d < depNames.length ? depNames[d] : "Tổ chuyên môn số " + (d + 1);
            Department dep = new Department(d + 1, name);
            int signed = 0;
            int count = 0;
            for (int i = 0; i < perDep && s < staffCount; i++, s++) {
                String full = s == 0 ? firstStaffName : s == 1 ? TONES
                        : surnames[s % surnames.length] + " " + middles[(s / 12) % middles.length] + " "
                                + givens[(s * 7) % givens.length];
                boolean sign = s % 10 != 3;
                staff.add(new StaffPledge(new StaffMember(s + 1, full, s % 5 == 0 ? "Tổ trưởng" : "Giáo viên",
                        (long) d + 1, null, null), name, sign, sign ? LocalDate.of(2025, 3, 1 + (s % 28)) : null,
                        null));
                count++;
                if (sign) {
                    signed++;
                }
            }
            departments.add(new DepartmentYear(dep, true, LocalDate.of(2025, 3, 10), null, count, signed));
        }
        List<ManualScore> scores = new ArrayList<>();
        for (RubricItem item : RUBRIC.manualItems()) {
            String note = switch (item.code()) {
                case "1" -> NOTE_1;
                case "2" -> "+84 cán bộ tham gia";
                case "3" -> "@all: Ngày hội 19/8";
                case "7" -> "-Mô hình “Cổng trường an toàn giao thông”";
                default -> "";
            };
            int points = item.code().equals("7") ? item.max() - 2 : item.max();
            scores.add(new ManualScore(item.code(), points, note));
        }
        List<ChecklistAnswer> answers = new ArrayList<>();
        for (ChecklistCriterion c : CHECKLIST.answerable(UnitType.CO_SO_GIAO_DUC, true, true)) {
            answers.add(new ChecklistAnswer(c.code(), true, "Đã thực hiện: " + c.label().vi().toLowerCase()));
        }
        List<Commendation> commendations = List.of(new Commendation(1, CommendationKind.COLLECTIVE, "Giấy khen",
                "Tổ bảo vệ nhà trường", "Chủ tịch UBND phường Hà Đông", "15/QĐ-UBND", LocalDate.of(2025, 8, 19)));
        ReviewMeeting meeting = withMeeting ? new ReviewMeeting(LocalDate.of(2025, 11, 5), "Phòng họp Hội đồng nhà trường",
                List.of(new Participant(ParticipantRole.CHAIR, "Phạm Thị Hồng Nhung", "Hiệu trưởng"),
                        new Participant(ParticipantRole.PARTY_COMMITTEE, "Lê Văn Hải", "Bí thư Chi bộ"),
                        new Participant(ParticipantRole.MASS_ORGANISATION, "Đỗ Thị Thu", "Chủ tịch Công đoàn"),
                        new Participant(ParticipantRole.COMMUNE_POLICE, "Đại úy Trần Quốc Việt",
                                "Công an phường Hà Đông"),
                        new Participant(ParticipantRole.MANAGING_AUTHORITY, "Ngô Minh Đức",
                                "Sở Giáo dục và Đào tạo"),
                        new Participant(ParticipantRole.SECRETARY, "Vũ Thị Lan", "Thư ký Hội đồng")),
                "Thống nhất đề nghị công nhận nhà trường đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025.",
                24, 0) : null;
        List<EvidenceFile> evidence = new ArrayList<>();
        addEvidence(evidence, "Kế hoạch ANTT năm 2025.pdf", "application/pdf", 3000, EvidenceTarget.RUBRIC_ITEM, "1");
        addEvidence(evidence, "Biên bản họp.docx", "application/octet-stream", 2000, EvidenceTarget.MEETING, "");
        addEvidence(evidence, "ảnh ngày hội 19-8.png", "image/png", -1, EvidenceTarget.RUBRIC_ITEM, "3");
        for (long[] extra : evidenceSizes) {
            addEvidence(evidence, "Tài liệu lớn " + extra[0] + ".pdf", "application/pdf", extra[1],
                    EvidenceTarget.RUBRIC_ITEM, "7");
        }
        return new YearSnapshot(unit, year, departments, staff, scores, answers, List.<ChecklistEvent>of(),
                commendations, meeting, evidence);
    }

    private void addEvidence(List<EvidenceFile> out, String name, String type, long size, EvidenceTarget target,
            String code) {
        byte[] bytes;
        if (size < 0) {
            bytes = TestImages.png();
        } else {
            bytes = new byte[(int) size];
            long seed = name.hashCode();
            for (int i = 0; i < bytes.length; i++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                bytes[i] = (byte) (seed >>> 56);
            }
        }
        java.security.MessageDigest md = vn.antq.archive.ManifestZip.sha256();
        String sha = vn.antq.archive.ManifestZip.hex(md.digest(bytes));
        files.put(sha, bytes);
        out.add(new EvidenceFile(sha, name, bytes.length, type, Instant.parse("2025-10-01T08:00:00Z"),
                List.of(new EvidenceLink(YEAR, target, code)), EvidenceStatus.OK));
    }

    EvidenceSource source() {
        return sha -> {
            byte[] b = files.get(sha);
            if (b == null) {
                throw new NoSuchFileException(sha);
            }
            return new ByteArrayInputStream(b);
        };
    }

    DossierRequest request(Path out) {
        YearSnapshot s = snapshot();
        return DossierRequest.of(YearAssessment.of(s, RUBRIC, CHECKLIST, PROFILE), RecognitionLoader.defaultRules(),
                checklist(), source(), out)
                .withDocumentDate(LocalDate.of(2025, 11, 10))
                .withCreatedAt(Instant.parse("2025-11-10T09:00:00Z"));
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
