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
 *
 * <p>The change may also be written from the earlier level to the later one (财政收入由2.66亿元增加到
 * 4.56亿元，增长71%; 从12个增至18个，增长50%): the earlier level's clause opens with a from word, the later
 * one's with a to word ({@code check-words.tsv} from_word, to_word), and the growth's own clause right
 * after opens with a growth word, so that it is the growth of what the two levels measure, not of
 * another thing named in its clause (产值增长20%), and names no yearly average (年均增长).
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
                if (base == null || base.measure() != Measure.VALUE || Bounds.of(base) == null) {
                    continue;
                }
                if (!comparedWith(base, c.words())) {
                    fromTo(r, rate, base, c.words(), out);
                    continue;
                }
                Fact level = r.before(base, f -> true);
                if (level == null || level.measure() != Measure.VALUE || Bounds.of(level) == null
                        || level.baseUnit() != base.baseUnit() || !sameThing(level, base) || !sameThing(base, rate)
                        || comparedWith(level, c.words()) || GrowthRates.yearBefore(base, level)
                        || ClauseMark.anyOf(r.between(level, rate), ClauseMark.Kind.SEMICOLON,
                        ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP)) {
                    continue;
                }
                Bounds implied = Bounds.of(level).growthFrom(Bounds.of(base));
                if (implied != null) {
                    out.add(Judgement.ofGrowth(rate, List.of(level, base, rate), implied,
                            "同比增速：" + Judgement.text(level) + " 较比较基数 " + Judgement.text(base), c.words()));
                }
            }
        }
    }

    /**
     * 由2.66亿元增加到4.56亿元，增长71%: {@code level}, right before the growth, is the later level when its
     * clause after the figure before it holds a to word, and that figure the earlier level when its own
     * clause holds a from word; both in the growth's sentence, with no ； or 。 between.
     */
    private static void fromTo(ReportFacts r, Fact rate, Fact level, CheckWords words, List<Finding> out) {
        String rateLead = rate.clause() == null ? "" : rate.clause().lead();
        if (words.growthWords.stream().noneMatch(rateLead::startsWith) || words.yearlyAverage.stream().anyMatch(rateLead::contains)
                || level.baseUnit() == BaseUnit.PERCENT || ClauseMark.anyOf(r.between(level, rate), ClauseMark.Kind.SEMICOLON,
                ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP)) {
            return;
        }
        Fact base = r.before(level, f -> true);
        if (base == null || base.measure() != Measure.VALUE || Bounds.of(base) == null || base.baseUnit() != level.baseUnit()
                || !sameThing(base, level) || !sameThing(level, rate) || !r.sameSentence(base, level)
                || ClauseMark.anyOf(r.between(base, level), ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON,
                ClauseMark.Kind.STOP, ClauseMark.Kind.LIST_JOIN)) {
            return;
        }
        String levelLead = level.clause() == null ? "" : level.clause().lead();
        int after = levelLead.lastIndexOf(base.text());
        String toLevel = after < 0 ? levelLead : levelLead.substring(after + base.text().length());
        String baseLead = base.clause() == null ? "" : base.clause().lead();
        if (words.toWords.stream().noneMatch(toLevel::contains) || words.fromWords.stream().noneMatch(baseLead::contains)) {
            return;
        }
        Bounds implied = Bounds.of(level).growthFrom(Bounds.of(base));
        if (implied != null) {
            out.add(Judgement.ofGrowth(rate, List.of(base, level, rate), implied,
                    "增速：由 " + Judgement.text(base) + " 到 " + Judgement.text(level), words));
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
}
