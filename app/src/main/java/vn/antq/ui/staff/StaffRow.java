package vn.antq.ui.staff;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.antq.domain.unit.StaffPledge;

/** A staff member's line in the table, with their pledge for the selected year as properties. */
public final class StaffRow {
    private final StaffPledge pledge;
    private final BooleanProperty signed;
    private final ObjectProperty<LocalDate> date;
    /** The pledge as last written: the check box flips {@link #signed} before the write is asked for. */
    private boolean savedSigned;

    StaffRow(StaffPledge pledge) {
        this.pledge = pledge;
        this.savedSigned = pledge.signed();
        this.signed = new SimpleBooleanProperty(pledge.signed());
        this.date = new SimpleObjectProperty<>(pledge.date());
    }

    public StaffPledge pledge() {
        return pledge;
    }

    public long id() {
        return pledge.staff().id();
    }

    public String name() {
        return pledge.staff().fullName();
    }

    public String position() {
        return pledge.staff().position() == null ? "" : pledge.staff().position();
    }

    /**
     * Name and position folded for search (no marks, lower case), made once per row: folding 5,000
     * names at every keystroke took most of a keystroke's time on a large unit.
     */
    public String searchKey() {
        if (searchKey == null) {
            searchKey = vn.antq.domain.VietnameseText.fold(name()) + "\n" + vn.antq.domain.VietnameseText.fold(position());
        }
        return searchKey;
    }

    private String searchKey;

    public String department() {
        return pledge.departmentName();
    }

    public Long departmentId() {
        return pledge.staff().departmentId();
    }

    public boolean hasScan() {
        return pledge.evidenceSha() != null;
    }

    public BooleanProperty signedProperty() {
        return signed;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    boolean savedSigned() {
        return savedSigned;
    }

    void saved(boolean signedNow, LocalDate dateNow) {
        savedSigned = signedNow;
        signed.set(signedNow);
        date.set(dateNow);
    }
}
