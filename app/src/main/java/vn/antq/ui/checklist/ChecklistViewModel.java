package vn.antq.ui.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.checklist.ChecklistEventType;
import vn.antq.domain.checklist.ChecklistResult;
import vn.antq.domain.checklist.CriterionStatus;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.Reason;
import vn.antq.domain.scoring.YearAssessment;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.ui.common.AnttStatus;
import vn.antq.ui.common.Dates;
import vn.antq.ui.common.UiContext;

/**
 * Tiêu chuẩn ANTT: the Circular 124 criteria of the unit's type answered yes/no with a note, the
 * listed events as dated records, the recognition decision; the verdict drives item 8c.
 */
public final class ChecklistViewModel {
    /** How a line of the checklist is shown. */
    public enum Kind {
        HEADING,
        ANSWER,
        EVENTS,
        NOT_APPLICABLE
    }

    /** One criterion or part; answer lines carry the answer and note as properties. */
    public static final class Line {
        private final ChecklistCriterion criterion;
        private final Kind kind;
        private final boolean part;
        private final ObjectProperty<Boolean> met = new SimpleObjectProperty<>();
        private final StringProperty note = new SimpleStringProperty("");
        private final ObjectProperty<CriterionStatus> status = new SimpleObjectProperty<>();

        Line(ChecklistCriterion criterion, Kind kind, boolean part) {
            this.criterion = criterion;
            this.kind = kind;
            this.part = part;
        }

        public ChecklistCriterion criterion() {
            return criterion;
        }

        public String code() {
            return criterion.code();
        }

        public Kind kind() {
            return kind;
        }

        public boolean isPart() {
            return part;
        }

        public ObjectProperty<Boolean> metProperty() {
            return met;
        }

        public StringProperty noteProperty() {
            return note;
        }

        public ObjectProperty<CriterionStatus> statusProperty() {
            return status;
        }
    }

    private final UiContext ctx;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final Map<String, Line> byCode = new HashMap<>();
    private final ObservableList<ChecklistEvent> events = FXCollections.observableArrayList();
    private final ObservableList<ChecklistEventType> eventTypes = FXCollections.observableArrayList();
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper achieved = new ReadOnlyBooleanWrapper(false);
    private final StringProperty recognitionNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> recognitionDate = new SimpleObjectProperty<>();
    private YearSnapshot snapshot;
    private ClassificationProfile profile;
    private UnitProfile unit;

    public ChecklistViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public void reload() {
        Integer year = ctx.year();
        if (year == null) {
            return;
        }
        // the checklist lists no person and no file: the year's compact assessment
        ctx.runner().run(p -> ctx.store().assessCompact(year), this::load, ctx::showError);
    }

    void load(YearAssessment assessment) {
        YearSnapshot snap = assessment.snapshot();
        this.profile = assessment.profile();
        boolean sameUnit = unit != null && unit.type() == snap.unit().type()
                && unit.hasPartyOrganisation() == snap.unit().hasPartyOrganisation();
        this.snapshot = snap;
        this.unit = snap.unit();
        if (!sameUnit) {
            List<Line> out = new ArrayList<>();
            byCode.clear();
            for (ChecklistCriterion c : ctx.checklist().criteria(unit.type())) {
                boolean applies = c.appliesTo(unit.hasPartyOrganisation(), unit.hasProtectionForce());
                Kind k = !applies ? Kind.NOT_APPLICABLE : c.derivedFromEvents() ? Kind.EVENTS
                        : c.hasParts() ? Kind.HEADING : Kind.ANSWER;
                out.add(line(c, k, false));
                for (ChecklistCriterion part : c.parts()) {
                    boolean pa = applies && part.appliesTo(unit.hasPartyOrganisation(), unit.hasProtectionForce());
                    out.add(line(part, pa ? Kind.ANSWER : Kind.NOT_APPLICABLE, true));
                }
            }
            lines.setAll(out);
            eventTypes.setAll(ctx.checklist().events(unit.type()));
        }
        Map<String, ChecklistAnswer> answers = new HashMap<>();
        for (ChecklistAnswer a : snap.checklistAnswers()) {
            answers.put(a.criterionCode(), a);
        }
        for (Line l : lines) {
            ChecklistAnswer a = answers.get(l.code());
            l.met.set(a == null ? null : a.met());
            l.note.set(a == null || a.note() == null ? "" : a.note());
        }
        events.setAll(snap.events());
        recognitionNumber.set(snap.year().recognitionDecision() == null ? "" : snap.year().recognitionDecision());
        recognitionDate.set(snap.year().recognitionDate());
        evaluate();
    }

    private Line line(ChecklistCriterion c, Kind k, boolean part) {
        Line l = new Line(c, k, part);
        byCode.put(c.code(), l);
        return l;
    }

    private void evaluate() {
        List<ChecklistAnswer> answers = new ArrayList<>();
        for (Line l : lines) {
            if (l.kind == Kind.ANSWER && (l.met.get() != null || !l.note.get().isEmpty())) {
                answers.add(new ChecklistAnswer(l.code(), l.met.get(), l.note.get()));
            }
        }
        YearSnapshot current = new YearSnapshot(snapshot.unit(), snapshot.year(), snapshot.departments(),
                snapshot.staff(), snapshot.scores(), answers, events, snapshot.commendations(), snapshot.meeting(),
                snapshot.evidence());
        YearAssessment a = YearAssessment.of(current, ctx.rubric(), ctx.checklist(), profile);
        ChecklistResult r = a.checklist();
        AnttStatus s = AnttStatus.of(a);
        for (Line l : lines) {
            l.status.set(r == null ? null : r.status(l.code()));
        }
        boolean pass = r != null && r.achieved();
        achieved.set(pass);
        boolean recognised = !recognitionNumber.get().isBlank();
        int max = ctx.rubric().item("8c").map(i -> i.max()).orElse(50);
        verdict.set(ctx.t(pass ? "ui.checklist.verdict.pass" : "ui.checklist.verdict.fail", s.clausesMet(),
                s.clausesTotal(), s.criteriaMet(), s.criteriaTotal(), s.unanswered(), s.events(),
                pass || recognised ? max : 0, max));
        List<String> out = new ArrayList<>();
        if (r != null) {
            for (Reason reason : r.reasons()) {
                out.add(reason.text(ctx.messages()));
            }
        }
        if (recognised) {
            out.add(0, ctx.t("ui.scoring.source.recognition", recognitionNumber.get(),
                    Dates.format(recognitionDate.get())));
        }
        reasons.setAll(out);
    }

    /** Answers a criterion (true met, false not met, null not answered) with its note; saved at once. */
    public void answer(String code, Boolean met, String note) {
        Line l = byCode.get(code);
        Integer year = ctx.year();
        if (l == null || l.kind != Kind.ANSWER || year == null) {
            return;
        }
        String n = VietnameseText.clean(note);
        l.met.set(met);
        l.note.set(n);
        evaluate();
        ctx.runner().run(p -> {
            ctx.store().checklist().setAnswer(year, code, met, n);
            return null;
        }, ok -> { }, e -> {
            ctx.showError(e);
            reload();
        });
    }

    /** Records a listed event; refusals (no date, excuse not allowed) come back as the message. */
    public Optional<String> addEvent(ChecklistEventType type, LocalDate date, String description, boolean excused) {
        if (type == null) {
            return Optional.of(ctx.t("ui.checklist.error.eventType"));
        }
        if (date == null) {
            return Optional.of(ctx.t("ui.checklist.error.eventDate"));
        }
        if (excused && !type.excusable()) {
            return Optional.of(ctx.t("ui.checklist.error.excuse"));
        }
        Integer year = ctx.year();
        ctx.runner().run(p -> ctx.store().checklist().addEvent(year, type.code(), date, VietnameseText.clean(description), excused), ev -> {
            events.add(ev);
            evaluate();
        }, ctx::showError);
        return Optional.empty();
    }

    public void removeEvent(ChecklistEvent ev) {
        ctx.runner().run(p -> {
            ctx.store().checklist().removeEvent(ev.id());
            return null;
        }, ok -> {
            events.remove(ev);
            evaluate();
        }, ctx::showError);
    }

    /** Records (or clears, with a blank number) the decision recognising the standard. */
    public void saveRecognition(String number, LocalDate date) {
        Integer year = ctx.year();
        String n = VietnameseText.clean(number);
        ctx.runner().run(p -> ctx.store().years().setRecognition(year, n, date), y -> {
            recognitionNumber.set(y.recognitionDecision() == null ? "" : y.recognitionDecision());
            recognitionDate.set(y.recognitionDate());
            evaluate();
        }, ctx::showError);
    }

    public String eventTypeText(String code) {
        if (unit == null) {
            return code;
        }
        return ctx.checklist().eventType(unit.type(), code)
                .map(t -> t.point() + ") " + t.label().in(ctx.messages().locale())).orElse(code);
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public Optional<Line> line(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public ObservableList<ChecklistEvent> events() {
        return events;
    }

    public ObservableList<ChecklistEventType> eventTypes() {
        return eventTypes;
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty achievedProperty() {
        return achieved.getReadOnlyProperty();
    }

    public StringProperty recognitionNumberProperty() {
        return recognitionNumber;
    }

    public ObjectProperty<LocalDate> recognitionDateProperty() {
        return recognitionDate;
    }
}
