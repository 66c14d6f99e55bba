package huibao.extract.attribution;

import huibao.extract.lexicon.IndicatorLexicon;
import huibao.extract.lexicon.MeasureCues;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.Figure;
import huibao.extract.number.Unit;
import huibao.model.Measure;
import huibao.model.UnitKind;
import huibao.text.Clauses;

import java.util.List;

/**
 * Reads a figure's measure from the cues around it: a change cue before a percent (增长, 下降),
 * 占 before a share, 完成 before a completion rate, a ranking verb before 第N位, 任务数 after a
 * target, and plans (计划, 力争, 目标任务为) that turn a sentence's levels into targets.
 */
final class MeasureReader {

    private static final String VERSUS_STRIP = "的在中上为是达了";

    private final Vocabulary v;
    private final TargetCues targets;

    MeasureReader(Vocabulary vocabulary) {
        this.v = vocabulary;
        this.targets = new TargetCues(vocabulary);
    }

    /** Whether the figure's left words hold a measure or target cue of their own. */
    boolean hasCue(FigureContext c) {
        return !v.measures.findBefore(c.left()).isEmpty() || !v.targets.findAll(c.left()).isEmpty();
    }

    /** The figure's measure, or {@code null} for a position (第二) that no ranking cue introduces. */
    MeasureReading read(FigureContext c) {
        Figure f = c.figure();
        if (f.kind() == Figure.Kind.RANK) {
            WordMatcher.Match<MeasureCues.Cue> cue = nearest(c.clauseBefore(), UnitKind.RANK, c.clauseBefore());
            if (cue == null) {
                // 增幅全市第一: the whole ranked over, right before the position, says it is a rank
                String before = c.clauseBefore().stripTrailing();
                return v.clauseWords.words("versus").stream().filter(before::endsWith).findFirst()
                        .map(w -> new MeasureReading(Measure.RANK, 1, -1, w)).orElse(null);
            }
            return new MeasureReading(Measure.RANK, 1, -1, versus(c.clauseBefore().substring(cue.end())));
        }
        if (f.kind() == Figure.Kind.DOUBLING || f.kind() == Figure.Kind.RATIO) {
            return new MeasureReading(Measure.YOY, 1, -1, null); // 翻一番, 是去年同期的6倍
        }
        UnitKind kind = f.unitKind();
        if (kind == UnitKind.PP) {
            return pointsChange(c, kind);
        }
        String task = targets.taskInBrackets(c);
        if (task != null) {
            // 引进企业15家（任务数12家）, 全年预定目标（增长8%）: the task set for the figure, not a result
            return new MeasureReading(Measure.TARGET, 1, -1, versus(task), true);
        }
        MeasureReading after = cueAfter(c, kind);
        if (after != null) {
            return after;
        }
        if (kind == UnitKind.PERCENT && shareChange(c)) {
            // 占全省的54.1%，比去年同期提高3.2%: the share moved by points, written with %
            return new MeasureReading(Measure.PP_CHANGE, nearest(c.left(), UnitKind.PP, c.left()).value().sign(), -1,
                    comparedWith(c.clauseBefore(), null));
        }
        return cueBefore(c, kind);
    }

    /**
     * Whether a percent right after a share, in a clause of its own that only compares (，比去年同期提高3.2%),
     * changes that share: a rise or fall of points, whatever the sign it is written with.
     */
    private boolean shareChange(FigureContext c) {
        Figure previous = previousFigure(c);
        String between = previous == null ? "" : c.sentence().substring(previous.end() - c.base(), c.at());
        if (previous == null || !previous.isPercent() || !between.startsWith("，") && !between.startsWith(",")
                || between.length() > 12 || !v.indicators.find(between).isEmpty()) {
            return false;
        }
        WordMatcher.Match<MeasureCues.Cue> change = nearest(c.left(), UnitKind.PP, c.left());
        if (change == null || change.end() != c.left().length() || !v.clauseWords.words("share_change").contains(change.word())) {
            return false;
        }
        int prevAt = previous.start() - c.base();
        int prevClause = Clauses.clauseStart(c.sentence(), prevAt);
        WordMatcher.Match<MeasureCues.Cue> share = nearest(c.sentence().substring(prevClause, prevAt), UnitKind.PERCENT,
                c.sentence().substring(prevClause, prevAt));
        return share != null && share.value().measure() == Measure.SHARE;
    }

    private static Figure previousFigure(FigureContext c) {
        Figure previous = null;
        for (Figure f : c.all()) {
            if (!f.threshold() && f.end() - c.base() <= c.at() && (previous == null || f.end() > previous.end())) {
                previous = f;
            }
        }
        return previous;
    }

    /** 提高2.3个百分点: a change in points, with the cue before it in the figure's words or its clause. */
    private MeasureReading pointsChange(FigureContext c, UnitKind kind) {
        WordMatcher.Match<MeasureCues.Cue> cue = nearest(c.left(), kind, c.clauseBefore());
        if (cue == null) {
            cue = nearest(c.clauseBefore(), kind, c.clauseBefore());
        }
        int sign = cue == null ? 1 : cue.value().sign();
        String versus = cue == null ? null : versus(c.left().substring(0, Math.max(0, Math.min(c.left().length(),
                c.left().lastIndexOf(cue.word())))));
        return new MeasureReading(Measure.PP_CHANGE, sign == 0 ? 1 : sign, -1, comparedWith(c.clauseBefore(), versus));
    }

    /** A target or measure cue after the figure (任务数, 目标), or the completion phrase it opens; {@code null} when none. */
    private MeasureReading cueAfter(FigureContext c, UnitKind kind) {
        String after = afterOwnWords(c.sentence().substring(c.end()));
        if (kind != null && kind != UnitKind.PERCENT) {
            for (WordMatcher.Match<List<MeasureCues.Cue>> m : v.measures.findAfter(after)) {
                for (MeasureCues.Cue cue : m.value()) {
                    if (cue.appliesTo(kind)) {
                        return new MeasureReading(cue.measure(), 1, -1, completionVersus(c), true);
                    }
                }
            }
            if (targets.inCompletionPhrase(c) || targets.listedBeforeTarget(after, kind)) {
                return new MeasureReading(Measure.TARGET, 1, -1, completionVersus(c), true);
            }
        } else if (kind == UnitKind.PERCENT) {
            // 到位资金212亿元、同比增长15%”的目标任务: the quote closes before the target word
            String unquoted = after.startsWith("”") || after.startsWith("\"") ? after.substring(1) : after;
            for (WordMatcher.Match<List<MeasureCues.Cue>> m : v.measures.findAfter(unquoted)) {
                for (MeasureCues.Cue cue : m.value()) {
                    if (cue.appliesTo(kind) && cue.measure() == Measure.TARGET) {
                        return new MeasureReading(Measure.TARGET, 1, -1, null, true);
                    }
                    if (cue.appliesTo(kind) && cue.measure() == Measure.YOY) {
                        return new MeasureReading(Measure.YOY, cue.sign() == 0 ? 1 : cue.sign(), -1, null); // 超过45%的增幅
                    }
                }
            }
        }
        return null;
    }

    /** The measure the cue nearest before the figure says, else a target under a plan, else a level. */
    private MeasureReading cueBefore(FigureContext c, UnitKind kind) {
        WordMatcher.Match<MeasureCues.Cue> cue = nearest(c.left(), kind, c.clauseBefore());
        int cueEnd = cue == null ? -1 : cue.end();
        int cueAt = cue == null ? -1 : c.at() - c.left().length() + cue.start(); // in sentence offsets
        if (cue != null && cue.value().measure() == Measure.SHARE && !cue.word().startsWith("占")) {
            // 占签约项目总投资的比重达103.6%: the whole stands between 占 and 的比重
            int zhan = c.left().lastIndexOf('占', cue.start());
            if (zhan >= 0) {
                cueEnd = zhan + 1;
            }
        }
        if (cue == null && kind == UnitKind.PERCENT) {
            // 完成…任务XX亿元的102.4%: the cue stands before the target inside the phrase
            cue = nearest(c.clauseBefore(), kind, c.clauseBefore());
            cueEnd = -1;
            cueAt = cue == null ? -1 : c.clauseStart() + cue.start();
        }
        if (cue == null && kind == UnitKind.PERCENT && targets.ofTargetBefore(c)) {
            return new MeasureReading(Measure.COMPLETION, 1, -1, completionVersus(c)); // 为年度目标50个的116%
        }
        if (cue == null && kind == UnitKind.PERCENT && RespectiveList.isPlaceName(c.left().strip())) {
            // 按完成年度目标任务的比例排名：北澜区81.2%，…；东渚区76.5%: a ranked list takes the cue of its head
            cue = nearest(c.sentenceBefore(), kind, c.sentenceBefore());
            cueEnd = -1;
            cueAt = cue == null ? -1 : cue.start();
        }
        if (cue != null && (kind != UnitKind.MULTIPLE || cue.value().measure() == Measure.YOY)) {
            Measure measure = cue.value().measure();
            int wholeFrom = cueEnd >= 0 ? c.at() - c.left().length() + cueEnd : cueAt + cue.word().length();
            if (measure == Measure.SHARE && (targets.wholeIsTarget(c, wholeFrom)
                    || targets.completionBefore(c.sentence(), cueAt))) {
                // 占年度目标任务的56.3%, 占目标任务9000万元的47.8%: a share of a target is how much of it is done
                return new MeasureReading(Measure.COMPLETION, 1, -1, completionVersus(c));
            }
            if (kind == UnitKind.PERCENT && (measure == Measure.SHARE || measure == Measure.YOY
                    || measure == Measure.COMPLETION && !v.clauseWords.anyIn("actual", c.clauseBefore()))
                    && targets.targetCueBefore(c, cueAt, measure == Measure.COMPLETION)) {
                return new MeasureReading(Measure.TARGET, 1, -1, null); // 力争…开工率达到85%以上: an aim, not a result
            }
            String versus = measure == Measure.COMPLETION ? completionVersus(c)
                    : measure == Measure.PP_CHANGE ? comparedWith(c.clauseBefore(), null) : null;
            return new MeasureReading(measure, cue.value().sign() == 0 ? 1 : cue.value().sign(), cueEnd, versus);
        }
        if (targets.targetMode(c)) {
            return new MeasureReading(Measure.TARGET, 1, -1, null);
        }
        if (c.figure().unit() != null && v.figureRules.wordAt("proportion_unit", c.figure().unit().written(), 0) != null) {
            return new MeasureReading(Measure.SHARE, 1, -1, null); // 近一半外资投向制造业, 八成新设项目: a part of a whole
        }
        return new MeasureReading(Measure.VALUE, 1, -1, null);
    }

    /**
     * The text after a figure with the indicator's own name skipped when one follows it
     * (全年1.8亿美元外资目标: the target cue 目标 stands after 外资).
     */
    private String afterOwnWords(String after) {
        for (WordMatcher.Match<List<IndicatorLexicon.Sense>> m : v.indicators.find(after.substring(0, Math.min(8, after.length())))) {
            if (m.start() == 0 && !v.measures.findAfter(after.substring(m.end())).isEmpty()) {
                return after.substring(m.end());
            }
        }
        return after;
    }

    /** The cue nearest before the end of {@code text} that applies to {@code kind} and whose requirement holds. */
    private WordMatcher.Match<MeasureCues.Cue> nearest(String text, UnitKind kind, String clause) {
        WordMatcher.Match<MeasureCues.Cue> best = null;
        int offset = clause.length() - text.length();
        for (WordMatcher.Match<List<MeasureCues.Cue>> m : v.measures.findBefore(text)) {
            for (MeasureCues.Cue cue : m.value()) {
                if (!cue.appliesTo(kind) || !requirementHolds(cue, clause, offset + m.start())) {
                    continue;
                }
                boolean wider = best != null && m.end() == best.end() && m.length() > best.length();
                boolean narrower = best != null && m.end() == best.end() && m.length() == best.length()
                        && !cue.requires().isEmpty() && best.value().requires().isEmpty(); // 比重…提高: the cue its clause calls for
                if (best == null || m.end() > best.end() || wider || narrower) {
                    best = new WordMatcher.Match<>(m.start(), m.end(), m.word(), cue);
                }
            }
        }
        return best;
    }

    private static boolean requirementHolds(MeasureCues.Cue cue, String clause, int cueStart) {
        if (cue.requires().isEmpty()) {
            return true;
        }
        String before = clause.substring(0, Math.min(clause.length(), cueStart + cue.word().length()));
        return cue.requires().stream().anyMatch(before::contains);
    }

    private static String completionVersus(FigureContext c) {
        String clause = c.clauseBefore();
        int k = clause.lastIndexOf("完成");
        if (k < 0) {
            return null;
        }
        String phrase = clause.substring(k + 2);
        for (Figure f : c.all()) {
            if (f.isPercent() && f.start() - c.base() >= c.clauseStart() + k && f.end() - c.base() <= c.at()) {
                // 完成…310亿元预期目标任务的58.2%和330亿元工作目标任务的54.7%: each rate has its own target
                phrase = c.sentence().substring(f.end() - c.base(), c.at()).replaceFirst("^[和及、与]", "");
            }
        }
        for (Figure f : c.all()) {
            int at = f.start() - c.base();
            if (at >= c.at() - phrase.length() && f.end() - c.base() <= c.at()) {
                phrase = phrase.replace(f.text(), ""); // 完成任务数8亿元的: the target is a figure of its own
            }
        }
        int cut = phrase.indexOf('的');
        if (cut >= 0) {
            phrase = phrase.substring(0, cut);
        }
        return versus(phrase);
    }

    private String comparedWith(String clause, String fallback) {
        for (String w : v.clauseWords.words("versus")) {
            if (clause.contains(w)) {
                return w;
            }
        }
        return fallback;
    }

    static String versus(String text) {
        String t = text.strip();
        while (!t.isEmpty() && VERSUS_STRIP.indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        while (!t.isEmpty() && VERSUS_STRIP.indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1);
        }
        return t.isEmpty() || t.length() > 16 ? null : t;
    }
}
