package huibao.check;

import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A total's growth against its parts': 制造业7,120万美元，增长17.1%；服务业2,736万美元，下降7.3%
 * cannot make a total of 9,856万美元 that grew 19.6%. When 其中 parts that count things apart add
 * up to their total and each states its growth, last year's total is the sum of the parts' last
 * year levels, and the total's growth follows; with every figure taken over its printed
 * precision, the stated growth must lie within what they allow.
 */
final class GrowthMix implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        PartClasses classes = new PartClasses(c.words());
        for (ReportFacts r : c.reports()) {
            for (Fact total : r.totals()) {
                Fact totalRate = rateOf(r, total);
                List<Fact> parts = r.partsOf(total).stream().filter(p -> p.measure() == Measure.VALUE
                        && p.baseUnit() == total.baseUnit()).toList();
                if (totalRate == null || Bounds.of(total) == null || parts.size() < 2 || !classes.disjoint(parts)) {
                    continue;
                }
                List<Bounds> levels = new ArrayList<>();
                List<Bounds> rates = new ArrayList<>();
                List<Fact> facts = new ArrayList<>();
                for (Fact p : parts) {
                    Fact rate = rateOf(r, p);
                    if (rate == null || Bounds.of(p) == null) {
                        levels.clear();
                        break;
                    }
                    levels.add(Bounds.of(p));
                    rates.add(Bounds.of(rate));
                    facts.add(p);
                    facts.add(rate);
                }
                if (levels.size() != parts.size() || !Bounds.sum(levels).overlaps(Bounds.of(total))) {
                    continue; // the parts must make up the whole
                }
                facts.add(total);
                facts.add(totalRate);
                out.add(Judgement.of(Finding.Kind.GROWTH_MIX, totalRate, facts, implied(levels, rates),
                        "总量增速由各分项推算（" + describe(facts) + "）"));
            }
        }
    }

    /** The growth of a level: the yoy rate that follows it before the next level of its sentence. */
    static Fact rateOf(ReportFacts r, Fact level) {
        for (Fact f : r.after(level)) {
            if (f.measure() == Measure.VALUE) {
                return null;
            }
            if (f.measure() == Measure.YOY && f.indicator().equals(level.indicator())) {
                return Bounds.of(f) == null ? null : f;
            }
        }
        return null;
    }

    /** The total's growth over every corner of the parts' bounds: it rises with each rate. */
    static Bounds implied(List<Bounds> levels, List<Bounds> rates) {
        BigDecimal lo = null;
        BigDecimal hi = null;
        int n = levels.size();
        for (int mask = 0; mask < (1 << n); mask++) {
            List<BigDecimal> v = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                v.add((mask >> i & 1) == 0 ? levels.get(i).lo() : levels.get(i).hi());
            }
            BigDecimal low = growth(v, rates, true);
            BigDecimal high = growth(v, rates, false);
            lo = lo == null || low.compareTo(lo) < 0 ? low : lo;
            hi = hi == null || high.compareTo(hi) > 0 ? high : hi;
        }
        List<BigDecimal> points = levels.stream().map(Bounds::point).toList();
        List<Bounds> pointRates = rates.stream().map(b -> Bounds.exact(b.point())).toList();
        return new Bounds(lo, hi, growth(points, pointRates, true), 2);
    }

    private static BigDecimal growth(List<BigDecimal> levels, List<Bounds> rates, boolean low) {
        BigDecimal now = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        for (int i = 0; i < levels.size(); i++) {
            BigDecimal g = (low ? rates.get(i).lo() : rates.get(i).hi()).divide(Bounds.HUNDRED, Bounds.MC).add(BigDecimal.ONE);
            now = now.add(levels.get(i));
            before = before.add(levels.get(i).divide(g, Bounds.MC));
        }
        return now.divide(before, Bounds.MC).subtract(BigDecimal.ONE).multiply(Bounds.HUNDRED);
    }

    private static String describe(List<Fact> facts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < facts.size() - 2; i += 2) {
            Fact level = facts.get(i);
            Fact rate = facts.get(i + 1);
            out.add(String.join("; ", level.scope()) + Judgement.text(level) + " 增速"
                    + (rate.value().signum() > 0 ? "+" : "") + rate.value().toPlainString() + "%");
        }
        return String.join("，", out);
    }
}
