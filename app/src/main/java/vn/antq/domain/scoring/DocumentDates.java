package vn.antq.domain.scoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.antq.domain.unit.RecognitionRules;

/**
 * Warnings about the date the year's documents carry: after the recognition deadline (20/11) when
 * the dossier asks for recognition, after the classification deadline (30/11). The export is still
 * allowed: the clerk may be dating a late dossier on purpose.
 */
public final class DocumentDates {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DocumentDates() {
    }

    public static List<Reason> warnings(LocalDate date, int year, boolean asksRecognition, RecognitionRules rules) {
        List<Reason> out = new ArrayList<>();
        LocalDate recognition = rules.recognitionDeadline().atYear(year);
        LocalDate classification = rules.classificationDeadline().atYear(year);
        if (asksRecognition && date.isAfter(recognition)) {
            out.add(Reason.of("dates.warning.recognition", DATE.format(date), DATE.format(recognition)));
        }
        if (date.isAfter(classification)) {
            out.add(Reason.of("dates.warning.classification", DATE.format(date), DATE.format(classification)));
        }
        return out;
    }
}
