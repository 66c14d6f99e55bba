package huibao.extract;

import huibao.model.Measure;

import java.util.List;

/**
 * Reads a figure's measure from the cues around it: a change cue before a percent (增长, 下降),
 * 占 before a share, 完成 before a completion rate, a ranking verb before 第N位, 任务数 after a
 * target, and plans (计划, 力争, 目标任务为) that turn a sentence's levels into targets.
 */
final class MeasureReader {

    /**
     * A measure reading.
     *
     * @param measure the measure
     * @param sign    -1 when the cue tells a decline, else +1
     * @param cueEnd  for shares, where the 占 cue ends within the figure's left words (the whole named
     *                after it: 占全市实际使用外资的), else -1
     * @param versus  what the figure compares with, or {@code null}
     * @param inherit whether, naming no indicator itself, the figure states one of the figure before
     *                it (the target inside 完成…任务数的53.49% is the target of the level just stated)
     */
    record Reading(Measure measure, int sign, int cueEnd, String versus, boolean inherit) {
        Reading(Measure measure, int sign, int cueEnd, String versus) {
            this(measure, sign, cueEnd, versus, false);
        }
    }

    private static final String VERSUS_STRIP = "的在中上为是达了";


    private final Vocabulary v;

    MeasureReader(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    /** Whether the figure's left words hold a measure or target cue of their own. */
    boolean hasCue(FactAttributor.Context c) {
        return !v.measures.findBefore(c.left()).isEmpty() || !v.targets.findAll(c.left()).isEmpty();
    }

    /** The figure's measure, or {@code null} for a position (第二) that no ranking cue introduces. */
    Reading read(FactAttributor.Context c) {
        Figure f = c.figure();
        if (f.kind() == Figure.Kind.RANK) {
            WordMatcher.Match<MeasureCues.Cue> cue = nearest(c.clauseBefore(), Unit.Kind.RANK, c.clauseBefore());
            if (cue == null) {
                return null;
            }
            return new Reading(Measure.RANK, 1, -1, versus(c.clauseBefore().substring(cue.end())));
        }
        if (f.kind() == Figure.Kind.DOUBLING) {
            return new Reading(Measure.YOY, 1, -1, null);
        }
        Unit.Kind kind = f.unitKind();
        if (kind == Unit.Kind.PP) {
            WordMatcher.Match<MeasureCues.Cue> cue = nearest(c.left(), kind, c.clauseBefore());
            if (cue == null) {
                cue = nearest(c.clauseBefore(), kind, c.clauseBefore());
            }
            int sign = cue == null ? 1 : cue.value().sign();
            String versus = cue == null ? null : versus(c.left().substring(0, Math.max(0, Math.min(c.left().length(),
                    c.left().lastIndexOf(cue.word())))));
            return new Reading(Measure.PP_CHANGE, sign == 0 ? 1 : sign, -1, comparedWith(c.clauseBefore(), versus));
        }
        String after = afterOwnWords(c.sentence().substring(c.end()));
        if (kind != null && kind != Unit.Kind.PERCENT) {
            for (WordMatcher.Match<List<MeasureCues.Cue>> m : v.measures.findAfter(after)) {
                for (MeasureCues.Cue cue : m.value()) {
                    if (cue.appliesTo(kind)) {
                        return new Reading(cue.measure(), 1, -1, completionVersus(c), true);
                    }
                }
            }
            if (inCompletionPhrase(c) || listedBeforeTarget(after, kind)) {
                return new Reading(Measure.TARGET, 1, -1, completionVersus(c), true);
            }
        } else if (kind == Unit.Kind.PERCENT) {
            for (WordMatcher.Match<List<MeasureCues.Cue>> m : v.measures.findAfter(after)) {
                for (MeasureCues.Cue cue : m.value()) {
                    if (cue.appliesTo(kind) && cue.measure() == Measure.TARGET) {
                        return new Reading(Measure.TARGET, 1, -1, null, true);
                    }
                }
            }
        }
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
        if (cue == null && kind == Unit.Kind.PERCENT) {
            // 完成…任务XX亿元的102.4%: the cue stands before the target inside the phrase
            cue = nearest(c.clauseBefore(), kind, c.clauseBefore());
            cueEnd = -1;
            cueAt = cue == null ? -1 : c.clauseStart() + cue.start();
        }
        if (cue == null && kind == Unit.Kind.PERCENT && ofTargetBefore(c)) {
            return new Reading(Measure.COMPLETION, 1, -1, completionVersus(c)); // 为年度目标50个的116%
        }
        if (cue == null && kind == Unit.Kind.PERCENT && RespectiveList.isPlaceName(c.left().strip())) {
            // 按完成年度目标任务的比例排名：北澜区81.2%，…；东渚区76.5%: a ranked list takes the cue of its head
            cue = nearest(c.sentenceBefore(), kind, c.sentenceBefore());
            cueEnd = -1;
            cueAt = cue == null ? -1 : cue.start();
        }
        if (cue != null && (kind != Unit.Kind.MULTIPLE || cue.value().measure() == Measure.YOY)) {
            Measure measure = cue.value().measure();
            if (measure == Measure.SHARE && (cueEnd >= 0 && v.clauseWords.anyIn("target_whole", c.left().substring(cueEnd))
                    || completionBefore(c.sentence(), cueAt))) {
                // 占年度目标任务的56.3%: a share of a target is how much of it is done
                return new Reading(Measure.COMPLETION, 1, -1, completionVersus(c));
            }
            if (kind == Unit.Kind.PERCENT && (measure == Measure.SHARE || measure == Measure.YOY
                    || measure == Measure.COMPLETION && !v.clauseWords.anyIn("actual", c.clauseBefore()))
                    && targetCueBefore(c, cueAt)) {
                return new Reading(Measure.TARGET, 1, -1, null); // 力争…开工率达到85%以上: an aim, not a result
            }
            String versus = measure == Measure.COMPLETION ? completionVersus(c) : null;
            return new Reading(measure, cue.value().sign() == 0 ? 1 : cue.value().sign(), cueEnd, versus);
        }
        if (targetMode(c)) {
            return new Reading(Measure.TARGET, 1, -1, null);
        }
        return new Reading(Measure.VALUE, 1, -1, null);
    }

    /**
     * Whether the figure opens a 、 list whose last figure a target cue follows: in 围绕全年实际使用外资
     * 30亿元、市外境内到位资金535亿元的目标, both figures are targets.
     */
    private boolean listedBeforeTarget(String after, Unit.Kind kind) {
        if (!after.startsWith("、")) {
            return false;
        }
        int end = after.length();
        for (char stop : new char[] {'，', ',', '；', ';', '。'}) {
            int k = after.indexOf(stop);
            if (k >= 0 && k < end) {
                end = k;
            }
        }
        String list = after.substring(0, end);
        boolean figureSeen = false;
        for (int p = 1; p < list.length(); p++) {
            figureSeen |= Character.isDigit(list.charAt(p - 1));
            if (!figureSeen) {
                continue;
            }
            for (WordMatcher.Match<List<MeasureCues.Cue>> m : v.measures.findAfter(list.substring(p))) {
                for (MeasureCues.Cue cue : m.value()) {
                    if (cue.measure() == Measure.TARGET && cue.appliesTo(kind)) {
                        return true;
                    }
                }
            }
        }
        return false;
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

    /** 按完成年度目标任务的比例排名: a share cue right after a completion of a target names a completion rate. */
    private boolean completionBefore(String sentence, int cueAt) {
        if (cueAt < 0) {
            return false;
        }
        String before = sentence.substring(Math.max(0, cueAt - 12), cueAt);
        return before.contains("完成") && v.clauseWords.anyIn("target_whole", before);
    }

    /** The cue nearest before the end of {@code text} that applies to {@code kind} and whose requirement holds. */
    private WordMatcher.Match<MeasureCues.Cue> nearest(String text, Unit.Kind kind, String clause) {
        WordMatcher.Match<MeasureCues.Cue> best = null;
        int offset = clause.length() - text.length();
        for (WordMatcher.Match<List<MeasureCues.Cue>> m : v.measures.findBefore(text)) {
            for (MeasureCues.Cue cue : m.value()) {
                if (!cue.appliesTo(kind) || !requirementHolds(cue, clause, offset + m.start())) {
                    continue;
                }
                if (best == null || m.end() > best.end() || (m.end() == best.end() && m.length() > best.length())) {
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

    /** 完成…XX亿元的102.4%: a level that a completion rate right after it is measured against. */
    private boolean inCompletionPhrase(FactAttributor.Context c) {
        Figure next = c.next();
        if (next == null || !next.isPercent()) {
            return false;
        }
        int gap = next.start() - c.base() - c.end();
        String between = c.sentence().substring(c.end(), c.end() + Math.max(0, gap));
        return (between.equals("的") || between.equals("任务的") || between.equals("目标的"))
                && (c.clauseBefore().contains("完成") || targetWordEnds(c.clauseBefore()));
    }

    /** Whether a target word (目标, 任务) ends {@code text}, give or take a space: 为年度目标|50个. */
    private boolean targetWordEnds(String text) {
        String t = text.stripTrailing();
        return v.clauseWords.words("target_whole").stream().anyMatch(t::endsWith);
    }

    /** Whether the percent follows 的 after a target figure that a target word names: 为年度目标50个的116%. */
    private boolean ofTargetBefore(FactAttributor.Context c) {
        Figure previous = null;
        for (Figure f : c.all()) {
            if (f.end() - c.base() <= c.at() && (previous == null || f.end() > previous.end())) {
                previous = f;
            }
        }
        if (previous == null || previous.isPercent()) {
            return false;
        }
        int from = previous.end() - c.base();
        int clause = Math.max(c.clauseStart(), 0);
        return previous.start() - c.base() >= clause && c.sentence().substring(from, c.at()).equals("的")
                && targetWordEnds(c.sentence().substring(clause, previous.start() - c.base()));
    }

    private boolean targetMode(FactAttributor.Context c) {
        return targetCueBefore(c, c.at());
    }

    /** Whether a plan (力争, 计划, a 目标任务 heading) governs the sentence before {@code limit}. */
    private boolean targetCueBefore(FactAttributor.Context c, int limit) {
        if (c.topic().planned()) {
            return true;
        }
        String before = c.sentence().substring(0, Math.max(0, Math.min(limit, c.at())));
        for (WordMatcher.Match<Vocabulary.TargetCue> m : v.targets.findAll(before)) {
            Vocabulary.TargetCue cue = m.value();
            String rest = c.sentence().substring(m.end());
            if (cue.unless().stream().anyMatch(rest::startsWith)) {
                continue;
            }
            if (completedBefore(c.sentence(), m.start())) {
                continue; // 完成年度计划的85.5%: a plan that is being completed, not a plan being set
            }
            if (cue.phrase() && c.sentence().substring(m.end(), c.at()).contains("；")) {
                continue; // 力争突破3.5亿美元；按人民币口径计，实际使用外资16.82亿元: the aim ends at the ；
            }
            if ((cue.sentence() || m.start() >= c.clauseStart()) && !closedParenthesisAround(c.sentence(), m.start(), limit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean completedBefore(String s, int cueAt) {
        int from = Math.max(0, cueAt - 4);
        return s.substring(from, cueAt).contains("完成");
    }

    /** （计划开复工项目149个）；完成投资84.6亿元: a plan inside parentheses closed before the figure governs only them. */
    private static boolean closedParenthesisAround(String s, int cueAt, int figureAt) {
        int open = Math.max(s.lastIndexOf('（', cueAt), s.lastIndexOf('(', cueAt));
        if (open < 0) {
            return false;
        }
        int close = Math.max(s.indexOf('）', cueAt), s.indexOf(')', cueAt));
        return close >= 0 && close < figureAt && s.lastIndexOf('）', cueAt) < open && s.lastIndexOf(')', cueAt) < open;
    }

    private static String completionVersus(FactAttributor.Context c) {
        String clause = c.clauseBefore();
        int k = clause.lastIndexOf("完成");
        if (k < 0) {
            return null;
        }
        String phrase = clause.substring(k + 2);
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
