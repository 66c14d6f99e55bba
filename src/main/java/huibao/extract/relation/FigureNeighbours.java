package huibao.extract.relation;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.ReadingOrder;

import java.util.List;
import java.util.function.Predicate;

/**
 * The facts of one report in reading order, placed in their sentences by {@link FactLinker}, and
 * the ways the linking steps look among them: the nearest fact before another in its sentence,
 * the marks between two figures, whether two figures are items of one list.
 */
final class FigureNeighbours {

    private final ReadingOrder order;

    FigureNeighbours(List<Fact> facts) {
        this.order = new ReadingOrder(facts);
    }

    /** The facts in reading order. */
    List<Fact> facts() {
        return order.facts();
    }

    /** The nearest fact before {@code f} in its sentence that {@code wanted} accepts, or {@code null}. */
    Fact before(Fact f, Predicate<Fact> wanted) {
        return order.before(f, wanted);
    }

    /**
     * Whether a level of another figure, no part of a total and not last year's level of {@code a}'s
     * months, stands between {@code a} and {@code b} in their sentence.
     */
    boolean valueBetween(Fact a, Fact b) {
        return valueBetween(a, b, null);
    }

    /** {@link #valueBetween(Fact, Fact)}, but for {@code except} (a target the phrase names), which may stand there. */
    boolean valueBetween(Fact a, Fact b, Fact except) {
        for (Fact o : order.facts()) {
            if (o != except && o.span().start() > a.span().start() && o.span().start() < b.span().start() && ReadingOrder.sameSentence(o, a)
                    && o.measure() == Measure.VALUE && o.partOf() == null && !earlierPeriod(o, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code f} is the level of a period before {@code of}'s: the base a growth is measured from
     * (同比增长12.4%，去年同期为2758万美元), which is neither the level a rate is of nor one in its way.
     */
    static boolean earlierPeriod(Fact f, Fact of) {
        return f.period() != null && f.period().before(of.period());
    }

    /** The marks of {@code a}'s sentence wholly between {@code a} and {@code b}; none when {@code b} is not after {@code a} in it. */
    static List<ClauseMark> between(Fact a, Fact b) {
        return ReadingOrder.between(a, b);
    }

    /**
     * Whether {@code b} follows {@code a} as the next item of a list: a 、, 和 or 及 just after
     * {@code a} and no more than 12 further characters, none of them ，；。, before {@code b}.
     */
    static boolean listedAfter(Fact a, Fact b) {
        int from = a.span().end();
        int to = ReadingOrder.sentenceStart(a) + b.span().start() - ReadingOrder.sentenceStart(b);
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

}
