package vn.antq.dossier;

import java.util.List;
import vn.antq.rules.RulesLoader;

/** For tests: the package check with the rules the app ships (what the composition roots pass). */
public final class ShippedCheck {
    private ShippedCheck() {
    }

    public static PackageCheck get() {
        var rubric = RulesLoader.defaultRubric();
        return new PackageCheck(List.of(rubric), RulesLoader.defaultProfile(rubric));
    }
}
