package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.RecognisingBody;
import vn.antq.domain.unit.RecognisingBodyChoice;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.domain.unit.UnitProfile;

/**
 * The meeting record and the recognising body in a real SQLite store: kept whole across a reopen,
 * refused whole (nothing changed), and written into a database upgraded from the released V6.
 */
class MeetingStoreTest {
    @TempDir
    Path dir;

    static final ReviewMeeting FULL = new ReviewMeeting(LocalDate.of(2025, 11, 5), LocalTime.of(8, 0),
            LocalTime.of(10, 30), "Phòng họp Hội đồng", List.of(
                    new Participant(ParticipantRole.CHAIR, "Trần Quốc Tuấn", "Hiệu trưởng"),
                    new Participant(ParticipantRole.COMMUNE_POLICE, "Đại úy Lê Văn Hải", "Công an xã Tân Lập"),
                    new Participant(ParticipantRole.SECRETARY, "Nguyễn Thị Lan", "Giáo viên")),
            "Đồng chí Hải: nhất trí.\nĐồng chí Lan: đề nghị bổ sung minh chứng.", "Giao tổ bảo vệ rà soát.", 22, 1, 24);

    /** A data folder holding the committed V6 fixture (2025 has no meeting, the unit no body chosen). */
    private Path fromV6() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("v6"));
        try (InputStream in = getClass().getResourceAsStream(ReleasedSchemasTest.fixture(6))) {
            Files.copy(in, folder.resolve(DataDir.DB_FILE));
        }
        return folder;
    }

    @Test
    void aMeetingWithTimesOpinionsAndVoteIsKeptAcrossAReopenOfAnUpgradedV6Database() throws Exception {
        Path folder = fromV6();
        try (Store store = Store.open(folder)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.meetings().meeting(2025)).isEmpty();
            store.meetings().saveMeeting(2025, FULL);
        }
        try (Store store = Store.open(folder)) {
            ReviewMeeting m = store.meetings().meeting(2025).orElseThrow();
            assertThat(m).isEqualTo(FULL);
            assertThat(m.startTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(m.endTime()).isEqualTo(LocalTime.of(10, 30));
            assertThat(m.withRole(ParticipantRole.COMMUNE_POLICE)).extracting(Participant::name)
                    .containsExactly("Đại úy Lê Văn Hải");
            assertThat(m.votesTotal()).isEqualTo(24);
            // saved again without times: they are cleared, not kept from before
            store.meetings().saveMeeting(2025, new ReviewMeeting(m.date(), null, null, m.location(), m.participants(), "",
                    m.conclusions(), null, null, null));
            ReviewMeeting again = store.meetings().meeting(2025).orElseThrow();
            assertThat(again.startTime()).isNull();
            assertThat(again.opinions()).isEmpty();
            assertThat(again.votesTotal()).isNull();
        }
    }

    @Test
    void aRefusedMeetingChangesNothing() throws Exception {
        try (Store store = Store.open(fromV6())) {
            store.meetings().saveMeeting(2025, FULL);
            ReviewMeeting twoChairs = new ReviewMeeting(FULL.date(), FULL.startTime(), FULL.endTime(), "Khác",
                    List.of(FULL.participants().get(0), FULL.participants().get(0)), "", "", null, null, null);
            assertThatThrownBy(() -> store.meetings().saveMeeting(2025, twoChairs)).isInstanceOf(DomainException.class);
            ReviewMeeting tooManyVotes = new ReviewMeeting(FULL.date(), FULL.startTime(), FULL.endTime(), "Khác",
                    FULL.participants(), "", "", 20, 5, 24);
            assertThatThrownBy(() -> store.meetings().saveMeeting(2025, tooManyVotes)).isInstanceOf(DomainException.class);
            assertThat(store.meetings().meeting(2025)).contains(FULL);
        }
    }

    @Test
    void theMeetingIsDeletedWholeInOneAuditedChangeAndItsScannedMinutesStayLinked() throws Exception {
        Path scan = Files.writeString(dir.resolve("bien-ban-da-ky.pdf"), "%PDF-1.4 bản scan");
        try (Store store = Store.open(fromV6())) {
            assertThat(store.meetings().deleteMeeting(2025)).isFalse(); // none yet: nothing to do, no audit line
            assertThat(store.audit().ofYear(2025)).noneMatch(a -> a.area() == AuditArea.MEETING);
            store.meetings().saveMeeting(2025, FULL);
            String sha = store.evidence().add(scan, "bien-ban-da-ky.pdf").sha256();
            EvidenceLink minutes = new EvidenceLink(2025, EvidenceTarget.MEETING, "meeting");
            store.evidence().link(sha, minutes);
            assertThat(store.audit().ofYear(2025)).filteredOn(a -> a.area() == AuditArea.MEETING).singleElement()
                    .satisfies(a -> assertThat(a.oldValue()).isNull());
            // saved again unchanged: no audit line
            store.meetings().saveMeeting(2025, FULL);
            assertThat(store.audit().ofYear(2025)).filteredOn(a -> a.area() == AuditArea.MEETING).hasSize(1);

            assertThat(store.meetings().deleteMeeting(2025)).isTrue();
            assertThat(store.meetings().meeting(2025)).isEmpty();
            AuditEntry deleted = store.audit().ofYear(2025).get(store.audit().ofYear(2025).size() - 1);
            assertThat(deleted.area()).isEqualTo(AuditArea.MEETING);
            assertThat(deleted.newValue()).isNull();
            assertThat(deleted.oldValue()).contains("2025-11-05 08:00-10:30").contains("Phòng họp Hội đồng")
                    .contains("CHAIR: Trần Quốc Tuấn, Hiệu trưởng").contains("votes 22/1/24")
                    .contains("Giao tổ bảo vệ rà soát.");
            assertThat(store.evidence().file(sha).orElseThrow().links()).containsExactly(minutes);
            assertThat(store.check(vn.antq.domain.Progress.NONE).ok()).isTrue();
            // a year that does not exist is refused, naming it
            assertThatThrownBy(() -> store.meetings().deleteMeeting(2031)).isInstanceOf(StoreException.class);
        }
        // gone for good, participants too: a meeting entered again starts empty
        try (Store store = Store.open(dir.resolve("v6"))) {
            assertThat(store.meetings().meeting(2025)).isEmpty();
            ReviewMeeting again = new ReviewMeeting(FULL.date(), null, null, "", List.of(), "", "", null, null, null);
            store.meetings().saveMeeting(2025, again);
            assertThat(store.meetings().meeting(2025).orElseThrow().participants()).isEmpty();
        }
    }

    @Test
    void theRecognisingBodyIsChosenKeptByAProfileThatDoesNotNameItAndResetToTheDefault() throws Exception {
        Path folder = fromV6();
        try (Store store = Store.open(folder)) {
            UnitProfile u = store.unit().profile().orElseThrow();
            assertThat(u.recognisingBody()).isEqualTo(RecognisingBodyChoice.DEFAULT);
            RecognisingBodyChoice province = new RecognisingBodyChoice(RecognisingBody.PROVINCE,
                    "Ủy ban nhân dân tỉnh Đồng Nai");
            store.unit().update(u.withRecognisingBody(province));
        }
        try (Store store = Store.open(folder)) {
            UnitProfile u = store.unit().profile().orElseThrow();
            assertThat(u.recognisingBody()).isEqualTo(province());
            // the Settings screen and the importer save a profile without the body: the choice stays
            store.unit().update(new UnitProfile(u.name(), u.type(), u.superior(), u.address(), u.place(), u.commune(),
                    "Công an xã Tân Lập", u.headName(), u.headTitle(), u.phone(), u.email(), u.hasPartyOrganisation(),
                    u.hasTradeUnion(), u.hasProtectionForce()));
            assertThat(store.unit().profile().orElseThrow().recognisingBody()).isEqualTo(province());
            assertThat(store.unit().profile().orElseThrow().communePolice()).isEqualTo("Công an xã Tân Lập");
            store.unit().update(u.withRecognisingBody(RecognisingBodyChoice.DEFAULT));
            assertThat(store.unit().profile().orElseThrow().recognisingBody()).isEqualTo(RecognisingBodyChoice.DEFAULT);
        }
    }

    private static RecognisingBodyChoice province() {
        return new RecognisingBodyChoice(RecognisingBody.PROVINCE, "Ủy ban nhân dân tỉnh Đồng Nai");
    }

    @Test
    void aNewUnitMayNameItsBodyFromTheStart() {
        try (Store store = Store.open(dir)) {
            store.unit().create(UnitProfile.minimal("Công ty TNHH Hòa Bình", UnitType.DOANH_NGHIEP)
                    .withRecognisingBody(new RecognisingBodyChoice(RecognisingBody.MINISTRY, "")), 2026);
            assertThat(store.unit().profile().orElseThrow().recognisingBody())
                    .isEqualTo(new RecognisingBodyChoice(RecognisingBody.MINISTRY, ""));
        }
    }
}
