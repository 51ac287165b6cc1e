package vn.antq.ui.overview;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.ScreenBase;
import vn.antq.ui.common.UiContext;

/** Tổng quan: score and level, a bar per item against its maximum, pledges, ANTT status and deadlines. */
public final class OverviewView extends ScreenBase {
    private final UiContext ctx;
    private final OverviewViewModel vm;
    private final VBox deadlineBox = new VBox(8);
    private final GridPane itemBox = new GridPane();
    private final Label antt = new Label();
    private final Label next = new Label();
    private final Label nextWhen = new Label();

    public OverviewView(UiContext ctx) {
        super("overview");
        this.ctx = ctx;
        this.vm = new OverviewViewModel(ctx);
    }

    public OverviewViewModel viewModel() {
        return vm;
    }

    @Override
    public void onShow() {
        vm.reload();
    }

    @Override
    protected Node build() {
        VBox page = Forms.page(ctx.t("ui.overview.title"), null);

        Label total = new Label();
        total.setId("overview-total");
        total.getStyleClass().add("antq-big-number");
        total.textProperty().bind(vm.totalProperty());
        Label level = new Label();
        level.setId("overview-level");
        level.getStyleClass().add("antq-level");
        level.textProperty().bind(vm.levelProperty());
        Label thresholds = new Label();
        thresholds.setWrapText(true);
        thresholds.getStyleClass().add("text-muted");
        thresholds.textProperty().bind(vm.thresholdsProperty());
        VBox score = Forms.card(ctx.t("ui.overview.score"), total, level, thresholds);

        Label staff = new Label();
        staff.setId("overview-staff");
        staff.textProperty().bind(vm.staffCoverageProperty());
        ProgressBar staffBar = new ProgressBar();
        staffBar.progressProperty().bind(vm.staffRatioProperty());
        staffBar.setMaxWidth(Double.MAX_VALUE);
        staffBar.setAccessibleText(ctx.t("ui.overview.staffBar"));
        Label depts = new Label();
        depts.setId("overview-departments");
        depts.textProperty().bind(vm.departmentCoverageProperty());
        ProgressBar deptBar = new ProgressBar();
        deptBar.progressProperty().bind(vm.departmentRatioProperty());
        deptBar.setMaxWidth(Double.MAX_VALUE);
        deptBar.setAccessibleText(ctx.t("ui.overview.departmentBar"));
        staff.setWrapText(true);
        depts.setWrapText(true);
        VBox pledges = Forms.card(ctx.t("ui.overview.pledges"), staff, staffBar, depts, deptBar);

        antt.setId("overview-antt");
        antt.getStyleClass().add("title-4");
        antt.textProperty().bind(vm.anttProperty());
        vm.anttProperty().addListener((o, a, b) -> {
            antt.getStyleClass().removeAll("antq-ok", "antq-warn");
            antt.getStyleClass().add(vm.anttPasses() ? "antq-ok" : "antq-warn");
        });
        Label anttDetail = new Label();
        anttDetail.setWrapText(true);
        anttDetail.textProperty().bind(vm.anttDetailProperty());
        VBox anttCard = Forms.card(ctx.t("ui.overview.anttCard"), antt, anttDetail);

        for (VBox c : new VBox[] {score, pledges, anttCard}) {
            HBox.setHgrow(c, Priority.ALWAYS);
            c.setPrefWidth(300);
            c.setMaxWidth(Double.MAX_VALUE);
        }
        HBox cards = new HBox(14, score, pledges, anttCard);

        next.setId("overview-next");
        next.getStyleClass().add("title-4");
        next.setWrapText(true);
        nextWhen.setId("overview-next-when");
        nextWhen.setWrapText(true);
        Label guide = new Label(ctx.t("ui.overview.next.guide"));
        guide.getStyleClass().add("text-muted");
        guide.setWrapText(true);
        VBox nextCard = Forms.card(ctx.t("ui.overview.next"), next, nextWhen, guide);
        nextCard.setId("overview-next-card");
        nextCard.getStyleClass().add("antq-next-card");
        vm.deadlines().addListener((ListChangeListener<OverviewViewModel.DeadlineLine>) c -> fillNext());

        itemBox.setId("overview-items");
        vm.items().addListener((ListChangeListener<OverviewViewModel.ItemPoints>) c -> fillItems());
        VBox itemsCard = Forms.card(ctx.t("ui.overview.items.title"), itemBox);

        deadlineBox.setId("overview-deadlines");
        vm.deadlines().addListener((ListChangeListener<OverviewViewModel.DeadlineLine>) c -> fillDeadlines());
        VBox deadlineCard = Forms.card(ctx.t("ui.overview.deadlines"), deadlineBox);
        deadlineCard.setPrefWidth(380);
        deadlineCard.setMinWidth(300);
        HBox.setHgrow(itemsCard, Priority.ALWAYS);
        itemsCard.setMaxWidth(Double.MAX_VALUE);
        HBox lower = new HBox(14, itemsCard, deadlineCard);
        page.getChildren().addAll(nextCard, cards, lower);
        return Forms.scroll(page);
    }

    /**
     * One row per rubric item: its number and title (cut to the width; whole in the bar's accessible
     * text), a bar filled to the share of its maximum, and "points/maximum". Lighter to draw than a
     * chart and easier to read: item 8's 53 points no longer flatten the other items' bars.
     */
    private void fillItems() {
        itemBox.getChildren().clear();
        itemBox.setHgap(10);
        itemBox.setVgap(6);
        int row = 0;
        for (OverviewViewModel.ItemPoints i : vm.items()) {
            Label title = new Label(ctx.t("ui.overview.item.title", i.label(), i.title()));
            title.setMinWidth(0);
            vn.antq.ui.common.Cells.tooltipWhenCut(title);
            title.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(title, Priority.ALWAYS);
            ProgressBar bar = new ProgressBar(i.max() == 0 ? 0 : (double) i.points() / i.max());
            bar.setPrefWidth(150);
            bar.setMinWidth(80);
            bar.setId("overview-item-" + i.label());
            bar.setAccessibleText(ctx.t("ui.overview.item.accessible", i.label(), i.title(), i.points(), i.max()));
            Label points = new Label(ctx.t("ui.overview.item.points", i.points(), i.max()));
            points.setMinWidth(Region.USE_PREF_SIZE);
            points.getStyleClass().add(i.points() >= i.max() ? "antq-ok" : "text-muted");
            itemBox.addRow(row++, title, bar, points);
        }
    }

    private void fillNext() {
        NextStep.of(vm.deadlines()).ifPresentOrElse(n -> {
            next.setText(n.what());
            nextWhen.setText(ctx.t(n.moreForIt() > 0 ? "ui.overview.next.whenMore" : "ui.overview.next.when",
                    n.deadline().title(), vm.dateText(n.deadline()), vm.daysText(n.deadline()), n.moreForIt()));
            nextWhen.getStyleClass().setAll("label", n.deadline().daysLeft() < 0 ? "antq-warn" : "text-muted");
        }, () -> {
            next.setText(ctx.t("ui.overview.next.none"));
            nextWhen.setText(ctx.t("ui.overview.next.noneWhen"));
            nextWhen.getStyleClass().setAll("label", "text-muted");
        });
    }

    private void fillDeadlines() {
        deadlineBox.getChildren().clear();
        for (OverviewViewModel.DeadlineLine d : vm.deadlines()) {
            Label head = new Label(vm.dateText(d) + " — " + d.title());
            head.getStyleClass().add("text-bold");
            head.setWrapText(true);
            Label days = new Label(vm.daysText(d));
            days.getStyleClass().add(d.daysLeft() < 0 && !d.missing().isEmpty() ? "antq-warn" : "text-muted");
            VBox box = new VBox(2, head, days);
            if (d.missing().isEmpty()) {
                Label ok = new Label(ctx.t("ui.deadline.ready"));
                ok.getStyleClass().add("antq-ok");
                box.getChildren().add(ok);
            } else {
                for (String m : d.missing()) {
                    Label l = new Label("• " + m);
                    l.setWrapText(true);
                    l.getStyleClass().add("antq-warn");
                    box.getChildren().add(l);
                }
            }
            deadlineBox.getChildren().add(box);
        }
    }
}
