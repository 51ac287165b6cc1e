package vn.antq.ui.scoring;

import java.time.LocalDate;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.ui.common.UiContext;

/** The commendations of the year (item 9): list, add, remove. */
public final class CommendationsViewModel {
    private final UiContext ctx;
    private final ObservableList<Commendation> items = FXCollections.observableArrayList();

    public CommendationsViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public ObservableList<Commendation> items() {
        return items;
    }

    public void reload() {
        Integer year = ctx.year();
        if (year == null) {
            return;
        }
        ctx.runner().run(p -> ctx.store().scores().commendations(year), items::setAll, ctx::showError);
    }

    /** Adds one; a missing title comes back as the message to show. */
    public Optional<String> add(CommendationKind kind, String title, String recipient, String issuer, String number,
            LocalDate date, Runnable after) {
        if (kind == null) {
            return Optional.of(ctx.t("ui.commendation.error.kind"));
        }
        if (VietnameseText.clean(title).isEmpty()) {
            return Optional.of(ctx.t("ui.commendation.error.title"));
        }
        Integer year = ctx.year();
        ctx.runner().run(p -> ctx.store().scores().addCommendation(year, kind, VietnameseText.clean(title), VietnameseText.clean(recipient),
                VietnameseText.clean(issuer), VietnameseText.clean(number), date), c -> {
                    items.add(c);
                    after.run();
                }, ctx::showError);
        return Optional.empty();
    }

    public void remove(Commendation c, Runnable after) {
        ctx.runner().run(p -> {
            ctx.store().scores().removeCommendation(c.id());
            return null;
        }, ok -> {
            items.remove(c);
            after.run();
        }, ctx::showError);
    }
}
