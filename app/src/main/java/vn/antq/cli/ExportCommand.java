package vn.antq.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.antq.domain.Progress;
import vn.antq.dossier.DossierExporter;
import vn.antq.dossier.DossierFormat;
import vn.antq.dossier.DossierPlan;
import vn.antq.dossier.DossierRequest;
import vn.antq.dossier.DossierResult;
import vn.antq.dossier.LargeEvidencePolicy;
import vn.antq.dossier.PackedEvidence;
import vn.antq.dossier.StoreDossier;
import vn.antq.i18n.Messages;
import vn.antq.storage.Store;

/**
 * {@code export --year Y --out DIR [--format xlsx,pdf,zip] [--max-size MB] [--leave-out-large|--split]}:
 * writes the year's dossier (Excel, PDF, package) from the data folder.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Xuất hồ sơ của một năm: bảng tính Excel, tệp PDF để in, gói .zip kèm minh chứng.",
            "Exports a year's dossier: Excel workbook, printable PDF, .zip package with the evidence."
        })
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--year", paramLabel = "YEAR",
            description = {"Năm đánh giá (mặc định: năm gần nhất)", "Assessment year (default: the latest)"})
    Integer year;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = {"Thư mục ghi hồ sơ", "Folder to write the dossier to"})
    Path out;

    @Option(names = "--format", paramLabel = "xlsx,pdf,zip", split = ",",
            description = {"Định dạng cần xuất (mặc định: cả ba)", "Formats to write (default: all three)"})
    List<String> formats;

    @Option(names = "--max-size", paramLabel = "MB",
            description = {"Giới hạn dung lượng một gói .zip, MB (mặc định 20)",
                "Size limit of one .zip package in MB (default 20)"})
    Integer maxSizeMb;

    @ArgGroup(exclusive = true)
    Policy policy;

    static final class Policy {
        @Option(names = "--leave-out-large", required = true,
                description = {"Vượt giới hạn: bỏ bớt minh chứng lớn nhất", "Over the limit: leave the largest evidence out"})
        boolean leaveOut;

        @Option(names = "--split", required = true,
                description = {"Vượt giới hạn: chia minh chứng ra nhiều tệp …-part2.zip",
                    "Over the limit: split evidence into …-part2.zip volumes"})
        boolean split;
    }

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = {"Ngày ghi trên văn bản (mặc định: ngày đã chọn cho năm này, nếu chưa có thì hôm nay); "
                + "được lưu cùng năm đánh giá", "Date printed on the documents (default: the one chosen for the year, "
                + "else today); kept with the year"})
    String date;

    @Option(names = "--images",
            description = {"Chèn ảnh minh chứng (PNG, JPEG) vào cuối tệp PDF", "Append image evidence to the PDF"})
    boolean images;

    @Mixin
    SignOptions sign;

    @Override
    public Integer call() {
        Messages vi = Messages.vietnamese();
        Set<DossierFormat> chosen = EnumSet.noneOf(DossierFormat.class);
        if (formats == null || formats.isEmpty()) {
            chosen = EnumSet.allOf(DossierFormat.class);
        } else {
            for (String f : formats) {
                DossierFormat format = DossierFormat.parse(f);
                if (format == null) {
                    throw new CliException(vi.get("dossier.cli.badFormat", f), Cli.EXIT_BAD_INPUT);
                }
                chosen.add(format);
            }
        }
        if (maxSizeMb != null && maxSizeMb <= 0) {
            throw new CliException(vi.get("dossier.cli.badSize", maxSizeMb), Cli.EXIT_BAD_INPUT);
        }
        LargeEvidencePolicy p = policy == null ? LargeEvidencePolicy.INCLUDE_ALL
                : policy.split ? LargeEvidencePolicy.SPLIT : LargeEvidencePolicy.LEAVE_OUT_LARGE;
        LocalDate given = null;
        if (date != null) {
            try {
                given = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new CliException(vi.get("dossier.cli.badDate", date), Cli.EXIT_BAD_INPUT);
            }
        }
        try (Store store = data.openExisting()) {
            int y = DataDirOption.yearOrLatest(store, year);
            LocalDate day = given != null ? given
                    : store.years().documentDate(y).orElse(LocalDate.now(store.options().clock()));
            DossierRequest request = StoreDossier.request(store, y, out).withDocumentDate(day)
                    .withFormats(chosen).withPolicy(p).withAppendImages(images)
                    .withMaxPackageBytes(maxSizeMb == null ? DossierRequest.DEFAULT_MAX_BYTES : maxSizeMb * 1024L * 1024L);
            DossierExporter exporter = new DossierExporter(sign.key());
            var err = spec.commandLine().getErr();
            var stdout = spec.commandLine().getOut();
            if (chosen.contains(DossierFormat.PDF) || chosen.contains(DossierFormat.ZIP)) {
                // said before writing: which names the PDF cannot print whole on this machine
                for (vn.antq.dossier.PrintCheck.Finding finding : vn.antq.dossier.PrintCheck.of(request.snapshot())) {
                    err.println(vi.get("cli.warning.unprintable", vi.get("cli.warning.unprintable." + finding.kind()),
                            finding.name(), String.join(" ", finding.characters())));
                }
            }
            if (chosen.contains(DossierFormat.ZIP)) {
                DossierPlan plan = exporter.plan(request);
                if (plan.overLimit() && p == LargeEvidencePolicy.INCLUDE_ALL) {
                    err.println(vi.get("dossier.cli.overLimit", mb(plan.fullPackageBytes()), mb(plan.maxPackageBytes())));
                }
            }
            for (var w : request.dateWarnings()) {
                err.println(w.text(vi));
            }
            DossierResult result = exporter.export(request, Progress.NONE);
            store.years().setDocumentDate(y, day);
            for (Path f : result.files()) {
                stdout.println(vi.get("dossier.cli.written", f.toString(), mb(size(f))));
            }
            for (PackedEvidence e : result.plan().unavailable()) {
                // exported without it: said on stderr, not only in the documents' own list
                err.println(vi.get("cli.warning.evidenceMissing", e.file().originalName()));
            }
            for (PackedEvidence e : result.plan().leftOut()) {
                stdout.println(vi.get("dossier.cli.leftOut", e.file().originalName(), mb(e.file().size())));
            }
            if (result.plan().anyVolumeOverLimit() && p != LargeEvidencePolicy.INCLUDE_ALL) {
                err.println(vi.get("dossier.cli.stillOver", mb(result.plan().maxPackageBytes())));
            }
        }
        return 0;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0).replace('.', ',');
    }
}
