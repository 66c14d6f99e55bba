package huibao.extract.relation;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    private CompletionLinks() {
    }

    /** {@code facts} of one report, each completion rate with its actual and target links. */
    static List<Fact> link(List<Fact> facts) {
        FigureNeighbours n = new FigureNeighbours(facts);
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            out.add(f.measure() == Measure.COMPLETION ? linked(n, f) : f.measure() == Measure.TARGET ? bracketed(n, f) : f);
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
        Fact actual = n.before(rate, f -> f.measure() == Measure.VALUE && f.indicator().equals(rate.indicator())
                && f.scope().equals(rate.scope()));
        if (actual == null || actual.id() == null || n.valueBetween(actual, rate)
                || ClauseMark.anyOf(between(actual, rate), ClauseMark.Kind.SEMICOLON)) {
            return rate;
        }
        List<FactLink> links = new ArrayList<>(rate.links());
        links.add(new FactLink(FactLink.Kind.ACTUAL, actual.id()));
        Fact target = target(n, rate, actual);
        if (target != null && target.id() != null) {
            links.add(new FactLink(FactLink.Kind.TARGET, target.id()));
        }
        return rate.withLinks(links);
    }

    private static Fact target(FigureNeighbours n, Fact rate, Fact actual) {
        Fact inPhrase = n.before(rate, f -> f.measure() == Measure.TARGET && f.indicator().equals(rate.indicator())
                && f.span().start() > actual.span().start());
        if (inPhrase != null) {
            return inPhrase;
        }
        if (ClauseMark.anyOf(between(actual, rate), ClauseMark.Kind.INTERIM)) {
            return null; // 完成上半年目标任务的…: a part-year target is not the year's
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

    private static boolean sameYear(Fact a, Fact b) {
        return a.period() == null || b.period() == null || a.period().year() == null || b.period().year() == null
                || Objects.equals(a.period().year(), b.period().year());
    }
}
