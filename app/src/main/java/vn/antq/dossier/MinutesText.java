package vn.antq.dossier;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.ReviewMeeting;

/**
 * The words of the Biên bản (minutes of the review meeting) from the meeting as recorded: every
 * recorded field printed; a blank "……" only where the form needs a value that is not recorded (so it
 * can be filled by hand), nothing where a blank would mislead (a protection force the unit does not
 * have, opinions of a recorded meeting that recorded none). {@link DossierPdf} lays them out.
 */
final class MinutesText {
    private final DossierModel m;
    private final ReviewMeeting meeting;

    /** One role's line(s): its label and the people printed under it ("name, title"). */
    record RoleLines(ParticipantRole role, String label, List<String> people) {
    }

    MinutesText(DossierModel m) {
        this.m = m;
        this.meeting = m.snapshot.meeting();
    }

    boolean recorded() {
        return meeting != null;
    }

    /** The place-date line: the meeting's day; blanks when it has none (never the day of export). */
    String dateLine() {
        return m.dateLine(meeting == null ? null : meeting.date());
    }

    /** "Thời gian: bắt đầu lúc 08 giờ 00 phút, ngày 05/11/2025." (blanks for what is not recorded). */
    String startLine() {
        String day = meeting == null ? m.t("dossier.blank") : m.dateOrBlank(meeting.date());
        return meeting != null && meeting.startTime() != null
                ? m.t("dossier.bienBan.timeStart", clock(meeting.startTime()), day)
                : m.t("dossier.bienBan.time", day);
    }

    String locationLine() {
        return m.t("dossier.bienBan.location", meeting == null ? m.t("dossier.blank") : m.orBlank(meeting.location()));
    }

    /**
     * The attendees by role, in the order of Circular 124, Điều 9.1.c. A role nobody was recorded in
     * gets a line to fill by hand when the meeting needs it (the chair, the secretary, the commune
     * police; the Party committee, the mass organisations, the protection force and the managing
     * authority when the unit has them) and no line otherwise. With no chair recorded the head of unit
     * chairs (Điều 9.1.c), as the signature block says.
     */
    List<RoleLines> attendees() {
        List<RoleLines> out = new ArrayList<>();
        for (ParticipantRole role : ParticipantRole.values()) {
            List<String> people = new ArrayList<>();
            if (meeting != null) {
                for (Participant p : meeting.withRole(role)) {
                    people.add(person(p.name(), p.title()));
                }
            }
            if (people.isEmpty() && role == ParticipantRole.CHAIR && !DossierModel.blank(m.unit.headName())) {
                people.add(person(m.unit.headName(), m.unit.headTitle()));
            }
            if (people.isEmpty() && !needed(role)) {
                continue;
            }
            out.add(new RoleLines(role, m.t("dossier.bienBan.role." + role.name()), people));
        }
        return out;
    }

    private boolean needed(ParticipantRole role) {
        return switch (role) {
            case CHAIR, SECRETARY, COMMUNE_POLICE -> true;
            case PARTY_COMMITTEE -> m.unit.hasPartyOrganisation();
            case MASS_ORGANISATION -> m.unit.hasTradeUnion();
            case PROTECTION_FORCE -> m.unit.hasProtectionForce();
            case MANAGING_AUTHORITY -> !DossierModel.blank(m.unit.superior());
            case OTHER -> false;
        };
    }

    /** "Nguyễn Văn A, Hiệu trưởng"; the name alone when no title is recorded. */
    private String person(String name, String title) {
        return DossierModel.blank(title) ? m.orBlank(name) : m.orBlank(name) + ", " + title.strip();
    }

    /** A role recorded with nobody: "……, ……" to fill in. */
    String blankPerson() {
        return m.t("dossier.blank") + ", " + m.t("dossier.blank");
    }

    /**
     * The opinions, one line each ("- Đồng chí …: …"); for a meeting not recorded, one line to fill in;
     * for a recorded meeting with none, no lines (the section is left out).
     */
    List<String> opinions() {
        if (meeting == null) {
            return List.of(m.t("dossier.bienBan.opinionsBlank"));
        }
        List<String> out = new ArrayList<>();
        if (!DossierModel.blank(meeting.opinions())) {
            for (String line : meeting.opinions().strip().split("\\R")) {
                if (!line.isBlank()) {
                    String l = line.strip();
                    out.add(l.startsWith("-") || l.startsWith("+") || l.startsWith("•") ? l : "- " + l);
                }
            }
        }
        return out;
    }

    /** The vote: with the total, the share agreeing (rounded as everywhere); blanks for counts not recorded. */
    String voteLine() {
        Integer yes = meeting == null ? null : meeting.votesFor();
        Integer no = meeting == null ? null : meeting.votesAgainst();
        Integer total = meeting == null ? null : meeting.votesTotal();
        if (yes != null && no != null && total != null && total > 0) {
            int abstaining = meeting.votesAbstaining();
            String rest = abstaining > 0 ? m.t("dossier.bienBan.voteAbstaining", abstaining) : "";
            return m.t("dossier.bienBan.voteTotal", total, yes, m.percent(yes, total), no, m.percent(no, total), rest);
        }
        return m.t("dossier.bienBan.vote", count(yes), count(no));
    }

    private String count(Integer n) {
        return n == null ? m.t("dossier.blank") : n.toString();
    }

    /** "Cuộc họp kết thúc vào hồi 10 giờ 30 phút cùng ngày. …" (blanks when the end is not recorded). */
    String endLine() {
        return meeting != null && meeting.endTime() != null
                ? m.t("dossier.bienBan.endAt", clock(meeting.endTime()))
                : m.t("dossier.bienBan.end");
    }

    /** The chair's name for the signature: the recorded chair, else the head of unit, else a blank. */
    String chairName() {
        return meeting == null ? m.orBlank(m.unit.headName())
                : meeting.chair().map(p -> m.orBlank(p.name())).orElse(m.orBlank(m.unit.headName()));
    }

    String secretaryName() {
        return meeting == null ? m.t("dossier.blank")
                : meeting.secretary().map(p -> m.orBlank(p.name())).orElse(m.t("dossier.blank"));
    }

    /**
     * Nơi nhận: the commune police the dossier goes to; the recognising body when the unit asks for
     * recognition (Circular 124, Điều 10, the body the unit chose); the file.
     */
    List<String> recipients() {
        List<String> out = new ArrayList<>();
        out.add("- " + m.communePolice() + ";");
        if (m.anttAchieved) {
            out.add("- " + m.recognisingBodyName() + ";");
        }
        out.add(m.t("dossier.recipients.file"));
        return out;
    }

    /** "08 giờ 00 phút". */
    private String clock(LocalTime t) {
        return m.t("dossier.bienBan.clock", String.format("%02d", t.getHour()), String.format("%02d", t.getMinute()));
    }
}
