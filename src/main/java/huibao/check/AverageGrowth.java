package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 签约项目7个，协议投资107.54亿元，同比增长248.7%，平均每个项目15.4亿元，同比增长137.2%: a total
 * and its average over a stated count, each with its growth, imply last year's count:
 * n × (1 + average growth) ÷ (1 + total growth), here 4.76. A count is a whole number, so the two
 * growth rates cannot both hold when no whole number lies between the smallest and largest values
 * their printed precision allows. The average must be the total over the count as printed (15.4 for
 * 107.54 ÷ 7), so that it is plainly the average of those things; the average's own printed value is
 * not used otherwise. Words of an average are {@code check-words.tsv} average.
 */
final class AverageGrowth implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact avg : r.of(Measure.VALUE)) {
                Finding f = judge(r, avg, c.words());
                if (f != null) {
                    out.add(f);
                }
            }
        }
    }

    private static Finding judge(ReportFacts r, Fact avg, CheckWords words) {
        String lead = avg.clause() == null ? "" : avg.clause().lead();
        if (Bounds.of(avg) == null || words.average.stream().noneMatch(lead::contains)) {
            return null;
        }
        Fact avgRate = next(r, avg);
        Fact totalRate = r.before(avg, f -> true);
        if (avgRate == null || avgRate.measure() != Measure.YOY || totalRate == null || totalRate.measure() != Measure.YOY) {
            return null;
        }
        Fact total = r.before(totalRate, f -> true);
        if (total == null || total.measure() != Measure.VALUE || total.baseUnit() != avg.baseUnit()) {
            return null;
        }
        Fact count = r.before(total, f -> f.measure() == Measure.VALUE && f.baseUnit() == BaseUnit.COUNT);
        Bounds n = count == null ? null : Bounds.of(count);
        Bounds t = Bounds.of(total);
        Bounds a = Bounds.of(totalRate);
        Bounds b = Bounds.of(avgRate);
        if (n == null || t == null || a == null || b == null || n.places() > 0 || n.point().signum() <= 0
                || ClauseMark.anyOf(r.between(count, avgRate), ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON,
                ClauseMark.Kind.STOP)) {
            return null;
        }
        // the average is the total over the count as printed: otherwise it may be over other things
        Bounds mean = t.percentOf(n);
        if (mean == null || !scaled(mean, 100).overlaps(Bounds.of(avg))) {
            return null;
        }
        // last year's count: n × (1 + b) ÷ (1 + a)
        BigDecimal lo = n.point().multiply(grown(b.lo()), Bounds.MC).divide(grown(a.hi()), Bounds.MC);
        BigDecimal hi = n.point().multiply(grown(b.hi()), Bounds.MC).divide(grown(a.lo()), Bounds.MC);
        if (hi.signum() <= 0) {
            return null;
        }
        BigDecimal below = lo.setScale(0, RoundingMode.CEILING);
        if (below.compareTo(hi) <= 0) {
            return null; // a whole number of last year's things fits both rates
        }
        // the nearest whole count, and the average growth it would give
        BigDecimal mid = lo.add(hi).divide(BigDecimal.valueOf(2), Bounds.MC);
        BigDecimal k = mid.setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
        Bounds implied = new Bounds(shrunk(grown(a.lo()).multiply(k).divide(n.point(), Bounds.MC)),
                shrunk(grown(a.hi()).multiply(k).divide(n.point(), Bounds.MC)),
                shrunk(grown(a.point()).multiply(k).divide(n.point(), Bounds.MC)), 2);
        return Judgement.of(Finding.Kind.YOY, avgRate, List.of(count, total, totalRate, avg, avgRate), implied,
                "均值增速：总额增长 " + Judgement.text(totalRate) + "、均值增长 " + Judgement.text(avgRate) + "，则上年个数 = "
                        + Judgement.text(count) + " ×（1 + " + Judgement.text(avgRate) + "）÷（1 + " + Judgement.text(totalRate)
                        + "）= " + range(lo, hi) + "，不是整数；按上年 " + k + " 个，均值增速");
    }

    private static String range(BigDecimal lo, BigDecimal hi) {
        String a = Judgement.figure(lo, 2);
        String b = Judgement.figure(hi, 2);
        return a.equals(b) ? a : a + "–" + b;
    }

    /** The fact right after {@code f} in its sentence, or {@code null}. */
    private static Fact next(ReportFacts r, Fact f) {
        List<Fact> after = r.after(f);
        return after.isEmpty() ? null : after.get(0);
    }

    private static Bounds scaled(Bounds b, int divisor) {
        BigDecimal d = BigDecimal.valueOf(divisor);
        return new Bounds(b.lo().divide(d, Bounds.MC), b.hi().divide(d, Bounds.MC), b.point().divide(d, Bounds.MC), b.places());
    }

    /** 1 + a percent growth, as a factor. */
    private static BigDecimal grown(BigDecimal percent) {
        return BigDecimal.ONE.add(percent.divide(Bounds.HUNDRED, Bounds.MC));
    }

    /** A factor back to a percent growth. */
    private static BigDecimal shrunk(BigDecimal factor) {
        return factor.subtract(BigDecimal.ONE).multiply(Bounds.HUNDRED);
    }
}
