package huibao.check;

import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Finding;
import huibao.model.Measure;

import java.math.BigDecimal;
import java.util.List;

/**
 * Figures that cannot be true whatever else the report says: a part's share of its whole above
 * 100% (a completion may be; a share of a task is one), a negative share or completion, a fall of more than 100%.
 */
final class ImplausibleFigures implements Check {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Whether a share above 100% may be a completion worded as a share (占总任务4.8亿元的154%,
     * 占年度任务的112%): its whole is a target, or its clause names a task ({@code check-words.tsv} task),
     * or it is a rate the report names (资金到位率, {@code check-words.tsv} named_rate).
     * Completion above 100% is normal.
     */
    private static boolean ofTask(ReportFacts r, Fact share, CheckWords words) {
        Fact whole = r.linked(share, FactLink.Kind.WHOLE);
        if (whole != null && whole.measure() == Measure.TARGET) {
            return true;
        }
        String lead = share.clause() == null ? "" : share.clause().lead();
        // 资金到位率207.53%: a rate the report names divides one figure by another, not a part by its whole
        return words.tasks.stream().anyMatch(lead::contains) || words.namedRates.stream().anyMatch(lead::contains);
    }

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact f : r.facts) {
                Bounds b = Bounds.of(f);
                if (b == null) {
                    continue;
                }
                String why = null;
                String expected = null;
                if (f.measure() == Measure.SHARE && b.lo().compareTo(HUNDRED) > 0 && !ofTask(r, f, c.words())) {
                    why = "占比超过100%：部分不能大于整体";
                    expected = "≤ 100%";
                } else if ((f.measure() == Measure.SHARE || f.measure() == Measure.COMPLETION) && b.hi().signum() < 0) {
                    why = "占比或完成率为负数";
                    expected = "≥ 0%";
                } else if (f.measure() == Measure.YOY && b.hi().compareTo(HUNDRED.negate()) < 0) {
                    why = "下降超过100%：总量不能降到零以下";
                    expected = "≥ -100%";
                }
                if (why != null) {
                    out.add(new Finding(Finding.Kind.IMPLAUSIBLE, Finding.Severity.ERROR, f.doc(), f.indicator(),
                            List.of(f), expected, Judgement.text(f), why + "（" + Judgement.text(f) + "）", false));
                }
            }
        }
    }
}
