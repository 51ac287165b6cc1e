package vn.antq.ui.guide;

import java.util.Map;
import java.util.function.Consumer;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.ui.common.UiContext;

/** What the guide is made from beyond the rules: the settings (deadlines) and the unit's type, read off the FX thread. */
public final class GuideViewModel {
    /** The settings and the unit's type (null before the unit is made). */
    public record Loaded(Map<String, String> settings, UnitType type) {
    }

    private GuideViewModel() {
    }

    public static void load(UiContext ctx, Consumer<Loaded> then) {
        ctx.runner().run(p -> new Loaded(ctx.store().settings().all(), ctx.store().unit().profile().map(UnitProfile::type).orElse(null)),
                then::accept, ctx::showError);
    }
}
