package huibao.extract.attribution;

import huibao.extract.number.Figure;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.text.Clauses;

/**
 * The indicator of the figure a paragraph was last talking about, for a figure whose clause names
 * nothing new (增长22.4%, 其中**市为3次), or the indicator a heading named before it.
 */
final class TopicIndicator {

    private TopicIndicator() {
    }

    /** The indicator of the figure the paragraph was last talking about. */
    static TermChoice choice(FigureContext c, Measure measure) {
        return choice(c, measure, false);
    }

    /**
     * The indicator of the figure the paragraph was last talking about; with {@code carry}, an amount
     * that names nothing at all may take it from the paragraphs before (北京市46.7亿元，居第一位
     * after a paragraph on 到位资金).
     */
    static TermChoice choice(FigureContext c, Measure measure, boolean carry) {
        Figure f = c.figure();
        Topic t = c.topic();
        Attribution a;
        switch (measure) {
            case TARGET, VALUE -> {
                if (f.isMoney()) {
                    BaseUnit base = f.unit().base();
                    a = t.latestInSentence(Topic.isLevelIn(base));
                    if (a == null) {
                        a = carry ? t.latestCarried(Topic.isLevelIn(base)) : t.latest(Topic.isLevelIn(base));
                    }
                } else if (f.kind() == Figure.Kind.ZERO || f.unit() == null || f.isPercent()) {
                    a = t.latestInSentence(Topic.isLevel());
                    if (a == null) {
                        a = t.latest(Topic.isLevel());
                    }
                } else {
                    a = t.latestInSentence(Topic.isLevelOfKind(f.unitKind()));
                    if (a == null) {
                        a = t.latest(Topic.isLevelOfKind(f.unitKind()));
                    }
                }
            }
            case YOY_ABS -> a = t.latest(Topic.isLevelOfKind(f.unitKind()));
            default -> {
                a = t.latestInSentence(x -> true);
                if (measure != Measure.YOY && measure != Measure.COMPLETION && measure != Measure.SHARE
                        || a == null || !Fact.OTHER.equals(a.indicator())
                        || a.measure() != Measure.VALUE || !a.figure().isCount() || !growthRightAfter(c, a)) {
                    a = null; // but 有资金到位的内资项目3541个，同比增长26.2%: the growth of the count just stated
                    // (新认定项目15个，完成市计划的125%: its completion; 实施项目118个，占全市总量的67%: its share)
                }
                if (a == null) {
                    a = t.latestInSentence(t::spoken);
                }
                if (a == null) {
                    a = t.latest(t::spoken);
                }
                if (a == null) {
                    a = t.latestInSentence(x -> true);
                }
                if (a == null) {
                    a = t.latestCarried(t::spoken); // 从增速看，甲市、乙县增速分别为…: of what the paragraph before spoke
                }
            }
        }
        if (t.named() != null && (a == null || t.statedBeforeNaming(a))) {
            return TermChoice.of(t.named(), null); // a heading or a 从…看 clause names what the figures after it are
        }
        return a == null ? null : new TermChoice(a.indicator(), null, -1, a);
    }

    /** Whether the growth stands in the clause right after {@code count}, with nothing but its own words (，同比增长). */
    private static boolean growthRightAfter(FigureContext c, Attribution count) {
        int end = count.figure().end() - c.base();
        if (end < 0 || end > c.at()) {
            return false;
        }
        String between = c.sentence().substring(end, c.at());
        return between.length() <= 8 && !between.isEmpty() && Clauses.COMMAS.indexOf(between.charAt(0)) >= 0
                && !Clauses.hasAny(between.substring(1), Clauses.CLAUSE_MARKS) && !between.contains("其中");
    }
}
