package huibao.dataset;

import huibao.catalog.ScopeCatalog;
import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Report;
import huibao.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells which facts state an indicator for a report's whole region and period: the figures a
 * table compares, as opposed to a sector's share, a 其中 part, a project's investment or a
 * figure of another period. Area words (市外, 省外) only say where money comes from, which the
 * indicator already implies, so they leave a figure whole.
 */
public final class HeadlineFacts {

    private final Set<String> areaWords = new HashSet<>();

    /**
     * Takes the area qualifiers of {@code scopes.tsv} from {@code scopes}; extraction marks the
     * headline cues in each sentence.
     */
    public HeadlineFacts(ScopeCatalog scopes) {
        areaWords.addAll(scopes.words("area"));
    }

    /**
     * Whether {@code f} is stated for the whole region in so many words: it is {@link #whole}, and
     * a headline cue (全区, 全年, a {@link ClauseMark.Kind#HEADLINE_CUE} mark) stands before it in its
     * sentence with no ； and only other headline figures between (对全区38个在库项目…已开工26个:
     * 全区 speaks of the 38).
     *
     * @param report      f's report (extraction has placed f's sentence; kept for the callers)
     * @param reportFacts the facts of f's report, to see which figures stand between
     */
    public boolean firm(Fact f, Report report, List<Fact> reportFacts) {
        if (!whole(f) || f.clause() == null) {
            return false;
        }
        Span sentence = f.clause().sentence();
        int at = f.span().start();
        if (at < sentence.start() || at > sentence.end()) {
            return false;
        }
        int from = sentence.start();
        int cueEnd = -1;
        for (ClauseMark m : f.clause().marks()) {
            if ((m.kind() == ClauseMark.Kind.SEMICOLON || m.kind() == ClauseMark.Kind.HALF_SEMICOLON) && m.span().start() <= at) {
                from = Math.max(from, m.span().end());
            }
        }
        for (ClauseMark m : f.clause().marks()) {
            if (m.kind() == ClauseMark.Kind.HEADLINE_CUE && m.within(from, at)) {
                cueEnd = Math.max(cueEnd, m.span().end());
            }
        }
        if (cueEnd < 0) {
            return false;
        }
        for (Fact other : reportFacts) {
            int o = other.span().start();
            if (other != f && other.sentence().equals(f.sentence()) && o >= cueEnd && o < at
                    && (other.indicator().equals(Fact.OTHER) || !whole(other))) {
                return false; // 全市新设外商投资企业111个，合同外资29.7亿美元，实际使用外资16.7亿美元 is one chain
            }
        }
        return true;
    }

    /** Whether {@code f} counts the whole region: no narrowing scope, no parent, no project. */
    public boolean whole(Fact f) {
        return f.partOf() == null && f.project() == null && wholeScope(f.scope());
    }

    /** Whether a scope names nothing narrower than the region (none, or only area words). */
    public boolean wholeScope(List<String> scope) {
        for (String part : scope) {
            if (!areaWords.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code f} covers the report's own period (a target may cover the whole year). */
    public boolean ofReportPeriod(Fact f, Report r) {
        if (f.period() == null || f.period().year() == null && f.period().toMonth() == null) {
            return true;
        }
        if (f.measure() == Measure.TARGET) {
            return f.period().year() == null || r.period().year() == null
                    || f.period().year().equals(r.period().year());
        }
        return f.period().sameSpanAs(r.period());
    }

    /**
     * The facts of {@code reportFacts} that state {@code indicator}'s {@code measure} for the
     * report's whole region and period, in reading order.
     */
    public List<Fact> of(Report report, List<Fact> reportFacts, String indicator, Measure measure) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : reportFacts) {
            if (f.indicator().equals(indicator) && f.measure() == measure && whole(f) && ofReportPeriod(f, report)) {
                out.add(f);
            }
        }
        return out;
    }
}
