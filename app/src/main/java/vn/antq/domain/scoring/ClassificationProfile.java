package vn.antq.domain.scoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.domain.Localized;

/**
 * The thresholds that turn a total into a level. No published source gives them; the product ships
 * a default profile (90/70/50) and a province can hand out another file. Built only through
 * {@link #of}, which requires all four levels, thresholds strictly decreasing from Xuất sắc to Yếu,
 * Yếu starting at 0 and none above the rubric's total.
 */
public final class ClassificationProfile {
    private final String id;
    private final Localized name;
    private final Localized note;
    private final List<ClassificationLevel> levels;

    private ClassificationProfile(String id, Localized name, Localized note, List<ClassificationLevel> levels) {
        this.id = id;
        this.name = name;
        this.note = note;
        this.levels = levels;
    }

    public static ClassificationProfile of(String id, Localized name, Localized note, List<ClassificationLevel> levels,
            int rubricTotal) {
        if (id == null || id.isBlank()) {
            throw new DomainException("profile.invalid.id");
        }
        if (name == null) {
            throw new DomainException("profile.invalid.name", id);
        }
        if (levels == null || levels.size() != Classification.values().length) {
            throw new DomainException("profile.invalid.levels", id);
        }
        Set<Classification> seen = EnumSet.noneOf(Classification.class);
        List<ClassificationLevel> sorted = new ArrayList<>(levels);
        sorted.sort((a, b) -> a.code().compareTo(b.code()));
        for (ClassificationLevel level : sorted) {
            if (level.code() == null || !seen.add(level.code())) {
                throw new DomainException("profile.invalid.levels", id);
            }
            if (level.minPoints() < 0 || level.minPoints() > rubricTotal) {
                throw new DomainException("profile.invalid.range", id, level.code().name(), level.minPoints(),
                        rubricTotal);
            }
        }
        for (int i = 1; i < sorted.size(); i++) {
            ClassificationLevel higher = sorted.get(i - 1);
            ClassificationLevel lower = sorted.get(i);
            if (lower.minPoints() >= higher.minPoints()) {
                throw new DomainException("profile.invalid.order", id, higher.code().name(), higher.minPoints(),
                        lower.code().name(), lower.minPoints());
            }
        }
        if (sorted.get(sorted.size() - 1).minPoints() != 0) {
            throw new DomainException("profile.invalid.lowest", id, sorted.get(sorted.size() - 1).minPoints());
        }
        return new ClassificationProfile(id, name, note, List.copyOf(sorted));
    }

    public String id() {
        return id;
    }

    public Localized name() {
        return name;
    }

    /** A note printed with the profile (for the default: "adjust to the provincial police's guidance"). */
    public Localized note() {
        return note;
    }

    /** Levels from best (Xuất sắc) to worst (Yếu). */
    public List<ClassificationLevel> levels() {
        return levels;
    }

    public ClassificationLevel level(Classification code) {
        return levels.stream().filter(l -> l.code() == code).findFirst().orElseThrow();
    }

    /** The level a total reaches: the best one whose threshold it meets. */
    public ClassificationLevel classify(int total) {
        for (ClassificationLevel level : levels) {
            if (total >= level.minPoints()) {
                return level;
            }
        }
        return levels.get(levels.size() - 1);
    }

    /** The level just above the given one, if any. */
    public Optional<ClassificationLevel> nextAbove(Classification code) {
        int index = levels.indexOf(level(code));
        return index > 0 ? Optional.of(levels.get(index - 1)) : Optional.empty();
    }
}
