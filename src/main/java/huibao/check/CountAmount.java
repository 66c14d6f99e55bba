package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.ClauseMark;
import huibao.model.Fact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/** A count and the amount stated right after it (开工项目42个，总投资14.03亿元), as the sum checks pair them. */
record CountAmount(Fact count, Fact amount) {

    /**
     * The whole counts of {@code r} that are no part of another and that {@code countOk} admits, each with the
     * figure right after it when that is a judgeable amount, no part of another, in the same statement (no ；
     * or 。 between) and admitted by {@code amountOk} with its count.
     */
    static List<CountAmount> in(ReportFacts r, Predicate<Fact> countOk, BiPredicate<Fact, Fact> amountOk) {
        List<CountAmount> out = new ArrayList<>();
        for (Fact count : r.facts) {
            if (count.baseUnit() != BaseUnit.COUNT || Bounds.of(count) == null || Bounds.of(count).places() > 0
                    || count.partOf() != null || !countOk.test(count)) {
                continue;
            }
            List<Fact> after = r.after(count);
            Fact amount = after.isEmpty() ? null : after.get(0);
            if (amount != null && Bounds.of(amount) != null && amount.partOf() == null && amountOk.test(count, amount)
                    && !ClauseMark.anyOf(r.between(count, amount), ClauseMark.Kind.SEMICOLON,
                    ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP)) {
                out.add(new CountAmount(count, amount));
            }
        }
        return out;
    }
}
