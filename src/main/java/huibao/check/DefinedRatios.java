package huibao.check;

import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.util.List;

/**
 * Rates defined by two other indicators ({@code check-ratios.tsv}): 新签约项目25个，开工建设18个，
 * 履约率72% holds when 18 / 25 prints as 72%. Both counts must stand in the rate's sentence.
 */
final class DefinedRatios implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (CheckWords.Ratio ratio : c.words().ratios) {
            for (ReportFacts r : c.reports()) {
                for (Fact rate : r.facts) {
                    if (!rate.indicator().equals(ratio.indicator()) || rate.measure() != Measure.VALUE
                            || Bounds.of(rate) == null) {
                        continue;
                    }
                    Fact numerator = r.before(rate, f -> f.indicator().equals(ratio.numerator())
                            && f.measure() == Measure.VALUE && ReportFacts.sameScope(f, rate));
                    Fact denominator = r.before(rate, f -> f.indicator().equals(ratio.denominator())
                            && f.measure() == Measure.VALUE && ReportFacts.sameScope(f, rate));
                    if (numerator == null || denominator == null || Bounds.of(numerator) == null
                            || Bounds.of(denominator) == null) {
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
}
