package huibao.check;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.util.List;
import java.util.Objects;

/**
 * 实际利用外资1740万美元，完成市分配任务的168.1%: a completion rate against the level before it
 * and its target, the one written in the phrase (完成市下达25.5亿元任务数的53.49%) or else the
 * report's one target for the same indicator, scope and year.
 */
final class CompletionRates implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact rate : r.of(Measure.COMPLETION)) {
                if (Bounds.of(rate) == null) {
                    continue;
                }
                Fact actual = r.before(rate, f -> f.measure() == Measure.VALUE && f.indicator().equals(rate.indicator())
                        && ReportFacts.sameScope(f, rate));
                if (actual == null || Bounds.of(actual) == null || r.valueBetween(actual, rate)
                        || ReportFacts.has(r.between(actual, rate), ClauseMark.Kind.SEMICOLON)) {
                    continue;
                }
                Fact target = target(r, rate, actual);
                if (target == null || Bounds.of(target) == null || target.baseUnit() != actual.baseUnit()) {
                    continue; // 5.06亿元 and 238.9万美元 against 12亿: no rate is stated to mix currencies
                }
                Bounds implied = Bounds.of(actual).percentOf(Bounds.of(target));
                if (implied != null) {
                    out.add(Judgement.of(Finding.Kind.COMPLETION, rate, List.of(actual, target, rate), implied,
                            "完成率：" + Judgement.text(actual) + " ÷ " + Judgement.text(target)));
                }
            }
        }
    }

    private static Fact target(ReportFacts r, Fact rate, Fact actual) {
        Fact inPhrase = r.before(rate, f -> f.measure() == Measure.TARGET && f.indicator().equals(rate.indicator())
                && f.span().start() > actual.span().start());
        if (inPhrase != null) {
            return inPhrase;
        }
        if (ReportFacts.has(r.between(actual, rate), ClauseMark.Kind.INTERIM)) {
            return null; // 完成上半年目标任务的…: a part-year target is not the year's
        }
        Fact found = null;
        for (Fact f : r.facts) {
            if (f.measure() == Measure.TARGET && f.indicator().equals(rate.indicator()) && ReportFacts.sameScope(f, rate)
                    && sameYear(f, rate) && !ReportFacts.has(r.leadIn(f), ClauseMark.Kind.INTERIM)) {
                if (found != null && (found.baseValue() == null || f.baseValue() == null
                        || found.baseValue().compareTo(f.baseValue()) != 0)) {
                    return null; // two targets: which one the rate means is not said
                }
                found = found == null ? f : found;
            }
        }
        return found;
    }

    private static boolean sameYear(Fact a, Fact b) {
        return a.period() == null || b.period() == null || a.period().year() == null || b.period().year() == null
                || Objects.equals(a.period().year(), b.period().year());
    }
}
