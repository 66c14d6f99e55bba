package huibao.check;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Finding;
import huibao.model.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two shares of one whole that cannot both hold: 制造业…占全区的62.4% and 服务业…占全区的45.1%
 * count things apart (two sectors neither of which lies inside the other), so together they can
 * be at most 100%. Shares are of one whole when extraction tied both to the same whole, or both
 * phrases name the same whole region (占全区) for the same indicator and period. Judged at the
 * printed precision: an error only when even the smallest values the two figures stand for exceed
 * 100%. Shares worded over a task (占年度任务的) are completions and are left alone.
 */
final class ShareSums implements Check {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void run(CheckContext c, List<Finding> out) {
        PartClasses classes = new PartClasses(c.words());
        for (ReportFacts r : c.reports()) {
            Map<String, List<Fact>> byWhole = new LinkedHashMap<>();
            for (Fact share : r.of(Measure.SHARE)) {
                String whole = wholeOf(r, share);
                if (whole != null && Bounds.of(share) != null && share.baseUnit().id().equals("percent")
                        && !c.words().namesTask(share) && !namesTaskInLead(c, share)) {
                    byWhole.computeIfAbsent(share.indicator() + "|" + share.period() + "|" + whole,
                            k -> new ArrayList<>()).add(share);
                }
            }
            for (List<Fact> shares : byWhole.values()) {
                Finding found = firstPairOverAHundred(shares, classes);
                if (found != null) {
                    out.add(found);
                }
            }
        }
    }

    /** What names the share's whole: the whole it is tied to, or the whole-region word of its phrase; else {@code null}. */
    private static String wholeOf(ReportFacts r, Fact share) {
        String whole = share.linked(FactLink.Kind.WHOLE);
        if (whole != null) {
            return whole;
        }
        Fact part = r.linked(share, FactLink.Kind.PART);
        if (part == null) {
            return null;
        }
        List<ClauseMark> phrase = r.between(part, share);
        return phrase.stream().filter(m -> m.kind() == ClauseMark.Kind.WHOLE_REGION || m.kind() == ClauseMark.Kind.EXTERNAL)
                .map(m -> "region:" + m.word()).findFirst().orElse(null);
    }

    private static boolean namesTaskInLead(CheckContext c, Fact share) {
        String lead = share.clause() == null ? "" : share.clause().lead();
        return c.words().tasks.stream().anyMatch(lead::contains);
    }

    private static Finding firstPairOverAHundred(List<Fact> shares, PartClasses classes) {
        for (int i = 0; i < shares.size(); i++) {
            for (int j = i + 1; j < shares.size(); j++) {
                Fact a = shares.get(i);
                Fact b = shares.get(j);
                if (!classes.apart(a, b)) {
                    continue;
                }
                Bounds sum = Bounds.of(a).plus(Bounds.of(b));
                if (sum.lo().compareTo(HUNDRED) > 0) {
                    String what = String.join("; ", a.scope()) + Judgement.text(a) + " + " + String.join("; ", b.scope())
                            + Judgement.text(b);
                    return new Finding(Finding.Kind.SHARE_SUM, Finding.Severity.ERROR, b.doc(), b.indicator(), List.of(a, b),
                            "≤ 100%", Judgement.text(b), "同一整体的两项占比之和超过100%：" + what + " = "
                            + Judgement.figure(sum.point(), 2) + "%", false);
                }
            }
        }
        return null;
    }
}
