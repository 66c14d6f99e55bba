package huibao.check;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.util.List;
import java.util.Objects;

/**
 * A growth rate against the levels that imply it: 47家，同比增加9家，增长23.7% (last year 38) or
 * 5.26亿元，去年同期为4.71亿元，同比增长15.8%. A rate whose sign contradicts a stated fall or
 * rise (比去年同期减少2个，同比增长12.5%) cannot be true whatever the rounding.
 */
final class GrowthRates implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact rate : r.of(Measure.YOY)) {
                Bounds stated = Bounds.of(rate);
                if (stated == null) {
                    continue;
                }
                Fact level = r.before(rate, f -> f.measure() == Measure.VALUE && f.indicator().equals(rate.indicator())
                        && ReportFacts.sameScope(f, rate) && samePeriod(f, rate));
                if (level == null || Bounds.of(level) == null
                        || ClauseMark.anyOf(r.between(level, rate), ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON)) {
                    continue; // 甲企业产值12.5亿元；乙企业产值增长2.1亿元，增幅达120%: a ； starts another statement
                }
                Fact change = r.before(rate, f -> f.measure() == Measure.YOY_ABS && f.indicator().equals(rate.indicator())
                        && ReportFacts.sameScope(f, rate) && f.span().start() > level.span().start());
                Fact previous = r.before(rate, f -> f.measure() == Measure.VALUE && f.indicator().equals(rate.indicator())
                        && ReportFacts.sameScope(f, rate) && f.span().start() > level.span().start() && yearBefore(f, level));
                if (change != null && Bounds.of(change) != null) {
                    judge(out, c.words(), rate, List.of(level, change, rate), Bounds.of(level).minus(Bounds.of(change)), level,
                            change.baseValue().signum(), "同比增速：" + Judgement.text(level) + " 较上年（"
                                    + Judgement.text(level) + " − " + Judgement.text(change) + "）");
                } else if (previous != null && Bounds.of(previous) != null) {
                    judge(out, c.words(), rate, List.of(level, previous, rate), Bounds.of(previous), level,
                            Bounds.of(level).point().compareTo(Bounds.of(previous).point()),
                            "同比增速：" + Judgement.text(level) + " 较去年同期 " + Judgement.text(previous));
                }
            }
        }
    }

    private static void judge(List<Finding> out, CheckWords words, Fact rate, List<Fact> facts, Bounds previous, Fact level,
                              int direction, String what) {
        int sign = rate.baseValue().signum();
        if (direction != 0 && sign != 0 && direction != sign) {
            out.add(new Finding(Finding.Kind.IMPLAUSIBLE, Finding.Severity.ERROR, rate.doc(), rate.indicator(), facts,
                    direction < 0 ? "下降" : "增长", Judgement.text(rate),
                    what + "，数量" + (direction < 0 ? "减少" : "增加") + "，增速却为" + (sign > 0 ? "正" : "负") + "：增速与增减方向相反",
                    false));
            return;
        }
        Bounds implied = Bounds.of(level).growthFrom(previous);
        if (implied != null) {
            out.add(Judgement.ofGrowth(rate, facts, implied, what, words));
        }
    }

    private static boolean samePeriod(Fact a, Fact b) {
        return a.period() == null || b.period() == null || Objects.equals(a.period().year(), b.period().year());
    }

    /** Whether {@code f} is dated the year before {@code level}. */
    static boolean yearBefore(Fact f, Fact level) {
        return f.period() != null && level.period() != null && f.period().year() != null && level.period().year() != null
                && f.period().year() == level.period().year() - 1;
    }
}
