package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * 全区建设项目共72个，总投资20.48亿元。其中，竣工项目3个，总投资1490万元；在建项目28个，总投资6.299亿元；
 * 计划开工项目42个，总投资14.03亿元: groups each stated as a count with its amount, right after a total count
 * with its own amount, whose amounts add up to the total's amount within the printed precision, cover the
 * whole of it (each stage or class of the total's things), so their counts must add up to its count too.
 * The mirror of {@link ClassSums}, which takes counts that add up as the sign and judges the amounts.
 * The groups stand in one sentence, the total's or the next, one after another with nothing else counted
 * between; groups in brackets (（包括：续建项目14个…）) are parts of the group before and are skipped. That the
 * groups split the total is read from the amounts, not stated, so a count that does not add up is a warning.
 */
final class AmountSplits implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            List<CountAmount> pairs = pairs(r);
            if (pairs.isEmpty()) {
                continue;
            }
            Set<Fact> bracketed = bracketed(r);
            for (int i = 0; i < pairs.size(); i++) {
                CountAmount total = pairs.get(i);
                if (total.count().measure() != Measure.VALUE || !total.count().scope().isEmpty()
                        || bracketed.contains(total.count())) {
                    continue;
                }
                Finding f = judge(r, bracketed, total, pairs.subList(i + 1, pairs.size()));
                if (f != null) {
                    out.add(f);
                }
            }
        }
    }

    /** Every whole count with the amount of money right after it in its clause, in reading order. */
    private static List<CountAmount> pairs(ReportFacts r) {
        return CountAmount.in(r, count -> count.measure() == Measure.VALUE || count.measure() == Measure.TARGET,
                (count, amount) -> amount.measure() == count.measure()
                        && (amount.baseUnit() == BaseUnit.CNY || amount.baseUnit() == BaseUnit.USD));
    }

    /** The groups right after {@code total} whose amounts add up to its amount, judged on their counts; or {@code null}. */
    private static Finding judge(ReportFacts r, Set<Fact> bracketed, CountAmount total, List<CountAmount> later) {
        Bounds whole = Bounds.of(total.amount());
        List<CountAmount> run = new ArrayList<>();
        Fact last = total.amount();
        for (CountAmount p : later) {
            if (bracketed.contains(p.count())) {
                last = p.amount();
                continue; // （包括：续建项目14个，总投资3.729亿元）: a part of the group before
            }
            boolean next = following(r, bracketed, last) == p.count();
            if (!next || p.amount().baseUnit() != total.amount().baseUnit() || !sameUnit(p.count(), total.count())
                    || p.count().baseValue().compareTo(total.count().baseValue()) >= 0
                    || !run.isEmpty() && !r.sameSentence(p.count(), run.get(0).count())
                    || run.isEmpty() && !inSentenceOrNext(r, total.count(), p.count())) {
                return null;
            }
            run.add(p);
            last = p.amount();
            Bounds sum = Bounds.sum(run.stream().map(q -> Bounds.of(q.amount())).toList());
            if (sum.lo().compareTo(whole.hi()) > 0) {
                return null;
            }
            Fact after = following(r, bracketed, last);
            if (run.size() >= 2 && sum.overlaps(whole) && (after == null || after.baseUnit() != BaseUnit.COUNT
                    || !r.sameSentence(after, p.count()))) {
                return counted(total, run, sum);
            }
        }
        return null;
    }

    /** The counts of a run whose amounts make up the total's, against the total's count; {@code null} when they add up. */
    private static Finding counted(CountAmount total, List<CountAmount> run, Bounds sum) {
        BigDecimal counts = run.stream().map(p -> p.count().baseValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (counts.compareTo(total.count().baseValue()) == 0) {
            return null;
        }
        List<Fact> facts = new ArrayList<>();
        run.forEach(p -> facts.add(p.count()));
        facts.add(total.count());
        facts.add(total.amount());
        String amounts = String.join(" + ", run.stream().map(p -> Judgement.text(p.amount())).toList());
        String parts = String.join(" + ", run.stream().map(p -> Judgement.text(p.count())).toList());
        String expected = counts.stripTrailingZeros().toPlainString() + total.count().unit();
        return new Finding(Finding.Kind.PARTS_SUM, Finding.Severity.WARNING, total.count().doc(), total.count().indicator(),
                facts, expected, Judgement.text(total.count()),
                "分组之和：各组金额 " + amounts + " = " + Judgement.show(sum, total.amount()) + "，与总额 "
                        + Judgement.text(total.amount()) + " 相符，其个数之和 " + parts + " = " + expected + "，报告写 "
                        + Judgement.text(total.count()) + "：个数对不上", false);
    }

    /** The first fact after {@code f} in reading order that stands outside brackets, or {@code null}. */
    private static Fact following(ReportFacts r, Set<Fact> bracketed, Fact f) {
        // r.facts is in reading order: the first one past f is the nearest
        return r.facts.stream().filter(o -> o.span().start() > f.span().start() && !bracketed.contains(o))
                .findFirst().orElse(null);
    }

    /** Whether two counts are written with one counter (个 and 个, 项 and 项). */
    private static boolean sameUnit(Fact a, Fact b) {
        return a.unit() != null && a.unit().equals(b.unit());
    }

    /** Whether {@code part} stands in {@code total}'s sentence or in the next sentence that states a figure. */
    private static boolean inSentenceOrNext(ReportFacts r, Fact total, Fact part) {
        if (r.sameSentence(total, part)) {
            return true;
        }
        Fact following = r.facts.stream().filter(f -> f.span().start() > total.span().start() && !r.sameSentence(f, total))
                .findFirst().orElse(null);
        return following != null && r.sameSentence(following, part);
    }

    /**
     * The facts of {@code r} that stand in brackets, each sentence read once per report here rather than
     * on every step of {@link #judge} and {@link #following}; an identity set, for facts are records.
     */
    private static Set<Fact> bracketed(ReportFacts r) {
        Set<Fact> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Fact f : r.facts) {
            if (inBrackets(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether a bracket opened before {@code f} in its sentence is still open at it. */
    private static boolean inBrackets(Fact f) {
        String s = f.sentence() == null ? "" : f.sentence();
        int at = f.clause() == null ? -1 : f.span().start() - f.clause().sentence().start();
        if (at < 0 || at > s.length()) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char ch = s.charAt(i);
            if (ch == '（' || ch == '(') {
                depth++;
            } else if ((ch == '）' || ch == ')') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
