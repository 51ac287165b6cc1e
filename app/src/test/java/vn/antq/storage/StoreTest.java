package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.scoring.Classification;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.ScoringFacts;
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.ManualScore;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.domain.unit.StaffMember;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.domain.unit.YearState;

class StoreTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void unit() {
        store.unit().create(UnitProfile.minimal("Trường THPT Nguyễn Trãi", UnitType.CO_SO_GIAO_DUC), 2026);
    }

    @Test
    void createsTheDataFolderWithWalForeignKeysAndTheLatestSchema() throws Exception {
        assertThat(dir.resolve("antq.db")).exists();
        assertThat(dir.resolve("evidence")).isDirectory();
        assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
        try (Connection c = Database.connect(dir.resolve("antq.db"), false)) {
            assertThat(Sql.scalarText(c, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(Sql.scalarLong(c, "PRAGMA foreign_keys")).isEqualTo(1);
            assertThat(Sql.scalarLong(c, "PRAGMA application_id")).isEqualTo(Migrations.APPLICATION_ID);
            assertThat(Sql.scalarLong(c, "SELECT count(*) FROM schema_history")).isEqualTo(Migrations.LATEST);
        }
        assertThat(store.tables()).contains("unit", "staff", "staff_pledge", "evidence", "audit_entry", "setting");
    }

    @Test
    void anEmptyStoreHasNoLatestYear() {
        assertThat(store.years().latest()).isEmpty();
        assertThat(store.years().list()).isEmpty();
    }

    @Test
    void unitIsCreatedOnceNormalisedAndUpdated() {
        assertThat(store.unit().profile()).isEmpty();
        String decomposed = java.text.Normalizer.normalize("  Công ty Cổ phần Hà Nội ", java.text.Normalizer.Form.NFD);
        store.unit().create(UnitProfile.minimal(decomposed, UnitType.DOANH_NGHIEP), 2026);
        UnitProfile u = store.unit().profile().orElseThrow();
        assertThat(u.name()).isEqualTo("Công ty Cổ phần Hà Nội");
        assertThat(u.type()).isEqualTo(UnitType.DOANH_NGHIEP);
        assertThat(store.years().list()).extracting(AssessmentYear::year).containsExactly(2026);
        assertThat(store.years().get(2026).orElseThrow().profileId()).isEqualTo("default-2022");

        assertThatThrownBy(() -> store.unit().create(UnitProfile.minimal("Khác", UnitType.CO_QUAN), 2027))
                .isInstanceOf(StoreException.class).hasMessageContaining("Đơn vị đã được tạo");
        assertThat(store.years().list()).hasSize(1);

        store.unit().update(new UnitProfile("Công ty ABC", UnitType.DOANH_NGHIEP, "Sở Công Thương", "1 Lê Lợi",
                "Hà Nội", "Phường Hoàn Kiếm", "Công an phường Hoàn Kiếm", "Nguyễn Văn An", "Giám đốc",
                "0241234567", "abc@example.vn", false, true, false));
        UnitProfile v = store.unit().profile().orElseThrow();
        assertThat(v.communePolice()).isEqualTo("Công an phường Hoàn Kiếm");
        assertThat(v.hasProtectionForce()).isFalse();
        assertThat(v.hasPartyOrganisation()).isFalse();
        assertThat(v.hasPartyOrganisation()).isFalse();
        assertThatThrownBy(() -> store.unit().update(UnitProfile.minimal("  ", UnitType.CO_QUAN)))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void yearsCarryDepartmentsAndStaffButNotPledgesOrScores() {
        unit();
        Department d = store.departments().add("Tổ Toán");
        StaffMember s = store.staff().add("Lê Thị Hoa", "Giáo viên", d.id(), null, "");
        store.staff().setPledge(2026, s.id(), true, LocalDate.of(2026, 3, 10));
        store.departments().setRegistration(2026, d.id(), true, LocalDate.of(2026, 3, 1));
        store.scores().set(2026, "1", 3, "Có nghị quyết");
        store.years().setRegistration(2026, LocalDate.of(2026, 2, 20));

        AssessmentYear y27 = store.years().start(2027);
        assertThat(y27.state()).isEqualTo(YearState.DRAFT);
        assertThat(y27.registered()).isFalse();
        assertThat(store.staff().ofYear(2027)).singleElement().satisfies(p -> {
            assertThat(p.staff().fullName()).isEqualTo("Lê Thị Hoa");
            assertThat(p.signed()).isFalse();
        });
        assertThat(store.departments().ofYear(2027)).singleElement().satisfies(dy -> assertThat(dy.registered()).isFalse());
        assertThat(store.scores().ofYear(2027)).isEmpty();
        assertThat(store.staff().ofYear(2026).get(0).signed()).isTrue();
        assertThat(store.years().latest()).contains(2027);

        assertThatThrownBy(() -> store.years().start(2027)).hasMessageContaining("2027");
        assertThatThrownBy(() -> store.years().start(1999)).isInstanceOf(StoreException.class);

        store.years().setState(2026, YearState.SUBMITTED);
        store.years().setRecognition(2026, "123/QĐ-UBND", LocalDate.of(2026, 11, 25));
        AssessmentYear y26 = store.years().get(2026).orElseThrow();
        assertThat(y26.state()).isEqualTo(YearState.SUBMITTED);
        assertThat(y26.recognitionRecorded()).isTrue();
        assertThat(y26.registeredOn()).isEqualTo(LocalDate.of(2026, 2, 20));
    }

    @Test
    void departmentsAreUniqueIgnoringCaseSortedInVietnameseAndNotDeletedWithStaff() {
        unit();
        Department b = store.departments().add("Phòng Đào tạo");
        store.departments().add("Ban Giám hiệu");
        store.departments().add("Tổ Ăn uống");
        Department an = store.departments().add("  Tổ  An ninh ");
        assertThat(an.name()).isEqualTo("Tổ An ninh");
        assertThatThrownBy(() -> store.departments().add("PHÒNG ĐÀO TẠO"))
                .isInstanceOf(StoreException.class).hasMessageContaining("Phòng Đào tạo");
        assertThat(store.departments().ofYear(2026)).extracting(dy -> dy.department().name())
                .containsExactly("Ban Giám hiệu", "Phòng Đào tạo", "Tổ An ninh", "Tổ Ăn uống");

        store.departments().rename(b.id(), "Phòng Đào tạo và Khảo thí");
        assertThat(store.departments().list()).extracting(Department::name).contains("Phòng Đào tạo và Khảo thí");

        StaffMember s = store.staff().add("Trần Văn Bình", "", b.id(), null, null);
        assertThatThrownBy(() -> store.departments().delete(b.id())).hasMessageContaining("còn 1 cán bộ");
        store.staff().update(new StaffMember(s.id(), s.fullName(), "", null, null, ""));
        store.departments().delete(b.id());
        assertThat(store.departments().list()).hasSize(3);
    }

    @Test
    void staffAreListedByDepartmentThenGivenNameInVietnameseOrder() {
        unit();
        Department toan = store.departments().add("Tổ Toán");
        Department bgh = store.departments().add("Ban Giám hiệu");
        store.staff().add("Nguyễn Văn Bình", "", toan.id(), null, null);
        store.staff().add("Trần Thị Ánh", "", toan.id(), null, null);
        store.staff().add("Lê Văn An", "", toan.id(), null, null);
        store.staff().add("Phạm Đức Đạt", "Hiệu trưởng", bgh.id(), LocalDate.of(1975, 5, 1), "0912345678");
        store.staff().add("Võ Minh Dũng", "", bgh.id(), null, null);
        store.staff().add("Hà Không Phòng", "", null, null, null);
        List<StaffPledge> list = store.staff().ofYear(2026);
        assertThat(list).extracting(p -> p.staff().fullName()).containsExactly(
                "Võ Minh Dũng", "Phạm Đức Đạt", "Lê Văn An", "Trần Thị Ánh", "Nguyễn Văn Bình", "Hà Không Phòng");
        assertThat(list.get(1).departmentName()).isEqualTo("Ban Giám hiệu");
        assertThat(list.get(1).staff().dateOfBirth()).isEqualTo(LocalDate.of(1975, 5, 1));
        assertThat(list.get(5).departmentName()).isEmpty();
    }

    @Test
    void pledgesInBulkAreOneTransactionAuditedAndCounted() {
        unit();
        Department d = store.departments().add("Tổ Văn");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(store.staff().add("Người số " + i, "", d.id(), null, null).id());
        }
        assertThat(store.staff().setPledges(2026, ids.subList(0, 3), true, LocalDate.of(2026, 3, 15))).isEqualTo(3);
        assertThat(store.staff().setPledges(2026, ids.subList(0, 3), true, LocalDate.of(2026, 3, 15))).isZero();
        List<Long> withUnknown = new ArrayList<>(ids.subList(3, 5));
        withUnknown.add(99_999L);
        assertThatThrownBy(() -> store.staff().setPledges(2026, withUnknown, true, LocalDate.of(2026, 3, 16)))
                .hasMessageContaining("99999");
        DepartmentYear dy = store.departments().ofYear(2026).get(0);
        assertThat(dy.staffCount()).isEqualTo(5);
        assertThat(dy.staffSigned()).isEqualTo(3);
        store.staff().setPledge(2026, ids.get(0), false, null);
        List<AuditEntry> audit = store.audit().ofYear(2026);
        assertThat(audit).filteredOn(a -> a.area() == AuditArea.PLEDGE).hasSize(4);
        AuditEntry last = audit.get(audit.size() - 1);
        assertThat(last.oldValue()).isEqualTo("true 2026-03-15");
        assertThat(last.newValue()).isEqualTo("false");
        assertThat(last.subject()).contains("Người số 0");
        assertThatThrownBy(() -> store.staff().setPledge(2030, ids.get(0), true, null)).hasMessageContaining("2030");
    }

    @Test
    void scoreAboveTheMaximumIsRefusedAndNothingIsStored() {
        unit();
        store.scores().set(2026, "1", 2, "Nghị quyết quý I");
        assertThatThrownBy(() -> store.scores().set(2026, "1", 4, "quá")).isInstanceOf(DomainException.class)
                .hasMessageContaining("vượt quá điểm tối đa 3");
        assertThatThrownBy(() -> store.scores().set(2026, "8a", 1, "")).hasMessageContaining("tự động");
        assertThatThrownBy(() -> store.scores().set(2026, "4", 1, "")).hasMessageContaining("mục con");
        assertThatThrownBy(() -> store.scores().set(2026, "99", 1, "")).hasMessageContaining("99");
        assertThat(store.scores().ofYear(2026)).containsExactly(new ManualScore("1", 2, "Nghị quyết quý I"));
        assertThat(store.audit().ofYear(2026)).singleElement().satisfies(a -> {
            assertThat(a.area()).isEqualTo(AuditArea.SCORE);
            assertThat(a.oldValue()).isNull();
            assertThat(a.newValue()).isEqualTo("2 | Nghị quyết quý I");
        });
        store.scores().set(2026, "1", 3, "");
        store.scores().set(2026, "3", 5, "");
        store.scores().set(2026, "1", null, null);
        assertThat(store.scores().ofYear(2026)).containsExactly(new ManualScore("3", 5, ""));
        List<AuditEntry> audit = store.audit().ofYear(2026);
        assertThat(audit).hasSize(4);
        assertThat(audit.get(1).oldValue()).isEqualTo("2 | Nghị quyết quý I");
        assertThat(audit.get(1).newValue()).isEqualTo("3");
        assertThat(audit.get(3).newValue()).isNull();
    }

    @Test
    void checklistAnswersEventsCommendationsAndMeetingRoundTrip() {
        unit();
        store.checklist().setAnswer(2026, "D7.1b", true, "Có kế hoạch");
        store.checklist().setAnswer(2026, "D7.2", false, "");
        store.checklist().setAnswer(2026, "D7.2", true, "Đã bổ sung");
        store.checklist().setAnswer(2026, "D7.4", null, "");
        assertThat(store.checklist().answers(2026)).containsExactly(new ChecklistAnswer("D7.1b", true, "Có kế hoạch"),
                new ChecklistAnswer("D7.2", true, "Đã bổ sung"));
        // codes and excuses are checked against the Circular 124 checklist for the unit's type
        assertThatThrownBy(() -> store.checklist().setAnswer(2026, "D6.2", true, "")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> store.checklist().setAnswer(2026, "D7.1", true, "")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> store.checklist().addEvent(2026, "D6.3a", LocalDate.of(2026, 6, 1), "", true))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> store.checklist().addEvent(2026, "D6.3h", LocalDate.of(2026, 6, 1), "", false))
                .isInstanceOf(DomainException.class);
        assertThat(store.checklist().answers(2026)).hasSize(2);
        ChecklistEvent e = store.checklist().addEvent(2026, "D6.3dd", LocalDate.of(2026, 6, 1), "Cháy nhỏ kho", true);
        store.checklist().updateEvent(new ChecklistEvent(e.id(), "D6.3dd", LocalDate.of(2026, 6, 2), "Cháy nhỏ kho hàng", true));
        assertThat(store.checklist().events(2026)).singleElement().satisfies(ev -> {
            assertThat(ev.date()).isEqualTo(LocalDate.of(2026, 6, 2));
            assertThat(ev.description()).isEqualTo("Cháy nhỏ kho hàng");
        });
        assertThat(store.audit().ofYear(2026)).extracting(AuditEntry::area).contains(AuditArea.CHECKLIST_ANSWER,
                AuditArea.CHECKLIST_EVENT);

        Commendation c1 = store.scores().addCommendation(2026, CommendationKind.COLLECTIVE, "Giấy khen", "Nhà trường",
                "Công an tỉnh", "12/QĐ-CAT", LocalDate.of(2026, 8, 19));
        store.scores().addCommendation(2026, CommendationKind.INDIVIDUAL, "Giấy khen", "Lê Thị Hoa", "UBND xã", "5/QĐ",
                LocalDate.of(2026, 9, 1));
        store.scores().updateCommendation(new Commendation(c1.id(), CommendationKind.COLLECTIVE, "Bằng khen", "Nhà trường",
                "UBND tỉnh", "12/QĐ-UBND", LocalDate.of(2026, 8, 19)));
        assertThat(store.scores().commendations(2026)).extracting(Commendation::title).containsExactly("Bằng khen", "Giấy khen");

        ReviewMeeting m = new ReviewMeeting(LocalDate.of(2026, 11, 10), "Phòng họp", List.of(
                new Participant(ParticipantRole.CHAIR, "Phạm Đức Đạt", "Hiệu trưởng"),
                new Participant(ParticipantRole.COMMUNE_POLICE, "Đỗ Văn Công", "Công an xã")),
                "Đề nghị công nhận", 20, 0);
        store.meetings().saveMeeting(2026, m);
        assertThat(store.meetings().meeting(2026)).contains(m);
        store.meetings().saveMeeting(2026, new ReviewMeeting(m.date(), m.location(), m.participants().subList(0, 1),
                m.conclusions(), null, null));
        assertThat(store.meetings().meeting(2026).orElseThrow().participants()).hasSize(1);
        assertThat(store.meetings().meeting(2026).orElseThrow().votesFor()).isNull();

        store.checklist().removeEvent(e.id());
        assertThat(store.checklist().events(2026)).isEmpty();
        assertThatThrownBy(() -> store.checklist().removeEvent(e.id())).isInstanceOf(StoreException.class);
    }

    @Test
    void snapshotDerivesTheFactsAndScoresFromTheRecords() {
        unit();
        Department a = store.departments().add("Tổ Toán");
        Department b = store.departments().add("Tổ Văn");
        store.departments().setRegistration(2026, a.id(), true, LocalDate.of(2026, 3, 1));
        store.years().setRegistration(2026, LocalDate.of(2026, 2, 1));
        store.scores().addCommendation(2026, CommendationKind.INDIVIDUAL, "Giấy khen", "A", "B", "1", LocalDate.of(2026, 4, 1));
        // undated, and dated before the period (16/11/2025 – 15/11/2026): item 9 does not count them
        store.scores().addCommendation(2026, CommendationKind.COLLECTIVE, "Bằng khen", "A", "B", "2", null);
        store.scores().addCommendation(2026, CommendationKind.COLLECTIVE, "Bằng khen", "A", "B", "3", LocalDate.of(2025, 11, 15));
        store.scores().set(2026, "1", 3, "");
        store.scores().set(2026, "7", 10, "");
        assertThat(store.facts(2026).anttAchieved()).isFalse();
        StoreFixtures.answerAllMet(store, 2026);
        assertThat(store.checklistResult(2026).orElseThrow().achieved()).isTrue();

        YearSnapshot s = store.snapshot(2026);
        assertThat(s.unit().name()).isEqualTo("Trường THPT Nguyễn Trãi");
        assertThat(s.departments()).hasSize(2);
        ScoringFacts f = store.facts(2026);
        assertThat(f).isEqualTo(new ScoringFacts(true, 2, 1, true, 0, 1));
        ScoreResult r = store.score(2026);
        assertThat(r.points("8a")).isEqualTo(1);
        assertThat(r.points("8b")).isZero();
        assertThat(r.points("8c")).isEqualTo(50);
        assertThat(r.points("9")).isEqualTo(1);
        assertThat(r.total()).isEqualTo(3 + 10 + 1 + 50 + 1);
        assertThat(r.classification()).isEqualTo(Classification.TRUNG_BINH);

        store.departments().setRegistration(2026, b.id(), true, LocalDate.of(2026, 3, 2));
        store.checklist().addEvent(2026, "D6.3a", LocalDate.of(2026, 5, 5), "Tuyên truyền trái phép", false);
        ScoreResult r2 = store.score(2026);
        assertThat(r2.points("8b")).isEqualTo(2);
        assertThat(r2.points("8c")).isZero();
        assertThat(store.checklistResult(2026).orElseThrow().disqualifyingEvents()).hasSize(1);
        store.years().setRecognition(2026, "45/QĐ-UBND", LocalDate.of(2026, 11, 25));
        assertThat(store.score(2026).points("8c")).isEqualTo(50);
        assertThatThrownBy(() -> store.snapshot(2031)).hasMessageContaining("2031");
    }

    @Test
    void aSchoolWithoutAProtectionForceIsNotAskedForItsRating() {
        unit();
        StoreFixtures.answerAllMet(store, 2026);
        store.checklist().setAnswer(2026, "D7.5", null, "");
        assertThat(store.score(2026).points("8c")).isZero();
        assertThat(store.checklistResult(2026).orElseThrow().unanswered()).containsExactly("D7.5");
        UnitProfile u = store.unit().profile().orElseThrow();
        store.unit().update(new UnitProfile(u.name(), u.type(), u.superior(), u.address(), u.place(), u.commune(),
                u.communePolice(), u.headName(), u.headTitle(), u.phone(), u.email(), u.hasPartyOrganisation(),
                u.hasTradeUnion(), false));
        assertThat(store.score(2026).points("8c")).isEqualTo(50);
        assertThat(store.checklistResult(2026).orElseThrow().notApplicable()).contains("D7.5");
    }

    @Test
    void settingsAndProfiles() {
        unit();
        assertThat(store.settings().get("deadline.registration")).contains("03-31");
        store.settings().set("ui.language", "vi");
        store.settings().set("ui.language", "en");
        assertThat(store.settings().get("ui.language")).contains("en");
        store.settings().set("ui.language", null);
        assertThat(store.settings().get("ui.language")).isEmpty();

        String json = """
                {"format": "antq-profile/1", "id": "ha-noi-2026", "name": {"vi": "Ngưỡng Hà Nội"},
                 "rubric": "qd510-2022-agency",
                 "levels": [{"code": "XUAT_SAC", "min": 95, "label": {"vi": "Xuất sắc"}},
                            {"code": "KHA", "min": 80, "label": {"vi": "Khá"}},
                            {"code": "TRUNG_BINH", "min": 60, "label": {"vi": "Trung bình"}},
                            {"code": "YEU", "min": 0, "label": {"vi": "Yếu"}}]}
                """;
        assertThatThrownBy(() -> store.years().setProfile(2026, "ha-noi-2026")).hasMessageContaining("ha-noi-2026");
        store.years().saveProfile(json);
        store.years().setProfile(2026, "ha-noi-2026");
        assertThat(store.years().classificationProfile(2026).id()).isEqualTo("ha-noi-2026");
        assertThat(store.years().profileJson("ha-noi-2026")).contains(json);
        assertThat(store.years().start(2027).profileId()).isEqualTo("ha-noi-2026");
        assertThatThrownBy(() -> store.years().saveProfile("{}")).isInstanceOf(DomainException.class);
    }

    @Test
    void reopeningKeepsEverything() {
        unit();
        Department d = store.departments().add("Tổ Hóa");
        store.staff().add("Đặng Thu Trang", "", d.id(), null, null);
        store.close();
        store = Store.open(dir);
        assertThat(store.staff().ofYear(2026)).extracting(p -> p.staff().fullName()).containsExactly("Đặng Thu Trang");
        assertThat(Files.exists(dir.resolve("antq.db"))).isTrue();
    }

    @Test
    void writesFromManyThreadsAreSerialisedAndAllKept() throws Exception {
        unit();
        Department d = store.departments().add("Tổ Song song");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    StaffMember s = store.staff().add("Luồng " + thread + " người " + i, "", d.id(), null, null);
                    store.staff().setPledge(2026, s.id(), true, LocalDate.of(2026, 3, 1));
                    store.staff().ofYear(2026);
                }
            }));
        }
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(store.staff().ofYear(2026)).hasSize(100).allMatch(StaffPledge::signed);
        assertThat(store.departments().ofYear(2026).get(0).staffSigned()).isEqualTo(100);
    }
}
