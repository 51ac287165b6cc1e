package vn.antq.dossier;

import java.util.List;

/**
 * The Circular 124 checklist as the dossier prints it: the criteria of the unit's type (Điều 6 or 7)
 * and the listed events, in the regulation's order. Kept apart from the checklist's own model so
 * the dossier only needs codes, labels and wording.
 *
 * @param title     e.g. "Tiêu chuẩn “An toàn về an ninh, trật tự” (Thông tư 124/2021/TT-BCA, Điều 6)"
 * @param criteria  the criteria, in order
 * @param events    the kinds of listed event, in order
 */
public record ChecklistSheet(String title, List<Criterion> criteria, List<EventKind> events) {
    public ChecklistSheet {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A checklist with no criteria (the answers are printed by code only). */
    public static ChecklistSheet empty() {
        return new ChecklistSheet("", List.of(), List.of());
    }

    /** One criterion: its code in the data file, how it is numbered on paper, the wording. */
    public record Criterion(String code, String label, String text) {
    }

    /** One kind of listed event (Điều 6.3 a–h / 7.3). */
    public record EventKind(String code, String label, String text) {
    }

    public Criterion criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    public EventKind event(String code) {
        return events.stream().filter(e -> e.code().equals(code)).findFirst().orElse(null);
    }
}
