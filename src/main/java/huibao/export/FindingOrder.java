package huibao.export;

import huibao.model.Fact;
import huibao.model.Finding;

import java.util.Comparator;
import java.util.List;

/**
 * The order every export lists findings in: errors first, then gaps, rounding notes and
 * relations that hold; within one severity by report, then check, then where in the report the
 * first fact stands.
 */
final class FindingOrder {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::doc)
            .thenComparing(Finding::kind)
            .thenComparingInt(FindingOrder::firstOffset);

    private FindingOrder() {
    }

    /** {@code findings} sorted; the sort is stable, so equal findings keep their order. */
    static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(ORDER).toList();
    }

    private static int firstOffset(Finding f) {
        return f.facts().stream().filter(x -> x.doc().equals(f.doc())).mapToInt(x -> x.span().start())
                .min().orElse(f.facts().stream().mapToInt((Fact x) -> x.span().start()).min().orElse(-1));
    }
}
