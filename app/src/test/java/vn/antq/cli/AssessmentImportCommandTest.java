package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.demo.DemoGenerator;
import vn.antq.domain.Progress;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.RecognisingBody;
import vn.antq.domain.unit.RecognisingBodyChoice;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.interchange.AssessmentJson;
import vn.antq.storage.NewStaff;
import vn.antq.storage.StaffSync;
import vn.antq.storage.Store;

/**
 * {@code export-assessment} with the year's records and {@code import-assessment} end to end: the
 * round trip into a fresh folder with the same unit and staff gives the same JSON, and every refused
 * file leaves the store exactly as it was (its export and its audit trail unchanged).
 */
class AssessmentImportCommandTest {
    private static final int YEAR = 2026;

    /** The source year, made once for all tests (it is only read). */
    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path source;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A demo enterprise with the records a demo lacks: an event, a routine commendation, an open answer, recognition, document date. */
    @BeforeAll
    static void sourceYear() {
        source = shared.resolve("source");
        DemoGenerator.generateInto(source, new DemoGenerator.Options(90, YEAR, 0, UnitType.DOANH_NGHIEP), Progress.NONE);
        try (Store s = Store.open(source)) {
            s.checklist().addEvent(YEAR, "D6.3d", LocalDate.of(YEAR, 3, 4), "Cháy nhỏ tại kho, đã dập tắt", false);
            s.scores().addCommendation(YEAR, CommendationKind.INDIVIDUAL, "Giấy khen cuối năm", "Lê Văn Tâm", "Giám đốc công ty",
                    "12/QĐ-CT", LocalDate.of(YEAR, 1, 10), false);
            s.checklist().setAnswer(YEAR, "D6.1a", null, "Đang chờ nghị quyết của Chi bộ");
            s.years().setRecognition(YEAR, "45/QĐ-UBND", LocalDate.of(YEAR, 12, 5));
            s.years().setDocumentDate(YEAR, LocalDate.of(YEAR, 11, 18));
            s.unit().update(s.unit().profile().orElseThrow().withRecognisingBody(
                    new RecognisingBodyChoice(RecognisingBody.PROVINCE, "Ủy ban nhân dân tỉnh Đồng Nai")));
            StaffPledge someone = s.staff().ofYear(YEAR).stream().filter(StaffPledge::signed).findFirst().orElseThrow();
            s.staff().setPledge(YEAR, someone.staff().id(), true, null);
            ReviewMeeting m = s.meetings().meeting(YEAR).orElseThrow();
            s.meetings().saveMeeting(YEAR, new ReviewMeeting(m.date(), LocalTime.of(8, 30), LocalTime.of(10, 15), m.location(),
                    m.participants(), "Ông A: đề nghị tăng cường tuần tra.\nBà B: nhất trí.", m.conclusions(),
                    m.votesFor() - 1, 0, m.votesFor()));
        }
    }

    private static String export(Path dir) {
        Run r = run("export-assessment", "--data-dir", dir.toString(), "--year", String.valueOf(YEAR));
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    /** A folder with the same unit and the same people (their codes too), none of the year's records. */
    private Path sameUnitAndStaff(String name) {
        Path dir = tmp.resolve(name);
        try (Store from = Store.open(source); Store to = Store.open(dir)) {
            // the recognising body is the year file's to bring: the target follows the data's default
            UnitProfile unit = from.unit().profile().orElseThrow().withRecognisingBody(RecognisingBodyChoice.DEFAULT);
            to.unit().create(unit, YEAR);
            List<NewStaff> rows = new ArrayList<>();
            for (StaffSync.Person p : from.staffList().roster(YEAR).people()) {
                rows.add(new NewStaff(p.fullName(), p.departmentName(), p.position(), p.dateOfBirth(), p.phone(), false,
                        null, p.staffCode()));
            }
            to.staffList().importRows(YEAR, rows);
        }
        return dir;
    }

    private Path write(String name, String json) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theRoundTripIntoAFreshFolderGivesTheSameJson() throws Exception {
        String first = export(source);
        JsonNode tree = AssessmentJson.mapper().readTree(first);
        // every section is there, with what the year holds
        assertThat(tree.get("checklist").get("events")).hasSize(1);
        assertThat(tree.get("checklist").get("events").get(0).get("code").asText()).isEqualTo("D6.3d");
        assertThat(tree.get("checklist").get("answers").get("D6.1a").get("met").isNull()).isTrue();
        assertThat(tree.get("commendations")).hasSize(3);
        assertThat(tree.get("documentDate").asText()).isEqualTo("2026-11-18");
        assertThat(tree.get("recognition").get("decision").asText()).isEqualTo("45/QĐ-UBND");
        assertThat(tree.get("meeting").get("participants").size()).isGreaterThan(3);
        assertThat(tree.get("meeting").get("startTime").asText()).isEqualTo("08:30");
        assertThat(tree.get("meeting").get("endTime").asText()).isEqualTo("10:15");
        assertThat(tree.get("meeting").get("opinions").asText()).contains("\n");
        assertThat(tree.get("meeting").get("votesTotal").asInt()).isGreaterThan(tree.get("meeting").get("votesFor")
                .asInt());
        assertThat(tree.get("registration").get("departments").size()).isEqualTo(tree.get("facts").get("departments")
                .asInt());
        assertThat(tree.get("pledges").size()).isGreaterThan(80);
        assertThat(tree.get("recognisingBody").get("body").asText()).isEqualTo("PROVINCE");
        assertThat(tree.get("recognisingBody").get("name").asText()).isEqualTo("Ủy ban nhân dân tỉnh Đồng Nai");

        Path target = sameUnitAndStaff("target");
        String before = export(target);
        assertThat(before).isNotEqualTo(first);
        Run imported = run("import-assessment", write("year.json", first).toString(), "--data-dir", target.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty(); // the facts of the file are those of the records
        assertThat(imported.out()).contains("Đã nhập bản tự đánh giá năm 2026").contains("pledges " + tree.get("pledges")
                .size());
        assertThat(export(target)).isEqualTo(first);
        try (Store s = Store.open(target)) {
            assertThat(s.unit().profile().orElseThrow().recognisingBody())
                    .isEqualTo(new RecognisingBodyChoice(RecognisingBody.PROVINCE, "Ủy ban nhân dân tỉnh Đồng Nai"));
        }

        // the same file again changes nothing, and leaves no audit line
        int audit;
        try (Store s = Store.open(target)) {
            audit = s.audit().all().size();
        }
        assertThat(run("import-assessment", tmp.resolve("year.json").toString(), "--data-dir", target.toString()).code())
                .isZero();
        assertThat(export(target)).isEqualTo(first);
        try (Store s = Store.open(target)) {
            assertThat(s.audit().all()).hasSize(audit);
        }
    }

    /** The same profile of another unit type (the clerk changed the unit's type on Đơn vị). */
    private static UnitProfile ofType(UnitProfile u, UnitType type) {
        return new UnitProfile(u.name(), type, u.superior(), u.address(), u.place(), u.commune(), u.communePolice(),
                u.headName(), u.headTitle(), u.phone(), u.email(), u.hasPartyOrganisation(), u.hasTradeUnion(),
                u.hasProtectionForce(), u.code(), u.recognisingBody());
    }

    /**
     * An enterprise answered its checklist (Điều 6) and recorded an event only enterprises have (D6.3d),
     * then the clerk made it a school (Điều 7) and answered that list too: the year's own file must
     * import back, into the same folder and into a fresh one, and come out the same. The answers and
     * events of the other type are kept as recorded (they still do not count for 8c).
     */
    @Test
    void aYearWhoseUnitChangedTypeAfterAnsweringImportsBackTheSame() throws Exception {
        Path dir = tmp.resolve("changed");
        UnitProfile school;
        try (Store s = Store.open(dir)) {
            s.unit().create(UnitProfile.minimal("Trường THCS Hòa Bình", UnitType.DOANH_NGHIEP), YEAR);
            s.checklist().setAnswer(YEAR, "D6.1a", true, "Nghị quyết số 5/NQ-CB");
            s.checklist().setAnswer(YEAR, "D6.4", false, "");
            s.checklist().addEvent(YEAR, "D6.3d", LocalDate.of(YEAR, 3, 4), "Cháy nhỏ tại kho", false);
            s.checklist().addEvent(YEAR, "D6.3a", LocalDate.of(YEAR, 4, 5), "Mất trộm xe đạp", false);
            school = ofType(s.unit().profile().orElseThrow(), UnitType.CO_SO_GIAO_DUC);
            s.unit().update(school);
            s.checklist().setAnswer(YEAR, "D7.1a", true, "");
        }
        String first = export(dir);
        JsonNode tree = AssessmentJson.mapper().readTree(first);
        assertThat(tree.get("unit").get("type").asText()).isEqualTo("CO_SO_GIAO_DUC");
        // marked as recorded under another unit type; the school's own answer is not
        JsonNode answers = tree.get("checklist").get("answers");
        assertThat(answers.get("D6.1a").get("otherUnitType").asBoolean()).isTrue();
        assertThat(answers.get("D6.4").get("otherUnitType").asBoolean()).isTrue();
        assertThat(answers.get("D7.1a").has("otherUnitType")).isFalse();
        JsonNode events = tree.get("checklist").get("events");
        assertThat(events.get(0).get("code").asText()).isEqualTo("D6.3d");
        assertThat(events.get(0).get("otherUnitType").asBoolean()).isTrue();
        assertThat(events.get(1).has("otherUnitType")).isFalse(); // D6.3a is listed for schools too
        // they do not count: the school's 8c is not met whatever the enterprise answered, and no event counts
        assertThat(tree.get("facts").get("anttAchieved").asBoolean()).isFalse();

        // back into its own folder: nothing to change
        Run same = run("import-assessment", write("changed.json", first).toString(), "--data-dir", dir.toString());
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(export(dir)).isEqualTo(first);

        // into a fresh folder of the same school
        Path fresh = tmp.resolve("fresh");
        try (Store s = Store.open(fresh)) {
            s.unit().create(school, YEAR);
        }
        Run into = run("import-assessment", tmp.resolve("changed.json").toString(), "--data-dir", fresh.toString());
        assertThat(into.code()).as(into.err()).isZero();
        assertThat(export(fresh)).isEqualTo(first);
        try (Store s = Store.open(fresh)) {
            assertThat(s.checklist().answers(YEAR)).extracting(a -> a.criterionCode() + "=" + a.met())
                    .containsExactly("D6.1a=true", "D6.4=false", "D7.1a=true");
            assertThat(s.checklist().events(YEAR)).extracting(e -> e.eventCode()).containsExactly("D6.3d", "D6.3a");
        }
    }

    /**
     * A year without a meeting says so ({@code "meeting": null}) and its import deletes the target's
     * meeting, as every other section replaces; a file without the key (written before) keeps it.
     */
    @Test
    void aYearWithoutAMeetingDeletesTheTargetsMeetingWhileAnOlderFileKeepsIt() throws Exception {
        UnitProfile unit = UnitProfile.minimal("Công ty TNHH Hòa Bình", UnitType.DOANH_NGHIEP);
        Path dir = tmp.resolve("none");
        try (Store s = Store.open(dir)) {
            s.unit().create(unit, YEAR);
        }
        String none = export(dir);
        assertThat(AssessmentJson.mapper().readTree(none).get("meeting").isNull()).isTrue();
        Path target = tmp.resolve("met");
        try (Store s = Store.open(target)) {
            s.unit().create(unit, YEAR);
            s.meetings().saveMeeting(YEAR, new ReviewMeeting(LocalDate.of(YEAR, 11, 5), null, null, "Phòng họp", List.of(),
                    "", "Đề nghị công nhận.", null, null, null));
        }
        ObjectNode older = (ObjectNode) AssessmentJson.mapper().readTree(none);
        older.remove("meeting");
        Run kept = run("import-assessment", write("older.json", AssessmentJson.write(older)).toString(), "--data-dir",
                target.toString());
        assertThat(kept.code()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("Giữ nguyên").contains("meeting");
        try (Store s = Store.open(target)) {
            assertThat(s.meetings().meeting(YEAR)).isPresent();
        }

        Run deleted = run("import-assessment", write("none.json", none).toString(), "--data-dir", target.toString());
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("meeting 0");
        assertThat(export(target)).isEqualTo(none);
        try (Store s = Store.open(target)) {
            assertThat(s.meetings().meeting(YEAR)).isEmpty();
            assertThat(s.audit().ofYear(YEAR)).filteredOn(a -> a.area() == vn.antq.storage.AuditArea.MEETING)
                    .last().satisfies(a -> {
                        assertThat(a.oldValue()).contains("Đề nghị công nhận.");
                        assertThat(a.newValue()).isNull();
                    });
        }
    }

    @Test
    void staffAreMatchedByCodeWhenTwoShareANameInOneDepartment() throws Exception {
        Path dir = tmp.resolve("codes");
        try (Store s = Store.open(dir)) {
            s.unit().create(UnitProfile.minimal("Công ty TNHH Hòa Bình", UnitType.DOANH_NGHIEP), YEAR);
            s.staffList().importRows(YEAR, List.of(
                    new NewStaff("Nguyễn Văn An", "Phòng Kỹ thuật", "Kỹ sư", null, "", true, LocalDate.of(YEAR, 2, 1), "KT01"),
                    new NewStaff("Nguyễn Văn An", "Phòng Kỹ thuật", "Kỹ sư", null, "", false, null, "KT02"),
                    new NewStaff("Trần Thị Bình", "Phòng Kỹ thuật", "Kỹ sư", null, "", false, null, "")));
        }
        String json = export(dir);
        JsonNode pledges = AssessmentJson.mapper().readTree(json).get("pledges");
        assertThat(pledges).hasSize(1);
        assertThat(pledges.get(0).get("code").asText()).isEqualTo("KT01");

        ObjectNode tree = (ObjectNode) AssessmentJson.mapper().readTree(json);
        ArrayNode list = tree.putArray("pledges");
        list.addObject().put("code", "KT02").put("name", "nguyễn  văn an").put("department", "Phòng Kỹ thuật")
                .put("date", "2026-03-02");
        list.addObject().put("name", "Trần Thị Bình").put("department", "phòng kỹ thuật").put("date", "2026-03-03");
        Run r = run("import-assessment", write("codes.json", AssessmentJson.write(tree)).toString(), "--data-dir",
                dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (Store s = Store.open(dir)) {
            List<String> signed = s.staffList().roster(YEAR).people().stream().filter(p -> Boolean.TRUE.equals(p.signed()))
                    .map(p -> p.staffCode() + "/" + p.fullName() + "/" + p.pledgeDate()).sorted().toList();
            assertThat(signed).containsExactly("/Trần Thị Bình/2026-03-03", "KT02/Nguyễn Văn An/2026-03-02");
        }

        // without the code the name is two people: refused, naming the entry
        list.removeAll();
        list.addObject().put("name", "Nguyễn Văn An").put("department", "Phòng Kỹ thuật").put("date", "2026-03-02");
        Run ambiguous = run("import-assessment", write("codes2.json", AssessmentJson.write(tree)).toString(),
                "--data-dir", dir.toString());
        assertThat(ambiguous.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(ambiguous.err().strip()).isEqualTo("Trường pledges[0]: có 2 cán bộ tên “Nguyễn Văn An” thuộc “Phòng "
                + "Kỹ thuật”; hãy ghi mã cán bộ (code) để biết là ai.");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("an unknown criterion", "checklist.answers.D6.9",
                        t -> ((ObjectNode) t.get("checklist").get("answers")).putObject("D6.9").put("met", true)),
                bad("a criterion of the school checklist", "checklist.answers.D7.1a",
                        t -> ((ObjectNode) t.get("checklist").get("answers")).putObject("D7.1a").put("met", true)),
                bad("an unknown event", "checklist.events[1]", t -> ((ArrayNode) t.get("checklist").get("events"))
                        .addObject().put("code", "D6.3z").put("date", "2026-05-05")),
                bad("an answer of the unit's own list marked as of another type", "checklist.answers.D6.1a",
                        t -> ((ObjectNode) t.get("checklist").get("answers").get("D6.1a")).put("otherUnitType", true)),
                bad("an unknown criterion marked as of another type", "checklist.answers.D9.1",
                        t -> ((ObjectNode) t.get("checklist").get("answers")).putObject("D9.1").put("met", true)
                                .put("otherUnitType", true)),
                bad("a school criterion with parts marked as of another type", "checklist.answers.D7.1",
                        t -> ((ObjectNode) t.get("checklist").get("answers")).putObject("D7.1").put("met", true)
                                .put("otherUnitType", true)),
                bad("an unknown event marked as of another type", "checklist.events[1]",
                        t -> ((ArrayNode) t.get("checklist").get("events")).addObject().put("code", "D6.3z")
                                .put("date", "2026-05-05").put("otherUnitType", true)),
                bad("an event of the unit's own list marked as of another type", "checklist.events[0]",
                        t -> ((ObjectNode) t.get("checklist").get("events").get(0)).put("otherUnitType", true)),
                bad("the mark written as text", "checklist.answers.D6.1a.otherUnitType",
                        t -> ((ObjectNode) t.get("checklist").get("answers").get("D6.1a")).put("otherUnitType", "có")),
                bad("a date ten years off", "pledges[0].date",
                        t -> ((ObjectNode) t.get("pledges").get(0)).put("date", "2016-03-01")),
                bad("a date written the Vietnamese way", "registration.unit",
                        t -> ((ObjectNode) t.get("registration")).put("unit", "20/01/2026")),
                bad("a day that does not exist", "commendations[0].date",
                        t -> ((ObjectNode) t.get("commendations").get(0)).put("date", "2026-02-30")),
                bad("points above the item's maximum", "items.5c", t -> ((ObjectNode) t.get("items")).put("5c", 3)),
                bad("points of a derived item", "items.8a", t -> ((ObjectNode) t.get("items")).put("8a", 1)),
                bad("a note for an unscored item", "itemNotes.5c", t -> {
                    ((ObjectNode) t.get("items")).remove("5c");
                    ((ObjectNode) t.get("itemNotes")).put("5c", "ghi chú");
                }),
                bad("an unknown department", "registration.departments[0].name",
                        t -> ((ObjectNode) t.get("registration").get("departments").get(0)).put("name", "Phòng Không Có")),
                bad("a department twice", "registration.departments[1].name", t -> {
                    ArrayNode d = (ArrayNode) t.get("registration").get("departments");
                    d.insert(1, d.get(0).deepCopy());
                }),
                bad("an unknown person", "pledges[0]",
                        t -> ((ObjectNode) t.get("pledges").get(0)).put("name", "Người Không Có Tên")),
                bad("a person twice", "pledges[1]", t -> {
                    ArrayNode p = (ArrayNode) t.get("pledges");
                    p.insert(1, p.get(0).deepCopy());
                }),
                bad("an unknown staff code", "pledges[0].code",
                        t -> ((ObjectNode) t.get("pledges").get(0)).put("code", "X999")),
                bad("another unit type", "unit.type", t -> ((ObjectNode) t.get("unit")).put("type", "CO_QUAN")),
                bad("another unit", "unit.name", t -> ((ObjectNode) t.get("unit")).put("name", "Công ty Khác")),
                bad("an unknown section", "pledgez", t -> t.set("pledgez", t.get("pledges"))),
                bad("an unknown key", "meeting.room", t -> ((ObjectNode) t.get("meeting")).put("room", "1")),
                bad("an unknown role", "meeting.participants[0].role",
                        t -> ((ObjectNode) t.get("meeting").get("participants").get(0)).put("role", "GUEST")),
                bad("a time written the Vietnamese way", "meeting.startTime",
                        t -> ((ObjectNode) t.get("meeting")).put("startTime", "8h30")),
                bad("a meeting ending before it starts", "meeting",
                        t -> ((ObjectNode) t.get("meeting")).put("endTime", "07:00")),
                bad("two chairs", "meeting", t -> ((ArrayNode) t.get("meeting").get("participants"))
                        .add(t.get("meeting").get("participants").get(0).deepCopy())),
                bad("negative votes", "meeting.votesAgainst", t -> ((ObjectNode) t.get("meeting")).put("votesAgainst", -1)),
                bad("a recognising body that is not one", "recognisingBody.body",
                        t -> ((ObjectNode) t.get("recognisingBody")).put("body", "HUYEN")),
                bad("a recognising body given as a number", "recognisingBody.body",
                        t -> ((ObjectNode) t.get("recognisingBody")).put("body", 2)),
                bad("an unknown key of the recognising body", "recognisingBody.level",
                        t -> ((ObjectNode) t.get("recognisingBody")).put("level", "xã")),
                bad("a commendation of no kind", "commendations[0].kind",
                        t -> ((ObjectNode) t.get("commendations").get(0)).put("kind", "TEAM")),
                // the points are written before the pledges are matched: the whole import rolls back
                bad("a bad pledge after good points", "pledges[", t -> {
                    ((ObjectNode) t.get("items")).put("5c", 0).put("7", 1);
                    ((ObjectNode) t.get("registration")).putNull("unit");
                    ((ArrayNode) t.get("pledges")).addObject().put("name", "Người Cuối Cùng").put("date", "2026-03-01");
                }));
    }

    private static Arguments bad(String what, String path, Consumer<ObjectNode> change) {
        return Arguments.of(what, path, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFieldIsRefusedWholeInOneLineNamingItAndChangesNothing(String what, String path,
            Consumer<ObjectNode> change) throws Exception {
        String good = export(source);
        Path target = sameUnitAndStaff("target");
        String before = export(target);
        int audit;
        try (Store s = Store.open(target)) {
            audit = s.audit().all().size();
        }
        ObjectNode tree = (ObjectNode) AssessmentJson.mapper().readTree(good);
        change.accept(tree);
        Run r = run("import-assessment", write("bad.json", AssessmentJson.write(tree)).toString(), "--data-dir",
                target.toString());
        assertThat(r.code()).as(what).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).as(what).doesNotContain("\n").contains(path).doesNotContain("Exception");
        assertThat(export(target)).isEqualTo(before);
        try (Store s = Store.open(target)) {
            assertThat(s.audit().all()).hasSize(audit);
        }
    }

    @Test
    void aKeyTwiceOrAFileBeyondTheBudgetIsRefusedByTheStrictReader() throws Exception {
        Path target = sameUnitAndStaff("target");
        String before = export(target);
        String good = export(source);
        String twice = good.replaceFirst("\"items\" : \\{", "\"items\" : { \"5c\" : 0,");
        Run r = run("import-assessment", write("twice.json", twice).toString(), "--data-dir", target.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("twice.json").contains("“5c”").contains("hai lần");
        String deep = good.replaceFirst("\\{", "{ \"x\" : " + "[".repeat(40) + "]".repeat(40) + ",");
        Run d = run("import-assessment", write("deep.json", deep).toString(), "--data-dir", target.toString());
        assertThat(d.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(d.err()).contains("deep.json").contains("lồng nhau quá sâu");
        assertThat(export(target)).isEqualTo(before);
    }

    @Test
    void anOlderFileWithoutTheSectionsImportsItsPointsAndLeavesTheRestAlone() throws Exception {
        Path dir = tmp.resolve("old");
        try (Store s = Store.open(dir)) {
            s.unit().create(UnitProfile.minimal("Văn phòng Ủy ban nhân dân tỉnh", UnitType.CO_QUAN), YEAR);
            s.years().setRegistration(YEAR, LocalDate.of(YEAR, 1, 15));
        }
        Path example = Path.of(getClass().getResource("/examples/perfect-100.json").toURI());
        Run r = run("import-assessment", example.toString(), "--data-dir", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("items 17").contains("Giữ nguyên").contains("registration.unit").contains("pledges");
        // the example's facts (12 departments, all registered…) are not the records': said, never written
        assertThat(r.err()).contains("facts.departments trong tệp là 12, theo hồ sơ sau khi nhập là 0");
        try (Store s = Store.open(dir)) {
            assertThat(s.scores().ofYear(YEAR)).hasSize(17);
            assertThat(s.years().get(YEAR).orElseThrow().registeredOn()).isEqualTo(LocalDate.of(YEAR, 1, 15));
        }
        Run score = run("score", "--data-dir", dir.toString());
        assertThat(score.code()).isZero();
        assertThat(AssessmentJson.mapper().readTree(score.out()).get("items").get("7").asInt()).isEqualTo(10);
    }

    @Test
    void theExportOfAYearScoresAsTheYearDoes() throws Exception {
        Path f = write("year.json", export(source));
        Run fromFile = run("score", f.toString());
        Run fromData = run("score", "--data-dir", source.toString(), "--year", String.valueOf(YEAR));
        assertThat(fromFile.code()).as(fromFile.err()).isZero();
        assertThat(fromFile.out()).isEqualTo(fromData.out());
    }

    @Test
    void generateDemoTakesTheKindOfUnit() {
        Path agency = tmp.resolve("agency");
        Run r = run("generate-demo", "--staff", "30", "--type", "co_quan", "--evidence", "0", "--data-dir",
                agency.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (Store s = Store.open(agency)) {
            assertThat(s.unit().profile().orElseThrow().type()).isEqualTo(UnitType.CO_QUAN);
        }
        Run bad = run("generate-demo", "--staff", "30", "--type", "TRUONG", "--data-dir", tmp.resolve("x").toString());
        assertThat(bad.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(bad.err().strip()).isEqualTo("Loại đơn vị TRUONG không hợp lệ; dùng CO_QUAN, DOANH_NGHIEP hoặc CO_SO_GIAO_DUC.");
        assertThat(Files.exists(tmp.resolve("x"))).isFalse();
    }
}
