package vn.antq.ui.staff;

import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.UiContext;

/** Import of a staff workbook: preview with column mapping and per-row problems, then apply. */
final class StaffImportDialog {
    private StaffImportDialog() {
    }

    static void show(UiContext ctx, Runnable afterImport) {
        Dialogs.info(ctx.owner(), ctx.messages(), ctx.t("ui.import.title"), ctx.t("ui.import.unavailable"));
    }
}
