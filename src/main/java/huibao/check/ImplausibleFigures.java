package huibao.check;

import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.math.BigDecimal;
import java.util.List;

/**
 * Figures that cannot be true whatever else the report says: a part's share of its whole above
 * 100%, a negative share or completion, a fall of more than 100%.
 */
final class ImplausibleFigures implements Check {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
                if (f.measure() == Measure.SHARE && b.lo().compareTo(HUNDRED) > 0) {
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
