package huibao.check;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.math.BigDecimal;
import java.util.List;

/**
 * 完成税收550万元，…比成立之初的170万元翻了三番: a level said to have doubled N times over the level
 * it is compared with (the figure just before the 翻N番, in a clause of comparison, {@code check-words.tsv}
 * versus) is 2^N times it. Reports write doublings loosely (翻了一番 for 1.9 times, 翻一番还多 for 2.4),
 * so an error is raised only when even the largest ratio the printed levels allow falls short of
 * nine tenths of 2^N: three doublings are eight times, and 550 over 170 is 3.24.
 */
final class Doublings implements Check {

    private static final BigDecimal LOOSE = new BigDecimal("0.9");

    /** Whether a growth is written in 番 (翻两番): a multiple of doublings, not a percent to judge as one. */
    static boolean writtenAsDoubling(Fact rate) {
        return "番".equals(rate.unit());
    }

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact rate : r.of(Measure.YOY)) {
                if (!writtenAsDoubling(rate) || rate.approx() || rate.value() == null
                        || rate.value().stripTrailingZeros().scale() > 0 || rate.value().signum() <= 0
                        || rate.value().intValue() > 10) {
                    continue;
                }
                Fact base = r.before(rate, f -> true);
                if (base == null || base.measure() != Measure.VALUE || Bounds.of(base) == null
                        || !comparedWith(base, c.words())) {
                    continue;
                }
                Fact level = r.before(base, f -> f.measure() == Measure.VALUE && f.baseUnit() == base.baseUnit()
                        && (f.indicator().equals(base.indicator()) || Fact.OTHER.equals(f.indicator())
                        || Fact.OTHER.equals(base.indicator())));
                if (level == null || Bounds.of(level) == null || ClauseMark.anyOf(r.between(level, rate),
                        ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP)) {
                    continue;
                }
                Bounds ratio = Bounds.of(level).percentOf(Bounds.of(base));
                BigDecimal times = BigDecimal.valueOf(2).pow(rate.value().intValue());
                if (ratio == null || ratio.hi().compareTo(times.multiply(LOOSE).multiply(Bounds.HUNDRED)) >= 0) {
                    continue;
                }
                String got = Judgement.figure(ratio.point().divide(Bounds.HUNDRED, Bounds.MC), 2);
                out.add(new Finding(Finding.Kind.YOY, Finding.Severity.ERROR, rate.doc(), rate.indicator(),
                        List.of(level, base, rate), times.toPlainString() + "倍", Judgement.text(rate),
                        "翻番：" + Judgement.text(rate) + " 即 " + times.toPlainString() + " 倍，" + Judgement.text(level)
                                + " ÷ " + Judgement.text(base) + " = " + got + " 倍：按印刷精度也对不上", false));
            }
        }
    }

    /** Whether {@code base}'s clause compares the level before it with it (比2005年的170万元). */
    private static boolean comparedWith(Fact base, CheckWords words) {
        String lead = base.clause() == null ? "" : base.clause().lead();
        return words.versus.stream().anyMatch(lead::contains);
    }
}
