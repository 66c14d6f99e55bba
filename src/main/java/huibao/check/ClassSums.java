package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 共签约项目117个，总投资1228亿元。…工业项目100个，投资总额896.39亿元；…服务业项目12个，投资总额
 * 229.2亿元。农业项目5个，投资总额26.66亿元: classes each stated as a count with its amount, whose
 * counts add up exactly to a total count stated before them with its own amount, split that total:
 * every one of its things lies in one class, so the classes' amounts must add up to the total's
 * amount too, across sentences and paragraphs, units converted. Only a run of such pairs one after
 * another, of the total's indicators, is taken; pairs that are 其中 parts of another are skipped.
 * Counts that add up to less (a partial list) or more (overlapping classes) say nothing; so does a
 * total that is itself a class (其他二产业10个, after which three classes of 3, 5 and 2 follow), and a run
 * whose classes are not each named.
 */
final class ClassSums implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            List<CountAmount> pairs = pairs(r);
            for (int i = 0; i < pairs.size(); i++) {
                CountAmount total = pairs.get(i);
                if (!c.headlines().whole(total.count())) {
                    continue; // 其他二产业10个: a class of its own list, whose siblings after it may add up to it by chance
                }
                Finding f = judge(pairs.subList(i + 1, pairs.size()), total);
                if (f != null) {
                    out.add(f);
                }
            }
        }
    }

    /** Every count with the amount right after it in its clause chain, in reading order. */
    private static List<CountAmount> pairs(ReportFacts r) {
        return CountAmount.in(r, count -> count.measure() == Measure.VALUE,
                (count, amount) -> amount.measure() == Measure.VALUE && amount.baseUnit() != BaseUnit.COUNT
                        && PartsTotals.additive(amount));
    }

    /** The first run of pairs after {@code total} whose counts add up to its count, judged on their amounts. */
    private static Finding judge(List<CountAmount> later, CountAmount total) {
        BigDecimal whole = total.count().baseValue();
        for (int start = 0; start < later.size(); start++) {
            BigDecimal counted = BigDecimal.ZERO;
            List<CountAmount> run = new ArrayList<>();
            for (int k = start; k < later.size(); k++) {
                CountAmount p = later.get(k);
                if (!of(p, total) || p.count().baseValue().compareTo(whole) >= 0) {
                    break;
                }
                run.add(p);
                counted = counted.add(p.count().baseValue());
                if (counted.compareTo(whole) >= 0) {
                    break;
                }
            }
            if (run.size() >= 2 && counted.compareTo(whole) == 0 && namedApart(run)) {
                return sum(total, run);
            }
        }
        return null;
    }

    /** Whether each class of the run is named, each by other words (工业, 服务业, 农业). */
    private static boolean namedApart(List<CountAmount> run) {
        java.util.Set<List<String>> names = new java.util.HashSet<>();
        return run.stream().allMatch(p -> !p.count().scope().isEmpty() && names.add(p.count().scope()));
    }

    /** Whether a pair counts and measures what the total does. */
    private static boolean of(CountAmount p, CountAmount total) {
        return p.count().indicator().equals(total.count().indicator()) && !p.count().indicator().equals(Fact.OTHER)
                && p.amount().indicator().equals(total.amount().indicator()) && p.amount().baseUnit() == total.amount().baseUnit();
    }

    private static Finding sum(CountAmount total, List<CountAmount> run) {
        List<Fact> facts = new ArrayList<>();
        run.forEach(p -> facts.add(p.amount()));
        facts.add(total.count());
        facts.add(total.amount());
        Bounds s = Bounds.sum(run.stream().map(p -> Bounds.of(p.amount())).toList());
        String counts = String.join(" + ", run.stream().map(p -> Judgement.text(p.count())).toList());
        String amounts = String.join(" + ", run.stream().map(p -> Judgement.text(p.amount())).toList());
        return Judgement.of(Finding.Kind.PARTS_SUM, total.amount(), facts, s, "分类之和：各类 " + counts + " = "
                + Judgement.text(total.count()) + "，其金额之和（" + amounts + "）");
    }
}
