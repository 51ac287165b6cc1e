package vn.antq.domain.scoring;

import vn.antq.i18n.Messages;

/**
 * One contradiction found in a year's records: what it is about (a rubric item, a criterion, a
 * department, an evidence file) and the sentence saying what contradicts what.
 *
 * @param kind    what kind of finding
 * @param subject the item or criterion code, department name or evidence file it is about
 * @param reason  the sentence, as a message key and arguments
 */
public record Finding(FindingKind kind, String subject, Reason reason) {

    /** "subject: sentence" in the messages' language, one line. */
    public String line(Messages messages) {
        return subject + ": " + reason.text(messages);
    }
}
