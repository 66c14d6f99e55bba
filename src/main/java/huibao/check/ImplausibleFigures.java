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
 * A share above 100% is an error only when it is one beyond doubt: a share word calls it so (占, 比重)
 * and its whole is named in its phrase (占全区到位资金的) or tied to it (the 其中 total). Without a
 * share word it is more likely a rate or completion misread (完成年度任务的143.5%) and says nothing;
 * with one but no whole it is a note. A contribution rate (贡献率) is bounded by nothing.
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
        String lead = lead(share);
        // 资金到位率207.53%: a rate the report names divides one figure by another, not a part by its whole
        return words.tasks.stream().anyMatch(lead::contains) || words.namedRates.stream().anyMatch(lead::contains)
                || words.namesContribution(share);
    }

    /**
     * How sure it is that a share above 100% is wrong: ERROR when a share word calls it a share and its
     * whole is named after 占 or linked, INFO when only the word is there, {@code null} when no word is.
     */
    private static Finding.Severity doubt(ReportFacts r, Fact share, CheckWords words) {
        String lead = lead(share);
        if (words.shareWords.stream().noneMatch(lead::contains)) {
            return null;
        }
        return r.linked(share, FactLink.Kind.WHOLE) != null || wholeNamed(lead, words)
                ? Finding.Severity.ERROR : Finding.Severity.INFO;
    }

    /**
     * 占全区到位资金的, 占签约项目总投资的: a whole named between the last whole opener ({@code check-words.tsv}
     * whole_opener, 占) and 的 before the figure, unless that opener begins a not_whole_opener (占比达).
     */
    private static boolean wholeNamed(String lead, CheckWords words) {
        int k = -1;
        int opened = 0;
        for (String w : words.wholeOpeners) {
            int at = lead.lastIndexOf(w);
            if (at > k) {
                k = at;
                opened = w.length();
            }
        }
        int from = k;
        if (k < 0 || words.notWholeOpeners.stream().anyMatch(w -> lead.startsWith(w, from))) {
            return false;
        }
        return lead.indexOf('的', k + opened) > k + opened;
    }

    private static String lead(Fact f) {
        return f.clause() == null ? "" : f.clause().lead();
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
                Finding.Severity severity = Finding.Severity.ERROR;
                if (f.measure() == Measure.SHARE && b.lo().compareTo(HUNDRED) > 0) {
                    severity = ofTask(r, f, c.words()) ? null : doubt(r, f, c.words());
                    if (severity == null) {
                        continue;
                    }
                    why = severity == Finding.Severity.ERROR ? "占比超过100%：部分不能大于整体"
                            : "占比超过100%：部分不能大于整体，但句中未写明整体，可能是完成率或增速，请核对";
                    expected = "≤ 100%";
                } else if ((f.measure() == Measure.SHARE || f.measure() == Measure.COMPLETION) && b.hi().signum() < 0) {
                    why = "占比或完成率为负数";
                    expected = "≥ 0%";
                } else if (f.measure() == Measure.YOY && b.hi().compareTo(HUNDRED.negate()) < 0) {
                    why = "下降超过100%：总量不能降到零以下";
                    expected = "≥ -100%";
                }
                if (why != null) {
                    out.add(new Finding(Finding.Kind.IMPLAUSIBLE, severity, f.doc(), f.indicator(),
                            List.of(f), expected, Judgement.text(f), why + "（" + Judgement.text(f) + "）", false));
                }
            }
        }
    }
}
