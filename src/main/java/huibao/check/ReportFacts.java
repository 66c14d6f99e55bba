package huibao.check;

import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One report with its facts in reading order, and the ways the checks look among them: the
 * facts of a sentence, the parts of a total, the nearest fact before another.
 */
final class ReportFacts {

    final Report report;
    final List<Fact> facts;
    private final Map<String, Fact> byId = new HashMap<>();
    private final Map<String, List<Fact>> parts = new HashMap<>();
    private final Map<Fact, Integer> sentenceStarts = new IdentityHashMap<>();

    ReportFacts(Report report, List<Fact> facts) {
        this.report = report;
        this.facts = facts.stream().sorted(java.util.Comparator.comparingInt(f -> f.span().start())).toList();
        for (Fact f : this.facts) {
            if (f.id() != null) {
                byId.put(f.id(), f);
            }
            if (f.partOf() != null) {
                parts.computeIfAbsent(f.partOf(), k -> new ArrayList<>()).add(f);
            }
            int start = report == null ? -1 : report.sentenceStart(f);
            if (start >= 0) {
                sentenceStarts.put(f, start);
            }
        }
    }

    /** The fact {@code f} is a part of, or {@code null}. */
    Fact parent(Fact f) {
        return f.partOf() == null ? null : byId.get(f.partOf());
    }

    /** The 其中 or 分别 parts of {@code total}, in reading order. */
    List<Fact> partsOf(Fact total) {
        return total.id() == null ? List.of() : parts.getOrDefault(total.id(), List.of());
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
        return sentenceStart(a) == sentenceStart(b) && a.sentence().equals(b.sentence());
    }

    /**
     * Where {@code f}'s sentence starts in the file's text: placed in the report's text when the
     * report holds it, else by the first place of its figure in the sentence.
     */
    int sentenceStart(Fact f) {
        Integer placed = sentenceStarts.get(f);
        if (placed != null) {
            return placed;
        }
        int k = f.sentence().indexOf(f.text());
        return k < 0 ? f.span().start() : f.span().start() - k;
    }

    /** Where {@code f} stands in its sentence. */
    int inSentence(Fact f) {
        return f.span().start() - sentenceStart(f);
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

    /**
     * Whether a level of another figure stands between {@code a} and {@code b} in their sentence
     * (5.06亿元；外资238.9万美元，完成…的43.45%): then a rate after both may be of both.
     */
    boolean valueBetween(Fact a, Fact b) {
        for (Fact o : facts) {
            if (o.span().start() > a.span().start() && o.span().start() < b.span().start() && sameSentence(o, a)
                    && o.measure() == Measure.VALUE && o.partOf() == null) {
                return true;
            }
        }
        return false;
    }

    /** The facts after {@code f} in its sentence, in order. */
    List<Fact> after(Fact f) {
        List<Fact> out = new ArrayList<>();
        for (Fact o : facts) {
            if (o.span().start() > f.span().start() && sameSentence(o, f)) {
                out.add(o);
            }
        }
        return out;
    }

    /** The text of {@code f}'s sentence between the end of {@code a} and the start of {@code b}. */
    String between(Fact a, Fact b) {
        int from = inSentence(a) + a.text().length();
        int to = inSentence(b);
        return from <= to && to <= a.sentence().length() ? a.sentence().substring(from, to) : "";
    }

    /** The text of {@code f}'s sentence from its clause chain's start (after the last ； or 。) to {@code f}. */
    String leadIn(Fact f) {
        String s = f.sentence();
        int at = Math.min(inSentence(f), s.length());
        int from = Math.max(s.lastIndexOf('；', at - 1), s.lastIndexOf(';', at - 1)) + 1;
        return s.substring(Math.max(0, from), Math.max(0, at));
    }

    /** Whether two facts carry the same scope. */
    static boolean sameScope(Fact a, Fact b) {
        return Objects.equals(a.scope(), b.scope());
    }
}
