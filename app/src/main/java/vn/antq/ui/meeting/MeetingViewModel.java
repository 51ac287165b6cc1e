package vn.antq.ui.meeting;

import java.time.LocalDate;
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
    private final StringProperty location = new SimpleStringProperty("");
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final StringProperty conclusions = new SimpleStringProperty("");
    private final StringProperty votesFor = new SimpleStringProperty("");
    private final StringProperty votesAgainst = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean loading;

    public MeetingViewModel(UiContext ctx) {
        this.ctx = ctx;
        for (javafx.beans.Observable p : List.<javafx.beans.Observable>of(date, location, conclusions, votesFor,
                votesAgainst)) {
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
        loading = true;
        try {
            date.set(m == null ? null : m.date());
            location.set(m == null || m.location() == null ? "" : m.location());
            participants.setAll(m == null ? List.of() : m.participants());
            conclusions.set(m == null || m.conclusions() == null ? "" : m.conclusions());
            votesFor.set(m == null || m.votesFor() == null ? "" : String.valueOf(m.votesFor()));
            votesAgainst.set(m == null || m.votesAgainst() == null ? "" : String.valueOf(m.votesAgainst()));
        } finally {
            loading = false;
        }
        dirty.set(false);
    }

    /** Adds a participant; a blank name comes back as the message to show. */
    public Optional<String> addParticipant(ParticipantRole role, String name, String title) {
        if (VietnameseText.clean(name).isEmpty()) {
            return Optional.of(ctx.t("ui.meeting.error.name"));
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

    /** Saves the meeting (one transaction); bad input comes back as the message to show. */
    public Optional<String> save() {
        Integer year = ctx.year();
        if (date.get() == null) {
            return Optional.of(ctx.t("ui.meeting.error.date"));
        }
        Integer vf;
        Integer va;
        try {
            vf = votes(votesFor.get());
            va = votes(votesAgainst.get());
        } catch (NumberFormatException e) {
            return Optional.of(ctx.t("ui.meeting.error.votes"));
        }
        ReviewMeeting m = new ReviewMeeting(date.get(), VietnameseText.clean(location.get()), List.copyOf(participants),
                VietnameseText.cleanLines(conclusions.get()), vf, va);
        ctx.runner().run(p -> ctx.store().meetings().saveMeeting(year, m), saved -> {
            fill(saved);
            message.set(ctx.t("ui.settings.saved"));
        }, ctx::showError);
        return Optional.empty();
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
