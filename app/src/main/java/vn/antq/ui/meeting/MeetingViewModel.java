package vn.antq.ui.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import vn.antq.domain.Dates;
import vn.antq.domain.DomainException;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.ui.common.FormScreen;
import vn.antq.ui.common.UiContext;

/** Họp đánh giá: the year-end review meeting the dossier's minutes are made from. */
public final class MeetingViewModel implements FormScreen.Model {
    private final UiContext ctx;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("");
    private final StringProperty endTime = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty opinions = new SimpleStringProperty("");
    private final StringProperty votesTotal = new SimpleStringProperty("");
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final StringProperty conclusions = new SimpleStringProperty("");
    private final StringProperty votesFor = new SimpleStringProperty("");
    private final StringProperty votesAgainst = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The meeting as stored (null: the year has none). */
    private final javafx.beans.property.ReadOnlyObjectWrapper<ReviewMeeting> stored =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private boolean loading;

    public MeetingViewModel(UiContext ctx) {
        this.ctx = ctx;
        for (javafx.beans.Observable p : List.<javafx.beans.Observable>of(date, startTime, endTime, location,
                opinions, conclusions, votesFor, votesAgainst, votesTotal)) {
            p.addListener(o -> touched());
        }
        participants.addListener((ListChangeListener<Participant>) c -> touched());
    }

    private void touched() {
        if (!loading) {
            dirty.set(true);
            message.set("");
        }
    }

    public void reload() {
        Integer year = ctx.year();
        if (year == null) {
            return;
        }
        ctx.runner().run(p -> ctx.store().meetings().meeting(year), m -> fill(m.orElse(null)), ctx::showError);
    }

    void fill(ReviewMeeting m) {
        stored.set(m);
        loading = true;
        try {
            date.set(m == null ? null : m.date());
            startTime.set(m == null ? "" : Dates.format(m.startTime()));
            endTime.set(m == null ? "" : Dates.format(m.endTime()));
            location.set(m == null || m.location() == null ? "" : m.location());
            opinions.set(m == null || m.opinions() == null ? "" : m.opinions());
            votesTotal.set(m == null || m.votesTotal() == null ? "" : String.valueOf(m.votesTotal()));
            participants.setAll(m == null ? List.of() : m.participants());
            conclusions.set(m == null || m.conclusions() == null ? "" : m.conclusions());
            votesFor.set(m == null || m.votesFor() == null ? "" : String.valueOf(m.votesFor()));
            votesAgainst.set(m == null || m.votesAgainst() == null ? "" : String.valueOf(m.votesAgainst()));
        } finally {
            loading = false;
        }
        dirty.set(false);
    }

    /** Adds a participant; a blank name, or a second chair or secretary, comes back as the message to show. */
    public Optional<String> addParticipant(ParticipantRole role, String name, String title) {
        if (VietnameseText.clean(name).isEmpty()) {
            return Optional.of(ctx.t("ui.meeting.error.name"));
        }
        if ((role == ParticipantRole.CHAIR || role == ParticipantRole.SECRETARY)
                && participants.stream().anyMatch(p -> p.role() == role)) {
            return Optional.of(ctx.t(role == ParticipantRole.CHAIR ? "meeting.invalid.twoChairs"
                    : "meeting.invalid.twoSecretaries"));
        }
        participants.add(new Participant(role == null ? ParticipantRole.OTHER : role, VietnameseText.clean(name),
                VietnameseText.clean(title)));
        return Optional.empty();
    }

    public void removeParticipant(Participant p) {
        participants.remove(p);
    }

    private static Integer votes(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        int v = Integer.parseInt(t);
        if (v < 0) {
            throw new NumberFormatException(t);
        }
        return v;
    }

    /**
     * Saves the meeting (one transaction). Bad input (no date, a time not written as hours:minutes, a
     * count that is not a whole number, and what {@link ReviewMeeting#cleaned()} refuses) comes back as
     * the one message to show, and nothing is saved.
     */
    public Optional<String> save() {
        Integer year = ctx.year();
        if (date.get() == null) {
            return Optional.of(ctx.t("ui.meeting.error.date"));
        }
        LocalTime start = Dates.parseTime(startTime.get());
        if (start == null && !blank(startTime.get())) {
            return Optional.of(ctx.t("ui.meeting.error.startTime", startTime.get().strip()));
        }
        LocalTime end = Dates.parseTime(endTime.get());
        if (end == null && !blank(endTime.get())) {
            return Optional.of(ctx.t("ui.meeting.error.endTime", endTime.get().strip()));
        }
        Integer vf;
        Integer va;
        Integer vt;
        try {
            vf = votes(votesFor.get());
            va = votes(votesAgainst.get());
            vt = votes(votesTotal.get());
        } catch (NumberFormatException e) {
            return Optional.of(ctx.t("ui.meeting.error.votes"));
        }
        ReviewMeeting m;
        try {
            m = new ReviewMeeting(date.get(), start, end, location.get(), List.copyOf(participants), opinions.get(),
                    conclusions.get(), vf, va, vt).cleaned();
        } catch (DomainException e) {
            return Optional.of(e.message(ctx.messages()));
        }
        ctx.runner().run(p -> ctx.store().meetings().saveMeeting(year, m), saved -> {
            fill(saved);
            message.set(ctx.t("ui.settings.saved"));
        }, ctx::showError);
        return Optional.empty();
    }

    /** The question asked once before {@link #delete()}: which meeting, and what stays. */
    public String deleteQuestion() {
        ReviewMeeting m = stored.get();
        return ctx.t("ui.meeting.delete.text", m == null ? "" : Dates.format(m.date()));
    }

    /**
     * Deletes the year's meeting record (one audited transaction); the form empties, unsaved edits
     * included. The dossier then has no Biên bản data until a meeting is entered again.
     */
    public void delete() {
        Integer year = ctx.year();
        if (year == null || stored.get() == null) {
            return;
        }
        ctx.runner().run(p -> ctx.store().meetings().deleteMeeting(year), ok -> {
            fill(null);
            message.set(ctx.t("ui.meeting.deleted"));
        }, ctx::showError);
    }

    /** The meeting as stored, null when the year has none (the delete button is off then). */
    public javafx.beans.property.ReadOnlyObjectProperty<ReviewMeeting> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String roleText(ParticipantRole r) {
        return switch (r) {
            case CHAIR -> ctx.t("ui.meeting.role.CHAIR");
            case PARTY_COMMITTEE -> ctx.t("ui.meeting.role.PARTY_COMMITTEE");
            case MASS_ORGANISATION -> ctx.t("ui.meeting.role.MASS_ORGANISATION");
            case PROTECTION_FORCE -> ctx.t("ui.meeting.role.PROTECTION_FORCE");
            case COMMUNE_POLICE -> ctx.t("ui.meeting.role.COMMUNE_POLICE");
            case MANAGING_AUTHORITY -> ctx.t("ui.meeting.role.MANAGING_AUTHORITY");
            case SECRETARY -> ctx.t("ui.meeting.role.SECRETARY");
            case OTHER -> ctx.t("ui.meeting.role.OTHER");
        };
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    public StringProperty opinionsProperty() {
        return opinions;
    }

    public StringProperty votesTotalProperty() {
        return votesTotal;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public ObservableList<Participant> participants() {
        return participants;
    }

    public StringProperty conclusionsProperty() {
        return conclusions;
    }

    public StringProperty votesForProperty() {
        return votesFor;
    }

    public StringProperty votesAgainstProperty() {
        return votesAgainst;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
