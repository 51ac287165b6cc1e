package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.cli.Cli;
import vn.antq.domain.Progress;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.scoring.Classification;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.dossier.DossierExporter;
import vn.antq.dossier.DossierFormat;
import vn.antq.dossier.DossierResult;
import vn.antq.dossier.StoreDossier;
import vn.antq.rules.ChecklistLoader;
import vn.antq.storage.Store;
import vn.antq.storage.StoreOptions;
import vn.antq.ui.common.Stores;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.overview.OverviewViewModel;
import vn.antq.ui.scoring.ScoringViewModel;

/**
 * The screens, {@code score --year} and the package agree on a year whose rules are not the shipped
 * ones: a province's classification profile and a checklist of fewer criteria. All three take the
 * year's assessment from one place, so they also all differ from what the shipped rules would give.
 */
class AssessmentAgreementTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int YEAR = 2026;
    static final String PROVINCE = "{\"format\":\"antq-profile/1\",\"id\":\"tinh-y-2026\","
            + "\"name\":{\"vi\":\"Ngưỡng Công an tỉnh Y\"},\"levels\":["
            + "{\"code\":\"XUAT_SAC\",\"min\":90,\"label\":{\"vi\":\"Xuất sắc\"}},"
            + "{\"code\":\"KHA\",\"min\":55,\"label\":{\"vi\":\"Khá\"}},"
            + "{\"code\":\"TRUNG_BINH\",\"min\":30,\"label\":{\"vi\":\"Trung bình\"}},"
            + "{\"code\":\"YEU\",\"min\":0,\"label\":{\"vi\":\"Yếu\"}}]}";

    @TempDir
    Path tmp;

    /** The shipped checklist with Article 6 cut to clauses 2 and 3: answering clause 2 "met" passes it. */
    static Checklist shorterChecklist() throws Exception {
        ObjectNode root;
        try (InputStream in = AssessmentAgreementTest.class.getResourceAsStream(ChecklistLoader.DEFAULT_CHECKLIST)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        root.put("id", "tinh-y-rut-gon");
        ObjectNode article6 = (ObjectNode) root.get("lists").get(0);
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode c : article6.get("criteria")) {
            String code = c.get("code").asText();
            if (code.equals("D6.2") || code.equals("D6.3")) {
                kept.add(c);
            }
        }
        article6.set("criteria", kept);
        return ChecklistLoader.load(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "rut-gon.json");
    }

    @Test
    void screensScoreCommandAndPackageAgreeOnAProvinceProfileAndAnotherChecklist() throws Exception {
        Checklist checklist = shorterChecklist();
        StoreOptions options = StoreOptions.defaults().withChecklist(checklist);
        Path data = tmp.resolve("data");
        try (Store store = Stores.open(data, options)) {
            store.unit().create(UnitProfile.minimal("Công ty TNHH Sông Hồng", UnitType.DOANH_NGHIEP), YEAR);
            store.years().setRegistration(YEAR, LocalDate.of(YEAR, 1, 10));
            Department d = store.departments().add("Phòng Kỹ thuật");
            store.departments().setRegistration(YEAR, d.id(), true, LocalDate.of(YEAR, 1, 12));
            store.checklist().setAnswer(YEAR, "D6.2", true, "");
            store.scores().set(YEAR, "1", 3, "");
            store.years().saveProfile(PROVINCE);
            store.years().setProfile(YEAR, "tinh-y-2026");

            var assessment = store.assess(YEAR);
            assertThat(assessment.checklistPasses()).as("the shorter checklist passes").isTrue();
            assertThat(assessment.score().points("8c")).isEqualTo(50);
            int total = assessment.score().total();
            Classification level = assessment.score().classification();
            assertThat(level).as("the province's threshold, not Decision 510's").isEqualTo(Classification.KHA);
            try (Store shipped = Store.open(tmp.resolve("other"))) {
                // the same records under the shipped rules: the checklist fails, the default profile applies
                shipped.unit().create(UnitProfile.minimal("Công ty TNHH Sông Hồng", UnitType.DOANH_NGHIEP), YEAR);
                shipped.checklist().setAnswer(YEAR, "D6.2", true, "");
                assertThat(shipped.assess(YEAR).checklistPasses()).isFalse();
                assertThat(shipped.options().defaultProfile().level(Classification.KHA).minPoints())
                        .isGreaterThan(total);
            }

            UiContext ctx = UiFixtures.context(store, "vi");
            OverviewViewModel overview = new OverviewViewModel(ctx);
            overview.reload();
            assertThat(overview.totalPoints()).as("Tổng quan").isEqualTo(total);
            assertThat(overview.anttPasses()).isTrue();
            assertThat(overview.levelProperty().get()).isEqualTo("Khá");
            ScoringViewModel scoring = ScoringViewModel.forStore(ctx);
            scoring.reload(() -> { });
            assertThat(scoring.result().total()).as("Chấm điểm").isEqualTo(total);
            assertThat(scoring.result().classification()).isEqualTo(level);
            assertThat(scoring.result().profileId()).isEqualTo("tinh-y-2026");

            DossierResult exported = new DossierExporter().export(StoreDossier.request(store, YEAR, tmp.resolve("out"))
                    .withFormats(EnumSet.of(DossierFormat.ZIP)), Progress.NONE);
            try (ZipFile zip = new ZipFile(exported.files().get(0).toFile())) {
                JsonNode manifest = JSON.readTree(zip.getInputStream(zip.getEntry("manifest.json")));
                assertThat(manifest.get("result").get("total").asInt()).as("the package").isEqualTo(total);
                assertThat(manifest.get("result").get("classification").asText()).isEqualTo(level.name());
                assertThat(manifest.get("result").get("anttAchieved").asBoolean()).isTrue();
                assertThat(manifest.get("profile").get("id").asText()).isEqualTo("tinh-y-2026");
                JsonNode facts = JSON.readTree(zip.getInputStream(zip.getEntry("assessment.json"))).get("facts");
                assertThat(facts.get("anttAchieved").asBoolean()).isTrue();
            }
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), options)
                .execute("score", "--year", String.valueOf(YEAR), "--data-dir", data.toString());
        assertThat(exit).as(err.toString()).isZero();
        JsonNode cli = JSON.readTree(out.toString().getBytes(StandardCharsets.UTF_8));
        try (Store store = Store.open(data, options)) {
            assertThat(cli.get("total").asInt()).as("score --year").isEqualTo(store.assess(YEAR).score().total());
        }
        assertThat(cli.get("classification").asText()).isEqualTo("KHA");
        assertThat(cli.get("profile").asText()).isEqualTo("tinh-y-2026");
        assertThat(cli.get("items").get("8c").asInt()).isEqualTo(50);
    }
}
