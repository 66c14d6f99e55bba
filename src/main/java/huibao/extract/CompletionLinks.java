package huibao.extract;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Ties each completion rate to the level it is of and the target it is measured against
 * (实际利用外资1740万美元，完成市下达25.5亿元任务数的53.49%): the level just before it in its clause
 * chain with the same indicator and scope, and the target written in its phrase, or else the
 * report's one full-year target of the same indicator, scope and year. A rate whose phrase names a
 * part-year target (完成上半年目标任务的) gets no other target. Reads the marks {@link FactLinker}
 * placed, never the text.
 */
final class CompletionLinks {

    private CompletionLinks() {
    }

    /** {@code facts} of one report, each completion rate with its actual and target links. */
    static List<Fact> link(List<Fact> facts) {
        List<Fact> sorted = facts.stream().sorted(Comparator.comparingInt(f -> f.span().start())).toList();
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            out.add(f.measure() == Measure.COMPLETION ? linked(sorted, f) : f);
        }
        return out;
    }

    private static Fact linked(List<Fact> facts, Fact rate) {
        Fact actual = before(facts, rate, f -> f.measure() == Measure.VALUE && f.indicator().equals(rate.indicator())
                && f.scope().equals(rate.scope()));
        if (actual == null || actual.id() == null || valueBetween(facts, actual, rate)
                || has(between(actual, rate), ClauseMark.Kind.SEMICOLON)) {
            return rate;
        }
        List<FactLink> links = new ArrayList<>(rate.links());
        links.add(new FactLink(FactLink.Kind.ACTUAL, actual.id()));
        Fact target = target(facts, rate, actual);
        if (target != null && target.id() != null) {
            links.add(new FactLink(FactLink.Kind.TARGET, target.id()));
        }
        return rate.withLinks(links);
    }

    private static Fact target(List<Fact> facts, Fact rate, Fact actual) {
        Fact inPhrase = before(facts, rate, f -> f.measure() == Measure.TARGET && f.indicator().equals(rate.indicator())
                && f.span().start() > actual.span().start());
        if (inPhrase != null) {
            return inPhrase;
        }
        if (has(between(actual, rate), ClauseMark.Kind.INTERIM)) {
            return null; // 完成上半年目标任务的…: a part-year target is not the year's
        }
        Fact found = null;
        for (Fact f : facts) {
            if (f.measure() == Measure.TARGET && f.indicator().equals(rate.indicator()) && f.scope().equals(rate.scope())
                    && sameYear(f, rate) && !has(leadIn(f), ClauseMark.Kind.INTERIM)) {
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

    private static int sentenceStart(Fact f) {
        return f.clause() == null ? f.span().start() : f.clause().sentence().start();
    }

    private static boolean sameSentence(Fact a, Fact b) {
        return sentenceStart(a) == sentenceStart(b) && Objects.equals(a.sentence(), b.sentence());
    }

    /** The nearest fact before {@code f} in its sentence that {@code wanted} accepts, or {@code null}. */
    private static Fact before(List<Fact> facts, Fact f, Predicate<Fact> wanted) {
        Fact found = null;
        for (Fact o : facts) {
            if (o.span().start() >= f.span().start()) {
                break;
            }
            if (sameSentence(o, f) && wanted.test(o)) {
                found = o;
            }
        }
        return found;
    }

    /** Whether a level of another figure, no part of a total, stands between {@code a} and {@code b} in their sentence. */
    private static boolean valueBetween(List<Fact> facts, Fact a, Fact b) {
        for (Fact o : facts) {
            if (o.span().start() > a.span().start() && o.span().start() < b.span().start() && sameSentence(o, a)
                    && o.measure() == Measure.VALUE && o.partOf() == null) {
                return true;
            }
        }
        return false;
    }

    /** The marks of {@code a}'s sentence wholly between {@code a} and {@code b}. */
    private static List<ClauseMark> between(Fact a, Fact b) {
        int from = a.span().end();
        int to = sentenceStart(a) + b.span().start() - sentenceStart(b);
        if (a.clause() == null || from > to || to > a.clause().sentence().end()) {
            return List.of();
        }
        return a.clause().marks().stream().filter(m -> m.within(from, to)).toList();
    }

    /** The marks of {@code f}'s clause chain before it (after the last ； or ; before it). */
    private static List<ClauseMark> leadIn(Fact f) {
        if (f.clause() == null) {
            return List.of();
        }
        int at = Math.min(f.span().start(), f.clause().sentence().end());
        int from = f.clause().sentence().start();
        for (ClauseMark m : f.clause().marks()) {
            if ((m.kind() == ClauseMark.Kind.SEMICOLON || m.kind() == ClauseMark.Kind.HALF_SEMICOLON) && m.span().start() < at) {
                from = Math.max(from, m.span().end());
            }
        }
        int start = from;
        return f.clause().marks().stream().filter(m -> m.within(start, at)).toList();
    }

    private static boolean has(List<ClauseMark> marks, ClauseMark.Kind kind) {
        return marks.stream().anyMatch(m -> m.kind() == kind);
    }
}
