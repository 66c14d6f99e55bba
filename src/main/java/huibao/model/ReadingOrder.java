package huibao.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The facts of one report in reading order, and how one looks among them within a sentence as
 * extraction placed it: the nearest fact before another, the facts after it, the marks between
 * two figures. The fact linker and the checks share it, so both see the same neighbours.
 */
public final class ReadingOrder {

    private final List<Fact> facts;

    public ReadingOrder(List<Fact> facts) {
        this.facts = facts.stream().sorted(Comparator.comparingInt(f -> f.span().start())).toList();
    }

    /** The facts in reading order. */
    public List<Fact> facts() {
        return facts;
    }

    /** The nearest fact before {@code f} in its sentence that {@code wanted} accepts, or {@code null}. */
    public Fact before(Fact f, Predicate<Fact> wanted) {
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

    /** The facts after {@code f} in its sentence, in order. */
    public List<Fact> after(Fact f) {
        List<Fact> out = new ArrayList<>();
        for (Fact o : facts) {
            if (o.span().start() > f.span().start() && sameSentence(o, f)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Where {@code f}'s sentence starts in the file's text, as extraction placed it. */
    public static int sentenceStart(Fact f) {
        return f.clause() == null ? f.span().start() : f.clause().sentence().start();
    }

    /** Whether two facts stand in one sentence. */
    public static boolean sameSentence(Fact a, Fact b) {
        return sentenceStart(a) == sentenceStart(b) && Objects.equals(a.sentence(), b.sentence());
    }

    /**
     * The marks of {@code a}'s sentence that stand wholly between the end of {@code a} and the start
     * of {@code b}; none when {@code b} does not stand after {@code a} in it.
     */
    public static List<ClauseMark> between(Fact a, Fact b) {
        int from = a.span().end();
        int to = sentenceStart(a) + b.span().start() - sentenceStart(b);
        if (a.clause() == null || from > to || to > a.clause().sentence().end()) {
            return List.of();
        }
        return a.clause().marks().stream().filter(m -> m.within(from, to)).toList();
    }
}
