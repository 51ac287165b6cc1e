package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.unit.UnitProfile;

/**
 * Answers and events of another unit type's list (recorded before the unit's type changed) in a real
 * store: the screens' writes refuse them, the writes of a year file coming back keep them as recorded
 * (audited as any answer), a code of no list is refused and changes nothing, and such an answer can
 * always be cleared.
 */
class RecordedChecklistTest {
    private static final int YEAR = 2026;

    @TempDir
    Path dir;

    @Test
    void anotherTypesAnswerIsKeptOnlyAsRecordedAndCanAlwaysBeCleared() {
        try (Store store = Store.open(dir)) {
            store.unit().create(UnitProfile.minimal("Trường THCS Hòa Bình", UnitType.CO_SO_GIAO_DUC), YEAR);
            assertThatThrownBy(() -> store.checklist().setAnswer(YEAR, "D6.1a", true, ""))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.key()).isEqualTo("checklist.error.unknownCriterion"));
            assertThatThrownBy(() -> store.checklist().addEvent(YEAR, "D6.3d", LocalDate.of(YEAR, 3, 4), "", false))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.key()).isEqualTo("checklist.error.unknownEvent"));

            store.checklist().setRecordedAnswer(YEAR, "D6.1a", true, "Nghị quyết số 5");
            ChecklistEvent e = store.checklist().addRecordedEvent(YEAR, "D6.3d", LocalDate.of(YEAR, 3, 4), "Cháy nhỏ",
                    false);
            assertThat(store.checklist().answers(YEAR)).extracting(a -> a.criterionCode() + "=" + a.met() + " " + a.note())
                    .containsExactly("D6.1a=true Nghị quyết số 5");
            assertThat(store.checklist().events(YEAR)).containsExactly(e);
            assertThat(store.audit().ofYear(YEAR)).filteredOn(a -> a.area() == AuditArea.CHECKLIST_ANSWER)
                    .singleElement().satisfies(a -> assertThat(a.newValue()).isEqualTo("true | Nghị quyết số 5"));
            // it does not count: the school has answered nothing of its own list
            assertThat(store.facts(YEAR).anttAchieved()).isFalse();
            assertThat(store.checklistResult(YEAR).orElseThrow().disqualifyingEvents()).isEmpty();

            int audit = store.audit().all().size();
            assertThatThrownBy(() -> store.checklist().setRecordedAnswer(YEAR, "D9.1", true, ""))
                    .isInstanceOfSatisfying(DomainException.class,
                            x -> assertThat(x.key()).isEqualTo("checklist.error.unknownCriterionAnyList"));
            assertThatThrownBy(() -> store.checklist().addRecordedEvent(YEAR, "D6.3z", LocalDate.of(YEAR, 3, 4), "", false))
                    .isInstanceOfSatisfying(DomainException.class,
                            x -> assertThat(x.key()).isEqualTo("checklist.error.unknownEventAnyList"));
            assertThat(store.audit().all()).hasSize(audit);
            assertThat(store.checklist().answers(YEAR)).hasSize(1);

            // the screens' write clears it (an import whose file no longer has it does the same)
            store.checklist().setAnswer(YEAR, "D6.1a", null, "");
            assertThat(store.checklist().answers(YEAR)).isEmpty();
            store.checklist().removeEvent(e.id());
            assertThat(store.checklist().events(YEAR)).isEmpty();
        }
    }
}
