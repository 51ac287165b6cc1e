package vn.antq.ui.overview;

import java.util.List;
import java.util.Optional;

/**
 * The "what next" of the overview, from the records: the first thing still missing for the earliest
 * deadline that still lacks something (overdue ones first, since they come first in date order),
 * with that deadline; empty when nothing is missing for any deadline.
 */
public record NextStep(String what, OverviewViewModel.DeadlineLine deadline, int moreForIt) {
    public static Optional<NextStep> of(List<OverviewViewModel.DeadlineLine> deadlines) {
        return deadlines.stream().filter(d -> !d.missing().isEmpty()).findFirst()
                .map(d -> new NextStep(d.missing().get(0), d, d.missing().size() - 1));
    }
}
