package huibao.extract.attribution;

import huibao.extract.lexicon.Vocabulary;
import huibao.extract.number.Unit;
import huibao.model.BaseUnit;
import huibao.model.Measure;
import huibao.model.UnitKind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a paragraph has been talking about so far: the figures already attributed, newest last,
 * and whether the passage is about foreign or domestic capital. A figure that names no
 * indicator of its own (增长22.4%, 其中**市为3次) takes its indicator from here.
 */
public final class Topic {

    private final List<Attribution> seen = new ArrayList<>();
    private final java.util.Map<String, String> byProgramme;
    private final List<Integer> sentenceOf = new ArrayList<>();
    private final java.util.Set<Attribution> outside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int sentence;
    private final Topic previous;
    private String domain;
    private boolean planned;
    private String named;
    private int namedAt;
    private Vocabulary.Stage stage;

    /** A topic for the first paragraph of a report. */
    public Topic() {
        this(new java.util.HashMap<>());
    }

    /** A topic for a new paragraph of the same report, sharing what the report said of its programmes. */
    Topic(java.util.Map<String, String> byProgramme) {
        this(byProgramme, null);
    }

    private Topic(java.util.Map<String, String> byProgramme, Topic previous) {
        this.byProgramme = byProgramme;
        this.previous = previous;
    }

    /**
     * The topic of the next paragraph of the same report. It remembers this paragraph's figures:
     * a paragraph that opens with a breakdown (从来源地看，北京市46.7亿元，居第一位) names no
     * indicator of its own and goes on with the one the paragraph before was talking about.
     */
    public Topic next() {
        return new Topic(byProgramme, this);
    }

    /**
     * The indicator an amount in {@code currency} was last given in this report for a programme
     * (浙商回归), or {@code null}: 下达了浙商回归15亿元工作任务 is a target of what 浙商回归 amounts were.
     */
    String programmeIndicator(String programme, BaseUnit currency) {
        return byProgramme.get(programme + "/" + currency);
    }

    void programmeIndicator(String programme, BaseUnit currency, String indicator) {
        byProgramme.put(programme + "/" + currency, indicator);
    }

    /** Starts a new sentence of the same paragraph. */
    public void nextSentence() {
        sentence++;
    }

    /** Records an attributed figure; the domain named before it has now been spoken of. */
    void add(Attribution a) {
        seen.add(a);
        sentenceOf.add(sentence);
        domain = null;
    }

    /**
     * Notes that {@code a} is {@code other} because its words name something outside the investment
     * indicators (进出口, 财政收入): the rates and ranks after it are of that, not of an earlier figure.
     */
    void outside(Attribution a) {
        outside.add(a);
    }

    /** Whether {@code a} was named {@code other} by its words ({@link #outside(Attribution)}). */
    boolean isOutside(Attribution a) {
        return outside.contains(a) || previous != null && previous.isOutside(a);
    }

    /** Whether {@code a} says what a figure that names nothing is about: it has an indicator, or words that make it {@code other}. */
    boolean spoken(Attribution a) {
        return !huibao.model.Fact.OTHER.equals(a.indicator()) || isOutside(a);
    }

    /** The foreign/domestic domain most recently named in the paragraph, or {@code null}. */
    String domain() {
        return domain;
    }

    void domain(String d) {
        domain = d;
    }

    /** Whether a heading of the paragraph (（一）目标任务。) made its figures targets. */
    boolean planned() {
        return planned;
    }

    void planned(boolean p) {
        planned = p;
    }

    /** The indicator a figure-less heading or sentence of the paragraph named ((一）亿元以上签约项目。), or {@code null}. */
    String named() {
        return named;
    }

    void named(String indicator) {
        named = indicator;
        namedAt = seen.size();
    }

    /** Whether {@code a} was stated before the paragraph last named an indicator without a figure. */
    boolean statedBeforeNaming(Attribution a) {
        int i = seen.lastIndexOf(a);
        return named != null && i < namedAt; // one of the paragraph before (-1) was stated before too
    }

    /** The project stage most recently named in the paragraph (在谈项目库 … 罗列了81只项目), or {@code null}. */
    Vocabulary.Stage stage() {
        return stage;
    }

    void stage(Vocabulary.Stage s) {
        stage = s;
    }

    /** The newest figure attributed in this sentence or an earlier one of the paragraph that passes {@code test}. */
    Attribution latest(Predicate<Attribution> test) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (test.test(seen.get(i))) {
                return seen.get(i);
            }
        }
        return null;
    }

    /**
     * The newest figure of the paragraph that passes {@code test}; failing one, the newest of the
     * paragraphs before it, for a figure that names nothing at all.
     */
    Attribution latestCarried(Predicate<Attribution> test) {
        Attribution a = latest(test);
        return a != null || previous == null ? a : previous.latestCarried(test);
    }

    /** The newest figure of the current sentence that passes {@code test}. */
    Attribution latestInSentence(Predicate<Attribution> test) {
        for (int i = seen.size() - 1; i >= 0 && sentenceOf.get(i) == sentence; i--) {
            if (test.test(seen.get(i))) {
                return seen.get(i);
            }
        }
        return null;
    }

    /** The last {@code k} level figures of the current sentence, oldest first (分别占…的86.6%、93.8%). */
    List<Attribution> lastLevelsInSentence(int k) {
        List<Attribution> out = new ArrayList<>();
        for (int i = seen.size() - 1; i >= 0 && sentenceOf.get(i) == sentence && out.size() < k; i--) {
            Attribution a = seen.get(i);
            if (a.measure() == Measure.VALUE && !a.figure().isPercent()) {
                out.add(0, a);
            }
        }
        return out;
    }

    static Predicate<Attribution> isLevel() {
        return a -> a.measure() == Measure.VALUE || a.measure() == Measure.TARGET;
    }

    static Predicate<Attribution> isLevelIn(BaseUnit base) {
        return a -> isLevel().test(a) && a.figure().unit() != null && a.figure().unit().base() == base;
    }

    static Predicate<Attribution> isLevelOfKind(UnitKind kind) {
        return a -> isLevel().test(a) && a.figure().unitKind() == kind;
    }
}
