package vn.antq.domain.checklist;

import java.util.List;
import vn.antq.domain.Localized;

/**
 * One criterion of Circular 124 (Điều 6 or 7), or one part of a long criterion split so that a clerk
 * can answer yes/no. A criterion with parts is not answered itself: it is met when every applicable
 * part is met, and its {@link #text()} keeps the official wording of the whole clause.
 *
 * @param code                          stable code, e.g. {@code D6.2}, or {@code D6.1a} for a part
 * @param clause                        the clause number in the article ("1"…"6"); null for a part
 * @param text                          the exact wording of the Circular (a part: the exact fragment)
 * @param label                         a short label for tables (at most {@link #MAX_LABEL} characters)
 * @param hint                          an optional explanation for the clerk (null when none)
 * @param requiresPartyOrganisation     applies only where the unit has a Party organisation
 * @param optionalWhenNoProtectionForce applies only where the unit has a protection force ("nếu có")
 * @param derivedFromEvents             met iff no unexcused listed event is recorded; not answered directly
 * @param parts                         the yes/no parts of a long criterion (empty when answered directly)
 */
public record ChecklistCriterion(String code, String clause, Localized text, Localized label, Localized hint,
        boolean requiresPartyOrganisation, boolean optionalWhenNoProtectionForce, boolean derivedFromEvents,
        List<ChecklistCriterion> parts) {

    /** The longest short label, so that tables stay readable. */
    public static final int MAX_LABEL = 80;

    public ChecklistCriterion {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public boolean hasParts() {
        return !parts.isEmpty();
    }

    /** True when the clerk answers this criterion directly (yes/no with a note). */
    public boolean answerable() {
        return !hasParts() && !derivedFromEvents;
    }

    /** Whether the criterion applies to a unit with or without a Party organisation / protection force. */
    public boolean appliesTo(boolean hasPartyOrganisation, boolean hasProtectionForce) {
        return (hasPartyOrganisation || !requiresPartyOrganisation)
                && (hasProtectionForce || !optionalWhenNoProtectionForce);
    }
}
