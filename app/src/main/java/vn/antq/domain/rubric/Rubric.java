package vn.antq.domain.rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.domain.Localized;
import vn.antq.domain.UnitType;

/**
 * A scoring rubric (e.g. Decision 510, Điều 7). Built only through {@link #of}, which checks that
 * codes are unique, sub-items sum to their item and items sum to the total.
 */
public final class Rubric {
    private final String id;
    private final String version;
    private final Localized title;
    private final int total;
    private final Set<UnitType> appliesTo;
    private final List<RubricItem> items;
    private final Map<String, RubricItem> byCode;
    private final Map<String, String> parentOf;

    private Rubric(String id, String version, Localized title, int total, Set<UnitType> appliesTo,
            List<RubricItem> items, Map<String, RubricItem> byCode, Map<String, String> parentOf) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.total = total;
        this.appliesTo = appliesTo;
        this.items = items;
        this.byCode = byCode;
        this.parentOf = parentOf;
    }

    /** Validates and builds a rubric; a broken definition is refused with a message naming the fault. */
    public static Rubric of(String id, String version, Localized title, int total, Set<UnitType> appliesTo,
            List<RubricItem> items) {
        if (id == null || id.isBlank()) {
            throw new DomainException("rubric.invalid.id");
        }
        if (items == null || items.isEmpty()) {
            throw new DomainException("rubric.invalid.empty", id);
        }
        Map<String, RubricItem> byCode = new LinkedHashMap<>();
        Map<String, String> parentOf = new LinkedHashMap<>();
        int sum = 0;
        for (RubricItem item : items) {
            register(id, item, null, byCode, parentOf);
            sum += item.max();
        }
        if (sum != total) {
            throw new DomainException("rubric.invalid.total", id, sum, total);
        }
        return new Rubric(id, version, title, total, appliesTo == null ? Set.of() : Set.copyOf(appliesTo),
                List.copyOf(items), Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(parentOf));
    }

    private static void register(String id, RubricItem item, String parent, Map<String, RubricItem> byCode,
            Map<String, String> parentOf) {
        String code = item.code();
        if (code == null || code.isBlank()) {
            throw new DomainException("rubric.invalid.code", id);
        }
        if (byCode.containsKey(code)) {
            throw new DomainException("rubric.invalid.duplicate", id, code);
        }
        if (item.title() == null) {
            throw new DomainException("rubric.invalid.title", id, code);
        }
        if (item.max() <= 0) {
            throw new DomainException("rubric.invalid.max", id, code, item.max());
        }
        if (item.scoring() == null) {
            throw new DomainException("rubric.invalid.scoring", id, code);
        }
        boolean parentItem = item.isParent();
        if (parentItem != (item.scoring() == Scoring.SUM)) {
            throw new DomainException("rubric.invalid.sum", id, code);
        }
        if (item.isDerived() != (item.derivation() != null)) {
            throw new DomainException("rubric.invalid.derivation", id, code);
        }
        byCode.put(code, item);
        if (parent != null) {
            parentOf.put(code, parent);
        }
        if (parentItem) {
            int childSum = 0;
            for (RubricItem child : item.children()) {
                if (child.isParent()) {
                    throw new DomainException("rubric.invalid.depth", id, child.code());
                }
                register(id, child, code, byCode, parentOf);
                childSum += child.max();
            }
            if (childSum != item.max()) {
                throw new DomainException("rubric.invalid.children", id, code, childSum, item.max());
            }
        }
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public Localized title() {
        return title;
    }

    public int total() {
        return total;
    }

    public Set<UnitType> appliesTo() {
        return appliesTo;
    }

    /** Top-level items, in the regulation's order. */
    public List<RubricItem> items() {
        return items;
    }

    public Optional<RubricItem> item(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** The code of the parent of a sub-item, or empty for a top-level item. */
    public Optional<String> parentOf(String code) {
        return Optional.ofNullable(parentOf.get(code));
    }

    /** Every item and sub-item, parents before their children, in the regulation's order. */
    public List<RubricItem> allItems() {
        return List.copyOf(byCode.values());
    }

    /** The items that carry points themselves (no sub-items), in order. */
    public List<RubricItem> leaves() {
        List<RubricItem> out = new ArrayList<>();
        for (RubricItem item : byCode.values()) {
            if (!item.isParent()) {
                out.add(item);
            }
        }
        return out;
    }

    /** The items an assessor scores by hand, in order. */
    public List<RubricItem> manualItems() {
        return leaves().stream().filter(RubricItem::isManual).toList();
    }

    /** The derived item that uses a fact, if the rubric has one. */
    public Optional<RubricItem> derivedItem(Fact fact) {
        return leaves().stream()
                .filter(i -> i.isDerived() && i.derivation().fact() == fact)
                .findFirst();
    }
}
