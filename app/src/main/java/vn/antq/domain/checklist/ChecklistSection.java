package vn.antq.domain.checklist;

import java.util.List;
import java.util.Set;
import vn.antq.domain.Localized;
import vn.antq.domain.UnitType;

/**
 * The criteria and listed events of one article: Điều 6 for agencies and enterprises, Điều 7 for
 * educational institutions.
 *
 * @param unitTypes the unit types the article covers
 * @param article   e.g. "Điều 6"
 * @param title     e.g. "Cơ quan, doanh nghiệp (Điều 6)"
 * @param lead      the article's opening sentence
 * @param criteria  the criteria in the article's order
 * @param events    the listed events that disqualify this kind of unit
 */
public record ChecklistSection(Set<UnitType> unitTypes, String article, Localized title, Localized lead,
        List<ChecklistCriterion> criteria, List<ChecklistEventType> events) {

    public ChecklistSection {
        unitTypes = unitTypes == null ? Set.of() : Set.copyOf(unitTypes);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        events = events == null ? List.of() : List.copyOf(events);
    }
}
