package vn.antq.domain.checklist;

import java.time.LocalDate;

/**
 * One of the listed events (Circular 124, Điều 6.3 / 7.3) that occurred in the period; any one
 * makes the unit "chưa đạt" unless the checklist's data says the event is excused.
 *
 * @param id           store id
 * @param eventCode    the event's code in the checklist data file
 * @param date         when it occurred
 * @param description  what happened
 * @param excused      handled promptly / force majeure where the Circular allows it
 */
public record ChecklistEvent(long id, String eventCode, LocalDate date, String description, boolean excused) {
}
