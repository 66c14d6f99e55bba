package huibao.extract.attribution;

import huibao.extract.lexicon.ClauseWords;
import huibao.extract.lexicon.IndicatorLexicon;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.List;

/**
 * Ties the parts of a breakdown to the fact they break down, so that checks can add them up:
 * figures after 其中 (其中世界500强项目27个、中国500强项目48个), inside （含…） or （其中…）, and the
 * items of a 分别 list, each to the nearest earlier fact of the same indicator, measure and unit.
 */
public final class Breakdowns {

    private final ClauseWords words;
    private final WordMatcher<Vocabulary.Stage> stages;
    private final IndicatorLexicon indicators;

    /**
     * Reads breakdowns with the clause words that open them (其中), the stage words that name their parts
     * and the indicator words, among them the outside words (出口额) that make a part no part.
     */
    public Breakdowns(ClauseWords words, WordMatcher<Vocabulary.Stage> stages, IndicatorLexicon indicators) {
        this.words = words;
        this.stages = stages;
        this.indicators = indicators;
    }

    /**
     * The facts of one sentence with {@code partOf} set where they break down an earlier fact.
     *
     * @param sentence the sentence text
     * @param base     its offset in the cleaned text
     * @param facts    its facts in reading order
     * @param earlier  the facts of the paragraph before this sentence, in reading order
     */
    public List<Fact> link(String sentence, int base, List<Fact> facts, List<Fact> earlier) {
        List<Fact> out = new ArrayList<>(facts.size());
        List<Fact> governed = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            int at = f.span().start() - base;
            int opener = opener(sentence, at);
            if (opener >= 0 && closedBySemicolon(sentence, opener, at)
                    && !(sentence.substring(0, opener).isBlank() && siblingAfter(out, f, base, opener))) {
                opener = -1; // 其中来自京津冀的项目5个；规上企业实现产值128.6亿元: a ； closes the breakdown
            }
            if (opener >= 0) {
                governed.add(f);
            }
            if (opener < 0 || !additive(f.measure())) {
                out.add(f);
                continue;
            }
            Fact parent = null;
            for (int k = out.size() - 1; k >= 0 && parent == null; k--) {
                Fact c = out.get(k);
                if (c.span().start() - base < opener && sameKind(c, f) && !governed.contains(c)) {
                    parent = c;
                }
            }
            if (parent == null && Fact.OTHER.equals(f.indicator()) && !namesUncountedStage(sentence, opener, at)
                    && !namesOutside(sentence, opener, at)
                    && !listedStepAfter(sentence, f.span().end() - base)) {
                // 确保完成90亿元，其中11-12月需到位13.6亿元: a part that names nothing is a part of the figure before
                // 签约项目45个，签约额28.5亿元，其中甲类18个: a count of a class is of the nearest count before; an
                // amount only of the figure right before (其中投资15亿元的某项目 is one project's own)
                Fact whole = lastBefore(out, base, opener, f.baseUnit() == BaseUnit.COUNT ? f : null);
                if (whole != null && !Fact.OTHER.equals(whole.indicator()) && whole.measure() == f.measure()
                        && whole.baseUnit() == f.baseUnit() && whole.partOf() == null) {
                    f = f.withAttribution(whole.indicator(), f.measure(), f.scope());
                    parent = whole;
                }
            }
            for (int k = earlier.size() - 1; k >= 0 && parent == null; k--) {
                // across sentences only a figure of the whole (no sector, place or class) is broken down
                if (sameKind(earlier.get(k), f) && earlier.get(k).scope().isEmpty()) {
                    parent = listItem(earlier.get(k)) ? f : earlier.get(k);
                }
            }
            if (parent == f) {
                parent = null; // 分别为14个、…和5个。其中…12个: the parts are of the listed items together, not of the last one
            }
            out.add(parent == null || parent.redacted() && f.redacted() && parent.partOf() != null ? f : f.withPartOf(parent.id()));
        }
        return out;
    }

    /**
     * Whether the sentence opens with a breakdown word (其中亿元以上项目8个…): it breaks down a
     * figure of the sentence before, even across a line break.
     */
    public boolean opensWithBreakdown(String sentence) {
        String s = sentence.stripLeading();
        for (String w : words.words("breakdown")) {
            if (s.startsWith(w) && !w.startsWith("（") && !w.startsWith("(")) {
                return true;
            }
        }
        return false;
    }

    /** Where the 其中, （含 or 分别 governing a figure at {@code at} opens, or -1. */
    private int opener(String s, int at) {
        int best = words.lastBefore("breakdown", s, at);
        if (best < 0) {
            return -1;
        }
        // a parenthesis governs only what stands inside it
        if (s.startsWith("（", best) || s.startsWith("(", best)) {
            int close = Math.max(s.indexOf('）', best), s.indexOf(')', best));
            if (close >= 0 && close < at) {
                return -1;
            }
        }
        return best;
    }

    /** Whether {@code f} is a later item of a 分别 list (…、7个和5个). */
    private boolean listItem(Fact f) {
        String s = f.sentence();
        // the fact's offset in its sentence is not at hand: any place its text stands as a later item will do
        for (int at = s.indexOf(f.text()); at > 0; at = s.indexOf(f.text(), at + 1)) {
            char before = s.charAt(at - 1);
            if ((before == '、' || before == '和' || before == '及') && words.lastBefore("respective", s, at) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 其中结转项目1个: a part other because its words name a stage the contract does not count names something. */
    private boolean namesUncountedStage(String sentence, int opener, int at) {
        for (WordMatcher.Match<Vocabulary.Stage> m : stages.findAll(sentence.substring(opener, at))) {
            if (m.value().indicator() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * 其中外商直接投资4100万美元，完成出口额7500万美元: whether the part's own clause names a figure outside the
     * indicators (outside-words.tsv); it is that figure, no part of the whole before the 其中.
     */
    private boolean namesOutside(String sentence, int opener, int at) {
        int from = Math.max(opener, Clauses.afterLast(sentence, Clauses.COMMAS + Clauses.SEMICOLONS, at));
        return indicators.find(sentence.substring(Math.min(from, at), at)).stream()
                .anyMatch(m -> m.value().stream().anyMatch(sense -> sense.indicator() == IndicatorLexicon.OUTSIDE));
    }

    /**
     * 其中1家已达到规模并纳统: whether a stage word no indicator counts follows the part right away; the
     * part counts that step, not what its whole counts.
     */
    private boolean listedStepAfter(String sentence, int end) {
        if (end < 0 || end > sentence.length()) {
            return false;
        }
        String after = sentence.substring(end);
        after = after.startsWith("已") ? after.substring(1) : after;
        for (WordMatcher.Match<Vocabulary.Stage> m : stages.findLongest(after)) {
            return m.start() == 0 && m.value().listed();
        }
        return false;
    }

    /** The last fact before the opener, in the measure and base unit of {@code like} unless it is null, or {@code null}. */
    private static Fact lastBefore(List<Fact> out, int base, int opener, Fact like) {
        Fact last = null;
        for (Fact c : out) {
            if (c.span().start() - base < opener
                    && (like == null || c.measure() == like.measure() && c.baseUnit() == like.baseUnit())) {
                last = c;
            }
        }
        return last;
    }

    private static boolean closedBySemicolon(String s, int opener, int at) {
        String between = s.substring(opener, at);
        return Clauses.hasAny(between, Clauses.SEMICOLONS);
    }

    /**
     * Whether a part of the same kind as {@code f} already follows the opener: then a breakdown
     * that opens its sentence runs on across the ； (其中，制造业…7120万美元，增长17.1%；服务业…2736万美元).
     */
    private static boolean siblingAfter(List<Fact> out, Fact f, int base, int opener) {
        for (Fact c : out) {
            if (c.span().start() - base > opener && c.partOf() != null
                    && c.indicator().equals(f.indicator()) && c.measure() == f.measure() && c.baseUnit() == f.baseUnit()) {
                return true;
            }
        }
        return false;
    }

    /** Levels and absolute changes add up; rates and ranks do not. */
    private static boolean additive(Measure m) {
        return m == Measure.VALUE || m == Measure.YOY_ABS || m == Measure.TARGET;
    }

    private static boolean sameKind(Fact parent, Fact part) {
        return parent.indicator().equals(part.indicator()) && parent.measure() == part.measure()
                && parent.baseUnit() == part.baseUnit() && !Fact.OTHER.equals(part.indicator())
                && parent.partOf() == null;
    }
}
