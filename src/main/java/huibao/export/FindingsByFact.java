package huibao.export;

import huibao.dataset.Cell;
import huibao.dataset.Row;
import huibao.model.Fact;
import huibao.model.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings that rest on each fact, so that a cell can show what the checks say about its
 * number. A fact is known by its doc and span, not by record equality: a check may carry a copy
 * of a fact with its attribution refined, and it is still the same figure in the same sentence.
 */
final class FindingsByFact {

    private record FactKey(String doc, int start, int end) {
        static FactKey of(Fact f) {
            return new FactKey(f.doc(), f.span().start(), f.span().end());
        }
    }

    /** How many figures a relation may rest on and still question each of them. */
    private static final int FEW = 3;

    private final List<Finding> ordered;
    private final Map<FactKey, List<Finding>> byFact = new HashMap<>();
    private final Map<Finding, Integer> positions = new IdentityHashMap<>();

    /** Indexes {@code findings}, which are kept in {@link FindingOrder}. */
    FindingsByFact(List<Finding> findings) {
        this.ordered = FindingOrder.sorted(findings);
        for (int i = 0; i < ordered.size(); i++) {
            Finding f = ordered.get(i);
            positions.put(f, i);
            Set<FactKey> keys = new LinkedHashSet<>();
            f.facts().forEach(x -> keys.add(FactKey.of(x)));
            keys.forEach(k -> byFact.computeIfAbsent(k, x -> new ArrayList<>()).add(f));
        }
    }

    /** All findings, in {@link FindingOrder}. */
    List<Finding> ordered() {
        return ordered;
    }

    /** Where {@code f} stands in {@link #ordered()}. */
    int position(Finding f) {
        return positions.get(f);
    }

    /** The findings that name {@code fact}, in order. */
    List<Finding> of(Fact fact) {
        return byFact.getOrDefault(FactKey.of(fact), List.of());
    }

    /** The findings that name the cell's fact or one of the other values stated for it, in order. */
    List<Finding> of(Cell cell) {
        Set<Finding> found = new LinkedHashSet<>(of(cell.fact()));
        cell.others().forEach(o -> found.addAll(of(o)));
        return found.stream().sorted((a, b) -> Integer.compare(position(a), position(b))).toList();
    }

    /**
     * The findings that question the cell's figure: a relation of a few figures (actual, target
     * and rate) questions each of them, as any may be the wrong one; a sum of many parts questions
     * only the total it states (a finding's last fact), so that nine districts summed into a city
     * total that does not add up are not all coloured as errors.
     */
    List<Finding> questioning(Cell cell) {
        Set<FactKey> own = new LinkedHashSet<>();
        own.add(FactKey.of(cell.fact()));
        cell.others().forEach(o -> own.add(FactKey.of(o)));
        return of(cell).stream().filter(f -> f.facts().size() <= FEW
                || own.contains(FactKey.of(f.facts().get(f.facts().size() - 1)))).toList();
    }

    /** The findings that the row's reports leave {@code indicator} unreported. */
    List<Finding> unreported(Row row, String indicator) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : ordered) {
            if (f.kind() == Finding.Kind.MISSING_INDICATOR && indicator.equals(f.indicator())
                    && row.reports().stream().anyMatch(r -> r.doc().equals(f.doc()))) {
                out.add(f);
            }
        }
        return out;
    }

    /** The worst severity among {@code findings}, or {@code null} when there are none. */
    static Finding.Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Enum::compareTo).orElse(null);
    }
}
