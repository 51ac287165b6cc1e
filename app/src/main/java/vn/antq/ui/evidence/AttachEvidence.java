package vn.antq.ui.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.ui.common.UiContext;

/**
 * Adds files as evidence and links each to what it supports in a year, as one long task with
 * progress and cancel: the one way the screens attach files (Minh chứng, Chấm điểm, Cán bộ).
 */
public final class AttachEvidence {
    private AttachEvidence() {
    }

    /**
     * Adds the files; links each to {@code target}/{@code code} of {@code year} when both are given
     * (else the files are only added). Then {@code done} on the FX thread, or {@code failed}.
     */
    public static void run(UiContext ctx, List<Path> files, Integer year, EvidenceTarget target, String code,
            Runnable done, Consumer<Throwable> failed) {
        List<Path> chosen = List.copyOf(files);
        ctx.runner().runLong(ctx.t("ui.evidence.adding"), p -> {
            int i = 0;
            for (Path f : chosen) {
                p.checkCancelled();
                p.update(i++, chosen.size(), f.getFileName().toString());
                EvidenceFile ev = ctx.store().evidence().add(f, f.getFileName().toString());
                if (target != null && year != null) {
                    ctx.store().evidence().link(ev.sha256(), new EvidenceLink(year, target, code));
                }
            }
            return null;
        }, ok -> done.run(), failed);
    }
}
