package vn.antq.storage;

import static vn.antq.storage.UnitRepository.unitRow;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.antq.domain.Dates;
import vn.antq.domain.DomainException;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.domain.unit.RecordDates;
import vn.antq.domain.unit.YearState;
import vn.antq.rules.RulesLoader;

/**
 * Assessment years (state, registration, recognition, profile in force) and saved classification
 * profiles (tables {@code assessment_year}, {@code classification_profile}). Reached through
 * {@link Store#years()}, inside its transactions.
 */
public final class YearRepository {
    private final Store store;

    YearRepository(Store store) {
        this.store = store;
    }

    static void checkYearNumber(int year) {
        if (year < Store.MIN_YEAR || year > Store.MAX_YEAR) {
            throw new StoreException("store.year.invalid", String.valueOf(year), Store.MIN_YEAR, Store.MAX_YEAR);
        }
    }

    /**
     * Refuses a registration or pledge date outside the year's window ({@link RecordDates}): a
     * typing slip, never a fact of this year. Null (no date) passes.
     */
    static void checkRecordDate(int year, LocalDate date) {
        if (date != null && !RecordDates.accepts(year, date)) {
            throw new StoreException("store.date.outsideYear", Dates.format(date), String.valueOf(year),
                    Dates.format(RecordDates.first(year)), Dates.format(RecordDates.last(year)));
        }
    }

    static AssessmentYear requireYear(Connection c, int year) throws SQLException {
        return yearRow(c, year).orElseThrow(() -> new StoreException("store.year.missing", String.valueOf(year)));
    }

    private static AssessmentYear mapYear(ResultSet rs) throws SQLException {
        return new AssessmentYear(rs.getInt("year"), YearState.valueOf(rs.getString("state")),
                rs.getString("profile_id"), Values.date(rs.getString("registered_on")),
                rs.getString("recognition_decision"), Values.date(rs.getString("recognition_date")));
    }

    static Optional<AssessmentYear> yearRow(Connection c, int year) throws SQLException {
        return Sql.one(c, "SELECT * FROM assessment_year WHERE year = ?", YearRepository::mapYear, year);
    }

    /** All assessment years, oldest first. */
    public List<AssessmentYear> list() {
        return store.read(c -> Sql.query(c, "SELECT * FROM assessment_year ORDER BY year", YearRepository::mapYear));
    }

    public Optional<AssessmentYear> get(int year) {
        return store.read(c -> yearRow(c, year));
    }

    /** The most recent assessment year, if any. */
    public Optional<Integer> latest() {
        return store.read(c -> Sql.one(c, "SELECT year FROM assessment_year ORDER BY year DESC LIMIT 1",
                rs -> rs.getInt(1)));
    }

    /**
     * Starts a new assessment year (draft, with the profile of the latest year). Departments and
     * staff belong to the unit and so carry over; registrations, pledges, scores, answers, events,
     * commendations and the meeting are per year and start empty.
     */
    public AssessmentYear start(int newYear) {
        checkYearNumber(newYear);
        String defaultProfile = store.options().defaultProfile().id();
        return store.write(c -> {
            if (unitRow(c).isEmpty()) {
                throw new StoreException("store.unit.missing");
            }
            if (yearRow(c, newYear).isPresent()) {
                throw new StoreException("store.year.exists", String.valueOf(newYear));
            }
            String profile = Sql.scalarText(c, "SELECT profile_id FROM assessment_year ORDER BY year DESC LIMIT 1");
            Sql.update(c, "INSERT INTO assessment_year (year, state, profile_id) VALUES (?, ?, ?)", newYear,
                    YearState.DRAFT, profile == null ? defaultProfile : profile);
            return requireYear(c, newYear);
        });
    }

    public AssessmentYear setState(int year, YearState state) {
        Objects.requireNonNull(state, "state");
        return store.write(c -> {
            AssessmentYear old = requireYear(c, year);
            Sql.update(c, "UPDATE assessment_year SET state = ? WHERE year = ?", state, year);
            store.audit(c, year, AuditArea.YEAR_STATE, String.valueOf(year), old.state().name(), state.name());
            return requireYear(c, year);
        });
    }

    /** Records (or clears, with null) the unit's registration to strive for the standard (item 8a). */
    public AssessmentYear setRegistration(int year, LocalDate dateOrNull) {
        checkRecordDate(year, dateOrNull);
        return store.write(c -> {
            AssessmentYear old = requireYear(c, year);
            Sql.update(c, "UPDATE assessment_year SET registered_on = ? WHERE year = ?", dateOrNull, year);
            store.audit(c, year, AuditArea.UNIT_REGISTRATION, String.valueOf(year), Values.iso(old.registeredOn()),
                    Values.iso(dateOrNull));
            return requireYear(c, year);
        });
    }

    /** The date the year's documents carry, once chosen (issue 13); empty before the first export. */
    public Optional<LocalDate> documentDate(int year) {
        return store.read(c -> {
            requireYear(c, year);
            List<String> d = Sql.query(c, "SELECT document_date FROM assessment_year WHERE year = ?",
                    rs -> rs.getString(1), year);
            return Optional.ofNullable(d.isEmpty() ? null : Values.date(d.get(0)));
        });
    }

    /** Keeps the date the year's documents carry (null clears it: the next export uses its own day). */
    public void setDocumentDate(int year, LocalDate dateOrNull) {
        store.write(c -> {
            requireYear(c, year);
            Sql.update(c, "UPDATE assessment_year SET document_date = ? WHERE year = ?", dateOrNull, year);
            return null;
        });
    }

    /** Records the decision recognising the standard (number and date); a blank number clears it. */
    public AssessmentYear setRecognition(int year, String decision, LocalDate date) {
        String d = VietnameseText.clean(decision);
        LocalDate dt = d.isEmpty() ? null : date;
        return store.write(c -> {
            AssessmentYear old = requireYear(c, year);
            Sql.update(c, "UPDATE assessment_year SET recognition_decision = ?, recognition_date = ? WHERE year = ?",
                    d, dt, year);
            store.audit(c, year, AuditArea.RECOGNITION, String.valueOf(year),
                    value(old.recognitionDecision(), Values.iso(old.recognitionDate())), value(d, Values.iso(dt)));
            return requireYear(c, year);
        });
    }

    private static String value(String a, String b) {
        if ((a == null || a.isEmpty()) && b == null) {
            return null;
        }
        return b == null ? a : a + " | " + b;
    }

    /** Sets the classification profile in force for a year (the default one or a saved one). */
    public AssessmentYear setProfile(int year, String profileId) {
        String id = VietnameseText.clean(profileId);
        String defaultProfile = store.options().defaultProfile().id();
        return store.write(c -> {
            AssessmentYear old = requireYear(c, year);
            if (!id.equals(defaultProfile) && Sql.scalarText(c, "SELECT id FROM classification_profile WHERE id = ?",
                    id) == null) {
                throw new StoreException("store.profile.missing", id);
            }
            Sql.update(c, "UPDATE assessment_year SET profile_id = ? WHERE year = ?", id, year);
            store.audit(c, year, AuditArea.PROFILE, String.valueOf(year), old.profileId(), id);
            return requireYear(c, year);
        });
    }


    /**
     * Saves a classification profile file (antq-profile/1 JSON, e.g. one the provincial police hands
     * out) after checking it against the rubric; replaces a saved profile with the same id.
     */
    public ClassificationProfile saveProfile(String json) {
        ClassificationProfile p = parseProfile(json, "profile.json");
        String defaultProfile = store.options().defaultProfile().id();
        if (p.id().equals(defaultProfile)) {
            throw new StoreException("store.profile.reserved", p.id());
        }
        store.write(c -> Sql.update(c, "INSERT INTO classification_profile (id, json, saved_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at", p.id(), json,
                store.now()));
        return p;
    }

    private ClassificationProfile parseProfile(String json, String source) {
        try {
            return RulesLoader.profile(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source,
                    store.options().rubric());
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // a field the loader did not expect to be missing
            throw new StoreException(e, "store.profile.invalid", source, String.valueOf(e.getMessage()));
        }
    }

    /** The JSON of a saved profile. */
    public Optional<String> profileJson(String id) {
        return store.read(c -> Optional.ofNullable(Sql.scalarText(c, "SELECT json FROM classification_profile WHERE id = ?",
                VietnameseText.clean(id))));
    }

    /** Ids of the saved profiles (the default one is not stored). */
    public List<String> profileIds() {
        return store.read(c -> Sql.query(c, "SELECT id FROM classification_profile ORDER BY id", rs -> rs.getString(1)));
    }

    /** The profile in force for a year: the saved one it names, else the default profile. */
    public ClassificationProfile classificationProfile(int year) {
        String json = store.read(c -> {
            AssessmentYear y = requireYear(c, year);
            return y.profileId() == null ? null
                    : Sql.scalarText(c, "SELECT json FROM classification_profile WHERE id = ?", y.profileId());
        });
        return json == null ? store.options().defaultProfile() : parseProfile(json, "profile");
    }
}
