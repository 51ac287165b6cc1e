package vn.antq.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.antq.domain.DomainException;
import vn.antq.domain.Progress;

/**
 * Exports the registration pack of the first quarter from the same records as the dossier: one PDF
 * with the bản đăng ký (Circular 124, Điều 9.2.a), the departments' registrations and a pledge
 * signing sheet per department ({@link RegistrationPdf}), and one PDF with a prefilled bản cam kết
 * per person ({@link PledgeFormsPdf}). Like the dossier, both are written to temporary files in the
 * output folder and moved under their names ({@link FileNames#registration}, {@link FileNames#pledgeForms})
 * only when both succeeded; cancel or failure leaves nothing under the final names.
 */
public final class RegistrationExporter {
    /**
     * @param request   the year's records, checklist, output folder and language (as for the dossier)
     * @param listDate  the date of the departments' list: the year's document date when the records
     *                  have one or the user gave one; null prints it blank. The bản đăng ký carries the
     *                  unit's registration date, the pledge forms each person's pledge date.
     */
    public RegistrationResult export(DossierRequest request, LocalDate listDate, Progress progress) {
        long start = System.nanoTime();
        Progress p = progress == null ? Progress.NONE : progress;
        Path dir = request.outputDir().toAbsolutePath();
        List<Path> temps = new ArrayList<>();
        var messages = request.messages();
        try {
            Files.createDirectories(dir);
            DossierExporter.removeStalePartials(dir, request.baseName());
            p.checkCancelled();
            DossierModel model = new DossierModel(request, DossierPlanner.plan(request));
            Path main = DossierExporter.temp(dir, request, temps);
            try (OutputStream out = PackageWriter.buffered(main)) {
                new RegistrationPdf(model, listDate, new StageProgress(p, 0, 150,
                        messages.get("registration.progress.pdf"))).write(out);
            }
            p.checkCancelled();
            Path forms = DossierExporter.temp(dir, request, temps);
            int pages;
            try (OutputStream out = PackageWriter.buffered(forms)) {
                pages = new PledgeFormsPdf(model, new StageProgress(p, 150, 980,
                        messages.get("registration.progress.pledges"))).write(out);
            }
            p.checkCancelled();
            p.update(990, StageProgress.SCALE, messages.get("dossier.progress.move"));
            String unit = request.snapshot().unit().name();
            int year = request.snapshot().year().year();
            Path mainName = dir.resolve(FileNames.registration(unit, year));
            Path formsName = dir.resolve(FileNames.pledgeForms(unit, year));
            DossierExporter.move(main, mainName);
            DossierExporter.move(forms, formsName);
            p.update(StageProgress.SCALE, StageProgress.SCALE, messages.get("registration.progress.done"));
            return new RegistrationResult(List.of(mainName, formsName), pages, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new DomainException("dossier.error.write", dir.toString(), String.valueOf(e.getMessage()));
        } finally {
            DossierExporter.deleteTemporaries(temps);
        }
    }
}
