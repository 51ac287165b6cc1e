package vn.antq.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.i18n.Messages;
import vn.antq.rules.ChecklistLoader;
import vn.antq.rules.RulesLoader;

/** The guide is made from the rules data and the deadlines, in both languages, and searchable without accents. */
class GuideContentTest {
    static final Rubric RUBRIC = RulesLoader.defaultRubric();
    static final Checklist CHECKLIST = ChecklistLoader.defaultChecklist();

    private static List<GuideContent.Section> vi(Map<String, String> settings) {
        return GuideContent.build(Messages.vietnamese(), RUBRIC, CHECKLIST, 2026, settings, UnitType.CO_SO_GIAO_DUC);
    }

    private static GuideContent.Section section(List<GuideContent.Section> all, String id) {
        return all.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String text(GuideContent.Section s) {
        StringBuilder b = new StringBuilder();
        s.entries().forEach(e -> b.append(e.heading()).append('\n').append(e.body()).append('\n'));
        return b.toString();
    }

    @Test
    void theYearIsStepByStepWithThisYearsDeadlinesAsSet() {
        var all = vi(Map.of());
        assertThat(all).extracting(GuideContent.Section::id)
                .containsExactly("year", "rubric", "checklist", "import", "export");
        String year = text(section(all, "year"));
        assertThat(year).contains("31/03/2026", "20/11/2026", "30/11/2026");
        // a deadline moved in the settings moves in the guide
        assertThat(text(section(vi(Map.of("deadline.recognition", "11-15")), "year")))
                .contains("15/11/2026").doesNotContain("20/11/2026");
    }

    @Test
    void everyRubricItemAndEveryCriterionIsExplainedFromTheData() {
        var all = vi(Map.of());
        String rubric = text(section(all, "rubric"));
        int items = 0;
        for (RubricItem i : RUBRIC.items()) {
            assertThat(rubric).contains(i.title().vi());
            items++;
            for (RubricItem c : i.children()) {
                assertThat(rubric).contains(c.title().vi());
                if (c.hint() != null) {
                    assertThat(rubric).contains(c.hint().vi());
                }
                items++;
            }
        }
        assertThat(section(all, "rubric").entries()).hasSize(items);
        assertThat(rubric).contains("Mục 8c — tối đa 50 điểm", "Tiêu chuẩn ANTT");
        var checklist = section(all, "checklist");
        assertThat(checklist.entries()).hasSize(CHECKLIST.criteria(UnitType.CO_SO_GIAO_DUC).size() + 1);
        String text = text(checklist);
        CHECKLIST.criteria(UnitType.CO_SO_GIAO_DUC).forEach(c -> {
            assertThat(text).contains(c.text().vi());
            c.parts().forEach(p -> assertThat(text).contains(p.text().vi()));
        });
        // the import steps name the buttons as the screens show them
        assertThat(text(section(all, "import"))).contains("“Nhập từ Excel…”", "“Tải mẫu danh sách…”")
                .doesNotContain("_");
    }

    @Test
    void theEnglishVersionIsWhollyEnglish() {
        var en = GuideContent.build(Messages.english(), RUBRIC, CHECKLIST, 2026, Map.of(), UnitType.CO_QUAN);
        assertThat(en.get(0).title()).isEqualTo("The assessment year 2026, step by step");
        String rubric = text(section(en, "rubric"));
        assertThat(rubric).contains(RUBRIC.items().get(0).title().en()).doesNotContain(RUBRIC.items().get(0).title().vi());
        assertThat(text(section(en, "import"))).contains("“Import from Excel…”");
    }

    @Test
    void searchIgnoresAccentsAndCaseAndNeedsEveryWord() {
        var all = vi(Map.of());
        var found = GuideContent.search(all, "KY CAM KET quy i");
        assertThat(found).extracting(GuideContent.Section::id).contains("year");
        assertThat(found.get(0).entries()).allSatisfy(e -> assertThat(e.matches("ký cam kết quý I")).isTrue());
        assertThat(section(found, "year").entries()).hasSize(1);
        assertThat(GuideContent.search(all, "xyzzy không có")).isEmpty();
        assertThat(GuideContent.search(all, "  ")).hasSameSizeAs(all);
    }
}
