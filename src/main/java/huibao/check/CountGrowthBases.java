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
 * A count's growth against the count: 新签约项目58个，同比增长31.6% says last year's count was
 * 58 / 1.316 = 44.07, and a count is a whole number, so the rate must be what some whole base
 * gives (58 / 44 = 31.8%). Only a growth written right after its count, of the same indicator,
 * scope and period, and only an exact count printed in units (不是 1.2万户, 近百个).
 */
final class CountGrowthBases implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact rate : r.of(Measure.YOY)) {
                Bounds stated = Bounds.of(rate);
                if (stated == null || rate.baseUnit() != BaseUnit.PERCENT || Doublings.writtenAsDoubling(rate)
                        || stated.lo().compareTo(Bounds.HUNDRED.negate()) <= 0) {
                    continue;
                }
                // the figure right before the rate, not any earlier one: 12个，总投资5亿元，增长20% grows the amount
                Fact count = r.before(rate, f -> true);
                if (count == null || !isExactCount(count) || count.measure() != Measure.VALUE
                        || !count.indicator().equals(rate.indicator()) || !ReportFacts.sameScope(count, rate)
                        || !ReportFacts.sameSpan(count, rate)
                        || ClauseMark.anyOf(r.between(count, rate), ClauseMark.Kind.SEMICOLON,
                        ClauseMark.Kind.HALF_SEMICOLON)
                        || r.before(count, f -> f.measure() == Measure.VALUE && f.indicator().equals(count.indicator())
                        && ReportFacts.sameScope(f, count) && f.baseUnit() == BaseUnit.COUNT) != null) {
                    continue; // 今年47家，去年38家，增长23.7%: two levels, the growth is GrowthRates' to judge
                }
                BigDecimal now = count.baseValue();
                Long base = nearestBase(now, stated.point());
                if (base == null) {
                    continue;
                }
                Bounds implied = Bounds.exact(now).growthFrom(Bounds.exact(BigDecimal.valueOf(base)));
                if (implied != null) {
                    out.add(Judgement.of(Finding.Kind.YOY, rate, List.of(count, rate), implied,
                            "个数增速：" + Judgement.text(count) + " 较上年的整数个数 " + base + count.unit()));
                }
            }
        }
    }

    /** A count printed in whole units and not hedged: 351个, not 3.5万户 or 300余家. */
    private static boolean isExactCount(Fact f) {
        return f.baseUnit() == BaseUnit.COUNT && Bounds.of(f) != null && f.value() != null
                && f.value().signum() > 0 && f.baseValue().compareTo(f.value()) == 0
                && f.value().stripTrailingZeros().scale() <= 0;
    }

    /**
     * The whole base count whose growth to {@code now} comes nearest to {@code ratePoint} percent:
     * the whole numbers either side of now / (1 + rate), or {@code null} when neither is positive.
     */
    private static Long nearestBase(BigDecimal now, BigDecimal ratePoint) {
        BigDecimal factor = BigDecimal.ONE.add(ratePoint.movePointLeft(2));
        if (factor.signum() <= 0) {
            return null;
        }
        BigDecimal exact = now.divide(factor, Bounds.MC);
        long down = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
        long up = down + 1;
        Long best = null;
        BigDecimal bestGap = null;
        for (long n : new long[] {down, up}) {
            if (n <= 0) {
                continue;
            }
            BigDecimal growth = now.divide(BigDecimal.valueOf(n), Bounds.MC).subtract(BigDecimal.ONE).movePointRight(2);
            BigDecimal gap = growth.subtract(ratePoint).abs();
            if (bestGap == null || gap.compareTo(bestGap) < 0) {
                best = n;
                bestGap = gap;
            }
        }
        return best;
    }
}
