package vn.antq.domain.receiver;

import java.time.Instant;
import java.util.List;
import vn.antq.domain.UnitType;

/**
 * One package a commune police received, as recorded in its receiver folder.
 *
 * @param id                    row id (0 before it is recorded)
 * @param unitKey               the unit's identity: its code, else its normalised name and type ({@link UnitIdentity})
 * @param unitName              the unit's name as the package gives it
 * @param unitCode              mã số thuế / mã đơn vị; empty when the unit gave none
 * @param unitType              cơ quan / doanh nghiệp / cơ sở giáo dục
 * @param year                  the assessment year
 * @param total                 the total the package claims (re-scored and compared by the check)
 * @param max                   the rubric's maximum
 * @param classification        the level code (XUAT_SAC, KHA, TRUNG_BINH, YEU); empty when unknown
 * @param antt                  the ANTT standard achieved
 * @param criteriaMet           Circular 124 criteria met (-1: not given by the package)
 * @param criteriaTotal         criteria that apply (-1: not given)
 * @param staff                 staff listed (-1: not given)
 * @param staffPledged          staff who signed the pledge (-1: not given)
 * @param departments           departments (-1: not given)
 * @param departmentsRegistered departments registered (-1: not given)
 * @param findings              the review's findings carried by the package
 * @param verdict               the check's verdict (PackageVerdict.Kind name)
 * @param verdictText           the verdict line in Vietnamese
 * @param signer                the manifest's signer ("holder (organisation)"), empty when unsigned
 * @param signedAt              the signing time claimed, null when unsigned
 * @param createdAt             when the unit exported the package (from the manifest)
 * @param receivedAt            when it was received
 * @param fileName              the file name as received
 * @param sha256                SHA-256 of the file
 * @param size                  its size in bytes
 * @param current               the package shown for its unit and year (false: replaced, kept in history)
 */
public record ReceivedPackage(long id, String unitKey, String unitName, String unitCode, UnitType unitType, int year,
        int total, int max, String classification, boolean antt, int criteriaMet, int criteriaTotal, int staff,
        int staffPledged, int departments, int departmentsRegistered, List<String> findings, String verdict,
        String verdictText, String signer, Instant signedAt, Instant createdAt, Instant receivedAt, String fileName,
        String sha256, long size, boolean current) {

    public ReceivedPackage {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Whether the check found the package valid (signed or not). */
    public boolean valid() {
        return verdict.equals("VALID_SIGNED") || verdict.equals("VALID_UNSIGNED");
    }

    public boolean signed() {
        return !signer.isEmpty();
    }

    public ReceivedPackage withId(long newId, boolean isCurrent) {
        return new ReceivedPackage(newId, unitKey, unitName, unitCode, unitType, year, total, max, classification, antt,
                criteriaMet, criteriaTotal, staff, staffPledged, departments, departmentsRegistered, findings, verdict,
                verdictText, signer, signedAt, createdAt, receivedAt, fileName, sha256, size, isCurrent);
    }
}
