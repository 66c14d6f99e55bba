package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Finding;
import huibao.model.Measure;

import java.util.ArrayList;
import java.util.List;

/**
 * 实际利用外资1740万美元，完成市分配任务的168.1%: a completion rate against the level before it
 * and its target, the one written in the phrase (完成市下达25.5亿元任务数的53.49%) or else the
 * report's one target for the same indicator, scope and year. Extraction links each rate to both
 * ({@link FactLink.Kind#ACTUAL}, {@link FactLink.Kind#TARGET}); this check does the arithmetic.
 */
final class CompletionRates implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact rate : rates(r)) {
                if (Bounds.of(rate) == null) {
                    continue;
                }
                Fact actual = r.linked(rate, FactLink.Kind.ACTUAL);
                if (actual == null || Bounds.of(actual) == null || c.words().namesTask(actual)) {
                    continue; // 占市分配任务1000万美元（其中加工贸易200万美元）的31.4%: a task read as a level is no actual
                }
                Fact target = r.linked(rate, FactLink.Kind.TARGET);
                if (target == null || Bounds.of(target) == null || target.baseUnit() != actual.baseUnit()) {
                    continue; // 5.06亿元 and 238.9万美元 against 12亿: no rate is stated to mix currencies
                }
                boolean excess = rate.measure() == Measure.PP_CHANGE || excess(rate, c.words());
                // a rate printed finer than a whole actual (13亿元 of 40.2亿元 is 32.5%) was worked out before the actual was rounded
                Bounds done = rate.value().scale() > 0 ? Bounds.ofRateBasis(actual) : Bounds.of(actual);
                Bounds implied = excess ? done.growthFrom(Bounds.of(target)) : done.percentOf(Bounds.of(target));
                if (implied != null) {
                    out.add(Judgement.of(Finding.Kind.COMPLETION, rate, List.of(actual, target, rate), implied,
                            (excess ? "超出目标：" : "完成率：") + Judgement.text(actual) + " ÷ " + Judgement.text(target)
                                    + (excess ? " − 100%" : "")));
                }
            }
        }
    }

    /**
     * The completion rates (430亿元 read as a completion is a target, not a rate to judge) and the
     * points above a target that extraction tied to it (超过目标任务500亿元的16.4%).
     */
    private static List<Fact> rates(ReportFacts r) {
        List<Fact> rates = new ArrayList<>();
        r.of(Measure.COMPLETION).stream().filter(f -> f.baseUnit() == BaseUnit.PERCENT).forEach(rates::add);
        r.of(Measure.PP_CHANGE).stream().filter(f -> r.linked(f, FactLink.Kind.TARGET) != null).forEach(rates::add);
        return rates;
    }

    /**
     * Whether the rate is by how much the level passes its target (超过目标任务4000亿元的19%: 19% above
     * it, not 19% of it): its clause says so ({@code check-words.tsv} excess) and names no completion.
     */
    private static boolean excess(Fact rate, CheckWords words) {
        String lead = rate.clause() == null ? "" : rate.clause().lead();
        return !lead.contains("完成") && words.excess.stream().anyMatch(lead::contains);
    }
}
