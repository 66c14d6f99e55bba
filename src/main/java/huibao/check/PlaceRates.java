package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Finding;
import huibao.model.Measure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rate given for one place of a list after the places' counts were listed: 签约项目分别为：东坪镇
 * 24个、…；开工项目分别为：东坪镇18个、…；开工率分别为：东坪镇75%、… The rate (a share of its
 * numerator's indicator, check-ratios.tsv) is that place's own counts' quotient: the one count of
 * the numerator that names the place, over the one count of the denominator of exactly that count's
 * scope and period. Any doubt (two counts name the place, no count, a hedged count) leaves it unjudged.
 */
final class PlaceRates implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact rate : r.of(Measure.SHARE)) {
                if (rate.scope() == null || rate.scope().isEmpty() || rate.baseUnit() != BaseUnit.PERCENT || Bounds.of(rate) == null
                        || r.linked(rate, FactLink.Kind.PART) != null || r.linked(rate, FactLink.Kind.WHOLE) != null) {
                    continue; // a linked rate is Shares' to judge
                }
                for (CheckWords.Ratio ratio : c.words().ratios) {
                    if (!ratio.numerator().equals(rate.indicator())) {
                        continue;
                    }
                    Fact numerator = only(r.facts.stream().filter(f -> f.indicator().equals(ratio.numerator())
                            && isCount(f) && f.span().start() < rate.span().start() && ReportFacts.sameSpan(f, rate)
                            && scopeWords(f).containsAll(scopeWords(rate))).toList());
                    if (numerator == null) {
                        continue;
                    }
                    Fact denominator = only(r.facts.stream().filter(f -> f.indicator().equals(ratio.denominator())
                            && isCount(f) && f.span().start() < rate.span().start() && ReportFacts.sameSpan(f, numerator)
                            && ReportFacts.sameScope(f, numerator)).toList());
                    if (denominator == null || Bounds.of(numerator) == null || Bounds.of(denominator) == null) {
                        continue;
                    }
                    Bounds implied = Bounds.of(numerator).percentOf(Bounds.of(denominator));
                    if (implied != null) {
                        out.add(Judgement.of(Finding.Kind.RATIO, rate, List.of(numerator, denominator, rate), implied,
                                "比率：" + Judgement.text(numerator) + " ÷ " + Judgement.text(denominator)));
                    }
                }
            }
        }
    }

    private static boolean isCount(Fact f) {
        return f.measure() == Measure.VALUE && f.baseUnit() == BaseUnit.COUNT;
    }

    /** The one fact of {@code candidates}, or {@code null} when there are none or several. */
    private static Fact only(List<Fact> candidates) {
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** The words of a fact's scope (亿元以上, 东坪镇). */
    private static Set<String> scopeWords(Fact f) {
        return f.scope() == null ? Set.of() : new HashSet<>(f.scope());
    }
}
