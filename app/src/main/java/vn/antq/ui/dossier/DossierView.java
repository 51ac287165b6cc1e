package vn.antq.ui.dossier;

import java.io.File;
import java.util.EnumSet;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import vn.antq.dossier.DossierFormat;
import vn.antq.dossier.LargeEvidencePolicy;
import vn.antq.ui.common.DateField;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.ScreenBase;
import vn.antq.ui.common.UiContext;

/** Hồ sơ: preview, what is missing, size plan, one button per output, open the folder. */
public final class DossierView extends ScreenBase {
    private final UiContext ctx;
    private final DossierViewModel vm;
    private DateField dateField;

    public DossierView(UiContext ctx) {
        super("dossier");
        this.ctx = ctx;
        this.vm = new DossierViewModel(ctx);
    }

    public DossierViewModel viewModel() {
        return vm;
    }

    @Override
    public void onShow() {
        vm.reload();
    }

    @Override
    protected Node build() {
        VBox page = Forms.page(ctx.t("ui.dossier.title"), ctx.t("ui.dossier.subtitle"));
        Label total = new Label();
        total.setId("dossier-total");
        total.getStyleClass().add("antq-big-number");
        total.textProperty().bind(vm.totalProperty());
        Label level = new Label();
        level.getStyleClass().add("antq-level");
        level.textProperty().bind(vm.levelProperty());
        VBox preview = Forms.card(ctx.t("ui.dossier.preview"), total, level);
        preview.setMinWidth(300);
        total.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        VBox missingBox = new VBox(4);
        missingBox.setId("dossier-missing");
        Runnable fillMissing = () -> {
            missingBox.getChildren().clear();
            if (vm.missing().isEmpty()) {
                Label ok = new Label(ctx.t("ui.dossier.missing.none"));
                ok.getStyleClass().add("antq-ok");
                missingBox.getChildren().add(ok);
            }
            for (String m : vm.missing()) {
                Label l = new Label("• " + m);
                l.setWrapText(true);
                l.getStyleClass().add("antq-warn");
                missingBox.getChildren().add(l);
            }
        };
        vm.missing().addListener((ListChangeListener<String>) c -> fillMissing.run());
        VBox missing = Forms.card(ctx.t("ui.dossier.missing"), missingBox);
        HBox.setHgrow(missing, Priority.ALWAYS);
        HBox top = new HBox(14, preview, missing);
        VBox findingsBox = new VBox(4);
        findingsBox.setId("dossier-findings");
        Runnable fillFindings = () -> {
            findingsBox.getChildren().clear();
            if (vm.findings().isEmpty()) {
                findingsBox.getChildren().add(new Label(ctx.t("ui.dossier.findings.none")));
            }
            for (String f : vm.findings()) {
                Label l = new Label("• " + f);
                l.setWrapText(true);
                findingsBox.getChildren().add(l);
            }
        };
        vm.findings().addListener((ListChangeListener<String>) c -> fillFindings.run());
        fillFindings.run();
        VBox review = Forms.card(ctx.t("ui.dossier.findings"), findingsBox);
        VBox unprintableBox = new VBox(4);
        Runnable fillUnprintable = () -> unprintableBox.getChildren().setAll(vm.unprintable().stream().map(u -> {
            Label l = new Label("• " + u);
            l.setWrapText(true);
            l.getStyleClass().add("antq-warn");
            return l;
        }).toList());
        vm.unprintable().addListener((ListChangeListener<String>) c -> fillUnprintable.run());
        VBox unprintable = Forms.card(ctx.t("ui.dossier.unprintable"), unprintableBox);
        unprintable.setId("dossier-unprintable");
        unprintable.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.unprintable()));
        unprintable.managedProperty().bind(unprintable.visibleProperty());

        // where and how big
        TextField dir = new TextField();
        dir.setId("dossier-dir");
        dir.setEditable(false);
        dir.setAccessibleText(ctx.t("ui.dossier.folder"));
        vm.outputDirProperty().addListener((o, a, b) -> dir.setText(b == null ? "" : b.toString()));
        HBox.setHgrow(dir, Priority.ALWAYS);
        Button choose = new Button(ctx.t("ui.dossier.chooseFolder"));
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(vn.antq.ui.common.Forms.plain(ctx.t("ui.dossier.chooseFolder")));
            if (vm.outputDirProperty().get() != null && vm.outputDirProperty().get().toFile().isDirectory()) {
                chooser.setInitialDirectory(vm.outputDirProperty().get().toFile());
            }
            File f = chooser.showDialog(ctx.owner());
            if (f != null) {
                vm.outputDirProperty().set(f.toPath());
            }
        });
        TextField max = new TextField();
        max.setId("dossier-max-mb");
        max.setPrefColumnCount(4);
        max.textProperty().bindBidirectional(vm.maxMbProperty());
        max.setAccessibleText(ctx.t("ui.dossier.maxMb"));
        Label size = new Label();
        size.setId("dossier-size");
        size.setWrapText(true);
        size.textProperty().bind(vm.sizeTextProperty());
        vm.overLimitProperty().addListener((o, a, b) -> {
            size.getStyleClass().remove("antq-warn");
            if (b) {
                size.getStyleClass().add("antq-warn");
            }
        });
        ToggleGroup pol = new ToggleGroup();
        RadioButton all = new RadioButton(ctx.t("ui.dossier.policy.INCLUDE_ALL"));
        all.setUserData(LargeEvidencePolicy.INCLUDE_ALL);
        RadioButton leave = new RadioButton(ctx.t("ui.dossier.policy.LEAVE_OUT_LARGE"));
        leave.setUserData(LargeEvidencePolicy.LEAVE_OUT_LARGE);
        RadioButton split = new RadioButton(ctx.t("ui.dossier.policy.SPLIT"));
        split.setUserData(LargeEvidencePolicy.SPLIT);
        for (RadioButton r : new RadioButton[] {all, leave, split}) {
            r.setToggleGroup(pol);
        }
        all.setSelected(true);
        pol.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.policyProperty().set((LargeEvidencePolicy) b.getUserData());
            }
        });
        VBox policies = new VBox(4, all, leave, split);
        policies.visibleProperty().bind(vm.overLimitProperty());
        policies.managedProperty().bind(policies.visibleProperty());
        CheckBox images = new CheckBox(ctx.t("ui.dossier.appendImages"));
        images.selectedProperty().bindBidirectional(vm.appendImagesProperty());
        // typed or picked, checked like the registration and pledge dates: a refused date shows why, beside it
        dateField = new DateField(ctx.messages(), vm::dateRule, d -> vm.documentDateProperty().set(d));
        dateField.show(vm.documentDateProperty().get());
        vm.documentDateProperty().addListener((o, a, b) -> dateField.show(b));
        javafx.scene.control.DatePicker date = dateField.picker();
        date.setId("dossier-date");
        dateField.message().setId("dossier-date-message");
        date.setAccessibleText(ctx.t("ui.dossier.date"));
        Label dateWarning = new Label();
        dateWarning.setId("dossier-date-warning");
        dateWarning.setWrapText(true);
        dateWarning.getStyleClass().add("antq-warn");
        dateWarning.textProperty().bind(vm.dateWarningProperty());
        VBox where = Forms.card(ctx.t("ui.dossier.output"), Forms.toolbar(new Label(ctx.t("ui.dossier.date")), date),
                dateField.message(), dateWarning, Forms.toolbar(new Label(ctx.t("ui.dossier.folder")), dir,
                choose), Forms.toolbar(new Label(ctx.t("ui.dossier.maxMb")), max, images), size, policies);

        Button xlsx = new Button(ctx.t("ui.dossier.export.xlsx"));
        xlsx.setId("dossier-xlsx");
        xlsx.setOnAction(e -> export(vm, EnumSet.of(DossierFormat.XLSX)));
        Button pdf = new Button(ctx.t("ui.dossier.export.pdf"));
        pdf.setId("dossier-pdf");
        pdf.setOnAction(e -> export(vm, EnumSet.of(DossierFormat.PDF)));
        Button zip = new Button(ctx.t("ui.dossier.export.zip"));
        zip.setId("dossier-zip");
        zip.getStyleClass().add("accent");
        zip.setOnAction(e -> export(vm, EnumSet.of(DossierFormat.ZIP)));
        Button everything = new Button(ctx.t("ui.dossier.export.all"));
        everything.setId("dossier-all");
        everything.setOnAction(e -> export(vm, EnumSet.allOf(DossierFormat.class)));
        Button registration = new Button(ctx.t("ui.dossier.export.registration"));
        registration.setId("dossier-registration");
        registration.setOnAction(e -> {
            // the pack is PDF: the same question about names it cannot print whole; the review's findings
            // are about the scores, which the pack does not print
            if (dateAccepted() && unprintableConfirmed(vm, EnumSet.of(DossierFormat.PDF))) {
                vm.exportRegistration();
            }
        });
        Label registrationNote = new Label(ctx.t("ui.dossier.registration.note"));
        registrationNote.setWrapText(true);
        Label result = new Label();
        result.setId("dossier-result");
        result.setWrapText(true);
        result.getStyleClass().add("antq-ok");
        result.textProperty().bind(vm.resultTextProperty());
        Button open = new Button(ctx.t("ui.dossier.openFolder"));
        open.setId("dossier-open-folder");
        open.disableProperty().bind(vm.exportedProperty().not());
        open.setOnAction(e -> vm.openFolder());
        VBox actions = Forms.card(ctx.t("ui.dossier.actions"), Forms.toolbar(xlsx, pdf, zip, everything),
                Forms.toolbar(registration), registrationNote, result, Forms.toolbar(open));
        Node sign = SignSection.build(ctx, vm.sign());
        // exporting only reads the data: it stays possible from a read-only data folder
        vn.antq.ui.common.ReadOnlyMode.reads(where, sign, actions);
        page.getChildren().addAll(top, unprintable, review, where, sign, actions);
        return Forms.scroll(page);
    }

    /** Shows the review's findings and asks once before exporting; the clerk decides, nothing is blocked. */
    /**
     * Takes a date still typed in the field (as Enter does) before anything is exported; a refused text
     * exports nothing and keeps nothing, its message at the field says why.
     */
    private boolean dateAccepted() {
        return dateField.commitText();
    }

    private void export(DossierViewModel vm, java.util.Set<DossierFormat> formats) {
        if (!dateAccepted() || !unprintableConfirmed(vm, formats)) {
            return;
        }
        if (vm.findingsToConfirm()) {
            String text = ctx.t("ui.dossier.findings.confirm", vm.findings().size(),
                    String.join("\n", vm.findings().stream().limit(8).toList()));
            if (!vn.antq.ui.common.Dialogs.confirm(ctx.owner(), ctx.messages(), ctx.t("ui.dossier.findings"), text)) {
                return;
            }
            vm.acknowledgeFindings();
        }
        vm.export(formats);
    }

    /** Names the PDF cannot print whole are shown and confirmed once before a PDF is written. */
    private boolean unprintableConfirmed(DossierViewModel vm, java.util.Set<DossierFormat> formats) {
        if (vm.unprintableToConfirm(formats)) {
            String text = ctx.t("ui.dossier.unprintable.confirm", String.join("\n",
                    vm.unprintable().stream().limit(8).toList()));
            if (!vn.antq.ui.common.Dialogs.confirm(ctx.owner(), ctx.messages(), ctx.t("ui.dossier.unprintable"), text)) {
                return false;
            }
            vm.acknowledgeUnprintable();
        }
        return true;
    }
}
