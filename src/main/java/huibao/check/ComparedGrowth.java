package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.util.List;

/**
 * 完成进出口额14.6亿元，比上年的9.8亿元增长49%: a growth rate right after the level it is compared
 * with (the figure just before the rate, in a clause of comparison, {@code check-words.tsv} versus),
 * against the level before that. The base's own year need not be read: the clause says it is the
 * level compared with. Where extraction dated the base a year before the level, {@link GrowthRates}
 * judges the same three figures, and this check leaves them to it.
 */
final class ComparedGrowth implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact rate : r.of(Measure.YOY)) {
                if (Bounds.of(rate) == null || rate.baseUnit() != BaseUnit.PERCENT || Doublings.writtenAsDoubling(rate)) {
                    // 翻了两番 is a doubling, Doublings judges it loosely
                    continue;
                }
                Fact base = r.before(rate, f -> true);
                if (base == null || base.measure() != Measure.VALUE || Bounds.of(base) == null
                        || !comparedWith(base, c.words())) {
                    continue;
                }
                Fact level = r.before(base, f -> true);
                if (level == null || level.measure() != Measure.VALUE || Bounds.of(level) == null
                        || level.baseUnit() != base.baseUnit() || !sameThing(level, base) || !sameThing(base, rate)
                        || comparedWith(level, c.words()) || yearBefore(base, level)
                        || ClauseMark.anyOf(r.between(level, rate), ClauseMark.Kind.SEMICOLON,
                        ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP)) {
                    continue;
                }
                Bounds implied = Bounds.of(level).growthFrom(Bounds.of(base));
                if (implied != null) {
                    out.add(Judgement.of(Finding.Kind.YOY, rate, List.of(level, base, rate), implied,
                            "同比增速：" + Judgement.text(level) + " 较比较基数 " + Judgement.text(base)));
                }
            }
        }
    }

    /** Whether two figures are of one indicator and scope, an unnamed indicator going with any. */
    private static boolean sameThing(Fact a, Fact b) {
        return (a.indicator().equals(b.indicator()) || Fact.OTHER.equals(a.indicator())
                || Fact.OTHER.equals(b.indicator())) && ReportFacts.sameScope(a, b);
    }

    /** Whether {@code f}'s clause compares the level before it with it (比上年的9.8亿元), and is no share (占比). */
    private static boolean comparedWith(Fact f, CheckWords words) {
        String lead = f.clause() == null ? "" : f.clause().lead();
        return words.shareWords.stream().noneMatch(lead::contains) && words.versus.stream().anyMatch(lead::contains);
    }

    private static boolean yearBefore(Fact base, Fact level) {
        return base.period() != null && level.period() != null && base.period().year() != null
                && level.period().year() != null && base.period().year() == level.period().year() - 1;
    }
}
