package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 完成年度计划的47.2%，高于序时进度5.3个百分点；…完成年度计划的48.4%，超序时进度5.9%: each completion and
 * its gap to the time schedule imply the schedule (41.9% and 42.5% here), and the rates of one period
 * are measured against one schedule, so the implied figures must meet. Whatever the schedule is
 * (5/12 of the year, or a plan's own curve) is not assumed; only that the report uses one.
 */
final class ScheduleGaps implements Check {

    /**
     * A completion, its gap to the schedule, and the schedule they imply.
     *
     * @param flipped whether the gap is printed unsigned though it says the rate lags (低于…4.3个百分点 read as 4.3)
     */
    private record Gap(Fact rate, Fact gap, Bounds schedule, boolean flipped) {
    }

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            List<Gap> gaps = new ArrayList<>();
            for (Fact g : r.of(Measure.PP_CHANGE)) {
                Gap gap = gap(r, g, c.words());
                if (gap != null) {
                    gaps.add(gap);
                }
            }
            for (int i = 1; i < gaps.size(); i++) {
                Gap first = gaps.get(0);
                Gap later = gaps.get(i);
                if (!samePeriod(first.rate(), later.rate())) {
                    continue;
                }
                // the later gap as the first pair's schedule implies it
                Bounds rate = Bounds.of(later.rate());
                Bounds ahead = rate.minus(first.schedule());
                Bounds implied = later.flipped() ? negated(ahead) : ahead;
                out.add(Judgement.of(Finding.Kind.COMPLETION, later.gap(), List.of(first.rate(), first.gap(),
                        later.rate(), later.gap()), implied, "同一序时进度：" + Judgement.text(later.rate()) + " 与（"
                        + Judgement.text(first.rate()) + (first.flipped() || first.gap().baseValue().signum() < 0 ? " + " : " − ")
                        + Judgement.text(first.gap())
                        + "）之差"));
            }
        }
    }

    /** The gap {@code g} states to the schedule and the completion before it in its clause chain, or {@code null}. */
    private static Gap gap(ReportFacts r, Fact g, CheckWords words) {
        String lead = g.clause() == null ? "" : g.clause().lead();
        if (Bounds.of(g) == null || words.schedule.stream().noneMatch(lead::contains)) {
            return null;
        }
        boolean behind = words.behind.stream().anyMatch(lead::contains);
        if (!behind && words.ahead.stream().noneMatch(lead::contains)) {
            return null;
        }
        Fact rate = r.before(g, f -> f.measure() == Measure.COMPLETION && f.baseUnit() == BaseUnit.PERCENT);
        if (rate == null || Bounds.of(rate) == null || ClauseMark.anyOf(r.between(rate, g), ClauseMark.Kind.SEMICOLON,
                ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP)
                || r.before(g, f -> f.span().start() > rate.span().start()) != null) {
            return null; // 完成47%，同比增长12%，高于序时进度5个百分点: the gap follows another figure
        }
        // extraction signs a gap behind the schedule (低于序时进度4.3个百分点 → −4.3); one it left unsigned is turned here
        boolean flipped = behind && g.baseValue().signum() > 0;
        Bounds signed = flipped ? negated(Bounds.of(g)) : Bounds.of(g);
        return new Gap(rate, g, Bounds.of(rate).minus(signed), flipped);
    }

    private static Bounds negated(Bounds b) {
        return new Bounds(b.hi().negate(), b.lo().negate(), b.point().negate(), b.places());
    }

    private static boolean samePeriod(Fact a, Fact b) {
        return a.period() == null || b.period() == null || a.period().sameSpanAs(b.period())
                && Objects.equals(a.period().year(), b.period().year());
    }
}
