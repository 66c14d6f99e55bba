package huibao.check;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Measure;
import huibao.model.ReadingOrder;
import huibao.model.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One report with its facts in reading order, and the ways the checks look among them: the
 * facts of a sentence, the parts of a total, the facts another is linked to, the nearest fact
 * before another, and the marks extraction found between two figures. Everything here reads
 * records; the text of the report is extraction's to read (issue 9).
 */
final class ReportFacts {

    final Report report;
    final List<Fact> facts;
    private final ReadingOrder order;
    private final Map<String, Fact> byId = new HashMap<>();
    private final Map<String, List<Fact>> parts = new HashMap<>();

    ReportFacts(Report report, List<Fact> facts) {
        this.report = report;
        this.order = new ReadingOrder(facts);
        this.facts = order.facts();
        for (Fact f : this.facts) {
            if (f.id() != null) {
                byId.put(f.id(), f);
            }
            if (f.partOf() != null) {
                parts.computeIfAbsent(f.partOf(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** The fact of this report that {@code f} is linked to as {@code kind}, or {@code null}. */
    Fact linked(Fact f, FactLink.Kind kind) {
        String id = f.linked(kind);
        return id == null ? null : byId.get(id);
    }

    /** The facts of this report that {@code f} is linked to as {@code kind}, in the links' order. */
    List<Fact> allLinked(Fact f, FactLink.Kind kind) {
        List<Fact> out = new ArrayList<>();
        for (FactLink l : f.links()) {
            Fact o = l.kind() == kind ? byId.get(l.fact()) : null;
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** The fact {@code f} is a part of, or {@code null}. */
    Fact parent(Fact f) {
        return f.partOf() == null ? null : byId.get(f.partOf());
    }

    /** The 其中 or 分别 parts of {@code total}, in reading order. */
    List<Fact> partsOf(Fact total) {
        return total.id() == null ? List.of() : parts.getOrDefault(total.id(), List.of());
    }

    /**
     * Whether a 其中 part plainly breaks down its total: in the total's sentence, or in the sentence
     * right after it and of the same period. A part two sentences on (到位资金9.8亿元。…累计23个项目，
     * 协议资金285.75亿元。其中…引资额251.9亿元) may be of a figure between, and a year's part of a
     * quarter's figure (三季度开工3个。…全年开工7个) is no part of it.
     */
    boolean plainBreakdown(Fact part, Fact total) {
        if (sameSentence(part, total)) {
            return true;
        }
        int from = sentenceStart(total);
        int to = sentenceStart(part);
        return part.period() != null && part.period().sameSpanAs(total.period()) && from < to
                && facts.stream().noneMatch(f -> sentenceStart(f) > from && sentenceStart(f) < to);
    }

    /** Facts with a parts list: the totals of breakdowns. */
    List<Fact> totals() {
        return facts.stream().filter(f -> f.id() != null && parts.containsKey(f.id())).toList();
    }

    /** The facts of {@code measure}. */
    List<Fact> of(Measure measure) {
        return facts.stream().filter(f -> f.measure() == measure).toList();
    }

    /** Whether two facts stand in one sentence. */
    boolean sameSentence(Fact a, Fact b) {
        return ReadingOrder.sameSentence(a, b);
    }

    /** Where {@code f}'s sentence starts in the file's text, as extraction placed it. */
    int sentenceStart(Fact f) {
        return ReadingOrder.sentenceStart(f);
    }

    /** Where {@code f} stands in its sentence. */
    int inSentence(Fact f) {
        return f.span().start() - sentenceStart(f);
    }

    /** The nearest fact before {@code f} in its sentence that {@code wanted} accepts, or {@code null}. */
    Fact before(Fact f, Predicate<Fact> wanted) {
        return order.before(f, wanted);
    }

    /** The facts after {@code f} in its sentence, in order. */
    List<Fact> after(Fact f) {
        return order.after(f);
    }

    /** The marks of {@code f}'s sentence before it. */
    List<ClauseMark> marksBefore(Fact f) {
        return f.clause() == null ? List.of() : f.clause().marks().stream()
                .filter(m -> m.span().end() <= f.span().start()).toList();
    }

    /** The marks of {@code a}'s sentence wholly between {@code a} and {@code b}. */
    List<ClauseMark> between(Fact a, Fact b) {
        return ReadingOrder.between(a, b);
    }


    /** Whether two facts cover the same span of time, a fact with no period going with any. */
    static boolean sameSpan(Fact a, Fact b) {
        return a.period() == null || b.period() == null || a.period().sameSpanAs(b.period());
    }

    /** Whether two facts carry the same scope. */
    static boolean sameScope(Fact a, Fact b) {
        return Objects.equals(a.scope(), b.scope());
    }
}
