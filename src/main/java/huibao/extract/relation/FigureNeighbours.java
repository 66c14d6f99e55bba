package huibao.extract.relation;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Measure;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The facts of one report in reading order, placed in their sentences by {@link FactLinker}, and
 * the ways the linking steps look among them: the nearest fact before another in its sentence,
 * the marks between two figures, whether two figures are items of one list.
 */
final class FigureNeighbours {

    private final List<Fact> facts;

    FigureNeighbours(List<Fact> facts) {
        this.facts = facts.stream().sorted(Comparator.comparingInt(f -> f.span().start())).toList();
    }

    /** The facts in reading order. */
    List<Fact> facts() {
        return facts;
    }

    /** The nearest fact before {@code f} in its sentence that {@code wanted} accepts, or {@code null}. */
    Fact before(Fact f, Predicate<Fact> wanted) {
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
    boolean valueBetween(Fact a, Fact b) {
        for (Fact o : facts) {
            if (o.span().start() > a.span().start() && o.span().start() < b.span().start() && sameSentence(o, a)
                    && o.measure() == Measure.VALUE && o.partOf() == null) {
                return true;
            }
        }
        return false;
    }

    /** The marks of {@code a}'s sentence wholly between {@code a} and {@code b}; none when {@code b} is not after {@code a} in it. */
    static List<ClauseMark> between(Fact a, Fact b) {
        int from = a.span().end();
        int to = sentenceStart(a) + b.span().start() - sentenceStart(b);
        if (a.clause() == null || from > to || to > a.clause().sentence().end()) {
            return List.of();
        }
        return a.clause().marks().stream().filter(m -> m.within(from, to)).toList();
    }

    /**
     * Whether {@code b} follows {@code a} as the next item of a list: a 、, 和 or 及 just after
     * {@code a} and no more than 12 further characters, none of them ，；。, before {@code b}.
     */
    static boolean listedAfter(Fact a, Fact b) {
        int from = a.span().end();
        int to = sentenceStart(a) + b.span().start() - sentenceStart(b);
        if (a.clause() == null || to - from < 1 || to - from > 13 || to > a.clause().sentence().end()) {
            return false;
        }
        List<ClauseMark> marks = between(a, b);
        return marks.stream().anyMatch(m -> m.kind() == ClauseMark.Kind.LIST_JOIN && m.span().start() == from)
                && !ClauseMark.anyOf(marks, ClauseMark.Kind.COMMA, ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON,
                ClauseMark.Kind.STOP);
    }

    /** The marks of {@code f}'s clause chain before it (after the last ； or ; before it). */
    static List<ClauseMark> leadIn(Fact f) {
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


    private static int sentenceStart(Fact f) {
        return f.clause() == null ? f.span().start() : f.clause().sentence().start();
    }

    private static boolean sameSentence(Fact a, Fact b) {
        return sentenceStart(a) == sentenceStart(b) && Objects.equals(a.sentence(), b.sentence());
    }
}
