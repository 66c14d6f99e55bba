package huibao.extract.relation;

import huibao.model.BaseUnit;
import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Measure;
import huibao.model.ReadingOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import static huibao.extract.relation.FigureNeighbours.between;
import static huibao.extract.relation.FigureNeighbours.leadIn;

/**
 * Ties each completion rate to the level it is of and the target it is measured against
 * (实际利用外资1740万美元，完成市下达25.5亿元任务数的53.49%): the level just before it in its clause
 * chain with the same indicator and scope, and the target written in its phrase, or else the
 * report's one full-year target of the same indicator, scope and year. A rate whose phrase names a
 * part-year target (完成上半年目标任务的) gets no other target. A task in brackets after a figure
 * (27亿元（任务数25亿元）) links to that figure. Reads the marks {@link FactLinker} placed, never the text.
 */
final class CompletionLinks {

    /** The marks that end a clause: a level after the last of them before a rate stands in the rate's clause. */
    private static final ClauseMark.Kind[] CLAUSE_ENDS = {ClauseMark.Kind.COMMA, ClauseMark.Kind.SEMICOLON,
            ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP};

    private CompletionLinks() {
    }

    /** {@code facts} of one report, each completion rate with its actual and target links. */
    static List<Fact> link(List<Fact> facts) {
        FigureNeighbours n = new FigureNeighbours(facts);
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            out.add(isRate(f) || isExcess(n, f) ? linked(n, f) : f.measure() == Measure.TARGET ? bracketed(n, f) : f);
        }
        return out;
    }

    /**
     * 引进企业15家（任务数12家）: a target in brackets right after a figure is set for that figure, so it
     * links to it as its actual; any other target is left as it is.
     */
    private static Fact bracketed(FigureNeighbours n, Fact target) {
        Fact figure = n.before(target, f -> true);
        if (figure == null || figure.id() == null || figure.measure() == Measure.TARGET || figure.baseUnit() != target.baseUnit()) {
            return target;
        }
        List<ClauseMark> marks = between(figure, target);
        if (marks.stream().noneMatch(m -> m.kind() == ClauseMark.Kind.BRACKET) || ClauseMark.anyOf(marks,
                ClauseMark.Kind.COMMA, ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP,
                ClauseMark.Kind.LIST_JOIN)) {
            return target;
        }
        List<FactLink> links = new ArrayList<>(target.links());
        links.add(new FactLink(FactLink.Kind.ACTUAL, figure.id()));
        return target.withLinks(links);
    }

    private static Fact linked(FigureNeighbours n, Fact rate) {
        // 到位资金4766亿元，去年同期3879亿元，完成全年目标任务的68.1%: last year's level is no actual of this year's rate
        Predicate<Fact> level = f -> f.measure() == Measure.VALUE && f.indicator().equals(rate.indicator())
                && f.scope().equals(rate.scope()) && !FigureNeighbours.earlierPeriod(f, rate);
        Fact actual = n.before(rate, level);
        Fact stated = null;
        if (actual != null && !ClauseMark.anyOf(between(actual, rate), CLAUSE_ENDS)) {
            // 到位内资315.6亿元，完成省下达520亿元目标任务的60.69%: a level in the rate's own clause, after
            // the clause that states the level, is the target its phrase names
            Fact earlier = n.before(actual, level);
            if (earlier != null && Objects.equals(earlier.period(), actual.period()) && !ClauseMark.anyOf(between(earlier, actual), ClauseMark.Kind.SEMICOLON,
                    ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP) && !n.valueBetween(earlier, actual)) {
                stated = actual;
                actual = earlier;
            }
        }
        if (actual == null || actual.id() == null || n.valueBetween(actual, rate, stated)
                || ClauseMark.anyOf(between(actual, rate), ClauseMark.Kind.SEMICOLON)) {
            return rate;
        }
        List<FactLink> links = new ArrayList<>(rate.links());
        links.add(new FactLink(FactLink.Kind.ACTUAL, actual.id()));
        Fact target = target(n, rate, actual, stated);
        if (target != null && target.id() != null) {
            links.add(new FactLink(FactLink.Kind.TARGET, target.id()));
        }
        return rate.withLinks(links);
    }

    private static Fact target(FigureNeighbours n, Fact rate, Fact actual, Fact stated) {
        // 完成410亿元目标任务的61.28%和430亿元工作目标任务的58.43%: each rate's target is the one in its
        // own phrase, after any rate before it; a rate that follows another without one gets none
        Fact inPhrase = null;
        boolean otherRate = false;
        for (Fact f : n.facts()) {
            if (f.span().start() <= actual.span().start() || f.span().start() >= rate.span().start()
                    || !ReadingOrder.sameSentence(f, rate)) {
                continue;
            }
            if (isRate(f)) {
                inPhrase = null;
                otherRate = true;
            } else if (f == stated) {
                inPhrase = f;
            } else if ((f.indicator().equals(rate.indicator()) || f.indicator().equals(Fact.OTHER))
                    && (f.measure() == Measure.TARGET || f.measure() == Measure.COMPLETION && f.baseUnit() == actual.baseUnit())) {
                inPhrase = f; // 430亿元 read as the completion it is the target of is still the target
            }
        }
        if (inPhrase != null) {
            return inPhrase;
        }
        if (otherRate) {
            return null;
        }
        if (ClauseMark.anyOf(between(actual, rate), ClauseMark.Kind.INTERIM)) {
            return null; // 完成上半年目标任务的…: a part-year target is not the year's
        }
        Fact planBefore = n.before(actual, f -> f.measure() == Measure.TARGET && f.indicator().equals(rate.indicator())
                && f.scope().equals(rate.scope()));
        if (planBefore != null && ReadingOrder.sameSentence(planBefore, actual) && !n.valueBetween(planBefore, actual)
                && !ClauseMark.anyOf(between(planBefore, actual), ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON)) {
            return planBefore; // 年度投资计划17.68亿元，1-5月完成投资4.28亿元，完成率24.25%: the plan its sentence states
        }
        Fact found = null;
        for (Fact f : n.facts()) {
            if (f.measure() == Measure.TARGET && f.indicator().equals(rate.indicator()) && f.scope().equals(rate.scope())
                    && sameYear(f, rate) && !ClauseMark.anyOf(leadIn(f), ClauseMark.Kind.INTERIM)) {
                if (found != null && (found.baseValue() == null || f.baseValue() == null
                        || found.baseValue().compareTo(f.baseValue()) != 0)) {
                    return null; // two targets: which one the rate means is not said
                }
                found = found == null ? f : found;
            }
        }
        return found;
    }

    /** A completion rate as printed: a percent, not a target read as one. */
    /**
     * 协议投资额582亿元，超过目标任务500亿元的16.4%: points above a target written just before them in
     * their clause measure the level against that target, as a completion does.
     */
    private static boolean isExcess(FigureNeighbours n, Fact f) {
        if (f.measure() != Measure.PP_CHANGE) {
            return false;
        }
        Fact target = n.before(f, o -> true);
        return target != null && target.measure() == Measure.TARGET && target.indicator().equals(f.indicator())
                && !ClauseMark.anyOf(between(target, f), CLAUSE_ENDS);
    }

    static boolean isRate(Fact f) {
        return f.measure() == Measure.COMPLETION && f.baseUnit() == BaseUnit.PERCENT;
    }

    private static boolean sameYear(Fact a, Fact b) {
        return a.period() == null || b.period() == null || a.period().year() == null || b.period().year() == null
                || Objects.equals(a.period().year(), b.period().year());
    }
}
