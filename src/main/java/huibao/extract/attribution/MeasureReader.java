package huibao.extract.attribution;

import huibao.extract.lexicon.IndicatorLexicon;
import huibao.extract.lexicon.MeasureCues;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.Figure;
import huibao.extract.number.Unit;
import huibao.model.Measure;
import huibao.text.HanChars;
import huibao.model.UnitKind;
import huibao.text.Clauses;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a figure's measure from the cues around it: a change cue before a percent (增长, 下降),
 * 占 before a share, 完成 before a completion rate, a ranking verb before 第N位, 任务数 after a
 * target, and plans (计划, 力争, 目标任务为) that turn a sentence's levels into targets.
 */
final class MeasureReader {

    // compiled once: these run for every figure of every report
    private static final Pattern TRAILING_PARTICLES = Pattern.compile("[新净又再共累计的了]+$");
    private static final Pattern PERIOD_CHAR = Pattern.compile("[年季月周旬期度]");
    private static final Pattern LEADING_LE = Pattern.compile("^了");

    private static final String VERSUS_STRIP = "的在中上为是达了";

    /** A pair of brackets with nothing left inside. */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[（(]\\s*[）)]");
    private static final Pattern CLOSING = Pattern.compile("[\\s）)”」』]");
    private static final Pattern PERIOD_WORD = Pattern.compile(".*[年季月期].*");
    private static final Pattern PERIOD_PARTICLES = Pattern.compile("^[的在]+|[的了]+$");
    private static final Pattern MISPRINTED_DECIMALS = Pattern.compile("^[.0-9]*[和及、与]");

    private final Vocabulary v;
    private final TargetCues targets;
    private final ListedPlaces places;
    /** A hedge right after a percent, before the cue that measures it (12%以上的增速): clause-words.tsv percent_hedge. */
    private final Pattern leadingQualifier;

    MeasureReader(Vocabulary vocabulary) {
        this.v = vocabulary;
        this.leadingQualifier = Pattern.compile("^" + vocabulary.clauseWords.group("percent_hedge"));
        this.targets = new TargetCues(vocabulary);
        this.places = new ListedPlaces(vocabulary.clauseWords);
    }

    /** Whether the figure's left words hold a measure or target cue of their own. */
    boolean hasCue(FigureContext c) {
        return !v.measures.findBefore(c.left()).isEmpty() || !v.targets.findAll(c.left()).isEmpty();
    }

    /**
     * A position that repeats the form of a rank earlier in its sentence (居苏州第5，增速苏州第4), with the
     * whole that both name right before the position as its versus; {@code null} when no rank stands before.
     */
    private static MeasureReading parallelRank(FigureContext c, String before) {
        Figure earlier = null;
        for (Figure o : c.all()) {
            if (o.start() < c.figure().start() && o.kind() == Figure.Kind.RANK) {
                earlier = o;
            }
        }
        if (earlier == null) {
            return null;
        }
        int at = earlier.start() - c.base();
        for (int k = 4; k >= 2; k--) {
            if (at - k >= 0 && at <= c.sentence().length()) {
                String whole = c.sentence().substring(at - k, at);
                if (HanChars.isHan(whole.charAt(0)) && before.endsWith(whole)) {
                    return new MeasureReading(Measure.RANK, 1, -1, whole);
                }
            }
        }
        return new MeasureReading(Measure.RANK, 1, -1, null);
    }

    /** The figure's measure, or {@code null} for a position (第二) that no ranking cue introduces. */
    MeasureReading read(FigureContext c) {
        Figure f = c.figure();
        if (f.kind() == Figure.Kind.RANK) {
            WordMatcher.Match<MeasureCues.Cue> cue = nearest(c.clauseBefore(), UnitKind.RANK, c.clauseBefore());
            if (cue == null) {
                // 增幅全市第一, 销量全球第三: the whole ranked over, right before the position, says it is a rank
                String before = c.clauseBefore().stripTrailing();
                MeasureReading whole = Stream.concat(v.clauseWords.words("versus").stream(), v.clauseWords.words("rank_whole").stream())
                        .filter(before::endsWith).findFirst()
                        .map(w -> new MeasureReading(Measure.RANK, 1, -1, w)).orElse(null);
                if (whole != null) {
                    return whole;
                }
                String place = c.placeRightBefore();
                if (place != null) {
                    return new MeasureReading(Measure.RANK, 1, -1, place); // 增速苏州第4: the place ranked over
                }
                // 投资同比增速第9位: a position written with 位 or 名 that closes its clause ranks what stands before it
                boolean written = f.text().startsWith("第") && f.unit() != null
                        && (f.unit().written().equals("位") || f.unit().written().equals("名")); // 摆在首位 ranks nothing
                if (!CLOSING.matcher(c.clauseAfter()).replaceAll("").isEmpty()) {
                    return null; // 第15位） closes its clause as well
                }
                if (written) {
                    return new MeasureReading(Measure.RANK, 1, -1, null);
                }
                // 总量居苏州第5，增速苏州第4: a bare position closing its clause after a rank of the same sentence is one too
                return f.text().startsWith("第") ? parallelRank(c, before) : null;
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
        MeasureReading excess = excess(c, kind);
        if (excess != null) {
            return excess;
        }
        MeasureReading compared = comparedLevel(c, kind);
        if (compared != null) {
            return compared;
        }
        MeasureReading reached = levelReached(c, kind);
        if (reached != null) {
            return reached;
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
     * An excess over a target (超过目标任务4000亿元的19%, 超额完成项目任务210.23%): points by which the
     * completion passes 100, versus the target; {@code null} when the percent is no excess.
     */
    private MeasureReading excess(FigureContext c, UnitKind kind) {
        if (kind != UnitKind.PERCENT) {
            return null;
        }
        String clause = c.clauseBefore();
        int k = v.clauseWords.lastBefore("excess", clause, clause.length());
        if (k < 0) {
            return null;
        }
        String word = v.clauseWords.words("excess").stream().filter(w -> clause.startsWith(w, k)).findFirst().orElse("");
        String whole = clause.substring(k + word.length());
        boolean of = whole.endsWith("的");
        // 超过目标任务…的19%: the share of the target passed; 超额完成任务180%: the excess itself, but
        // 超额完成年度任务的120% is the completion
        boolean excess = word.equals("超额完成") ? !of : of;
        if (!excess || whole.length() > 20 || !v.clauseWords.anyIn("target_whole", whole)) {
            return null;
        }
        String target = whole;
        for (Figure f : c.all()) {
            if (f.start() - c.base() >= c.clauseStart() + k && f.end() - c.base() <= c.at()) {
                target = target.replace(f.text(), "");
            }
        }
        return new MeasureReading(Measure.PP_CHANGE, 1, -1, versus(target));
    }

    /**
     * The level of the period compared with (比去年同期46.1亿元增加了2.5亿元, 由去年的6%提升至9%): a
     * figure between a base word and a change word. Its measure is that of what moves (比重 makes a
     * share, 增幅 a growth rate; an amount or count is a level), its versus and scope the period.
     */
    private MeasureReading comparedLevel(FigureContext c, UnitKind kind) {
        String clause = c.clauseBefore();
        int k = Math.max(v.clauseWords.lastBefore("base_from", clause, clause.length()),
                v.clauseWords.lastBefore("base_of", clause, clause.length()));
        if (k < 0 || kind == null || kind == UnitKind.PP || kind == UnitKind.MULTIPLE) {
            return null;
        }
        String period = clause.substring(k + 1);
        if (period.isEmpty() || period.length() > 8 || period.chars().anyMatch(Character::isDigit)
                || !PERIOD_WORD.matcher(period).matches() || !changeFollows(c)) {
            return null;
        }
        String compared = PERIOD_PARTICLES.matcher(period).replaceAll("");
        Measure measure = Measure.VALUE;
        if (kind == UnitKind.PERCENT) {
            WordMatcher.Match<MeasureCues.Cue> mover = governing(c, c.clauseStart() + k);
            if (mover == null) {
                return null;
            }
            measure = mover.value().measure();
        }
        return new MeasureReading(measure, 1, -1, compared, false, compared);
    }

    /** Whether a change word follows the figure, perhaps after an adverb (…46.1亿元增加了, …的6%快速提升至). */
    private boolean changeFollows(FigureContext c) {
        String after = c.sentence().substring(c.end(), Math.min(c.sentence().length(), c.end() + 8));
        for (WordMatcher.Match<List<MeasureCues.Cue>> m : v.measures.findBefore(after)) {
            if (m.start() <= 2 && after.substring(0, m.start()).chars().noneMatch(ch -> Clauses.isClauseEnd((char) ch)
                    || Character.isDigit(ch)) && m.value().stream().anyMatch(cue -> cue.measure() == Measure.YOY
                    || cue.measure() == Measure.YOY_ABS || cue.measure() == Measure.PP_CHANGE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The level reached after a change word and 至/到 (占比由6%提升至9%, 增幅…上升到22.9%): the measure of
     * what moves, read before the change word; {@code null} when nothing before it says.
     */
    private MeasureReading levelReached(FigureContext c, UnitKind kind) {
        String left = c.clauseBefore();
        if (kind != UnitKind.PERCENT || left.isEmpty() || !v.clauseWords.words("moved_to").contains(left.substring(left.length() - 1))) {
            return null;
        }
        String verb = left.substring(0, left.length() - 1);
        String change = v.clauseWords.words("share_change").stream().filter(verb::endsWith).findFirst()
                .orElse(verb.endsWith("增加") || verb.endsWith("增长") ? "增加" : null);
        if (change == null) {
            return null;
        }
        int from = verb.length() - change.length();
        int opener = v.clauseWords.lastBefore("base_from", left, from);
        WordMatcher.Match<MeasureCues.Cue> mover = governing(c, c.clauseStart() + (opener >= 0 ? opener : from));
        Measure m = mover == null ? null : mover.value().measure();
        if (m != Measure.SHARE && m != Measure.YOY && m != Measure.COMPLETION) {
            return null;
        }
        // 力争…资金到位率提高到30%以上: the level aimed at
        return new MeasureReading(targets.targetMode(c) ? Measure.TARGET : m, 1, -1, null);
    }

    /**
     * The cue of what moves, before {@code at} (sentence offset) in its clause, or in the clause before
     * when the clause opens there (贡献率，从上年同期的0.5%上升到…).
     */
    private WordMatcher.Match<MeasureCues.Cue> governing(FigureContext c, int at) {
        String s = c.sentence();
        int start = Clauses.clauseStart(s, at);
        if (s.substring(start, at).isBlank() && start > 0) {
            start = Clauses.clauseStart(s, start - 1);
        }
        String text = s.substring(start, at);
        WordMatcher.Match<MeasureCues.Cue> cue = nearest(text, UnitKind.PERCENT, text);
        return cue == null || cue.value().measure() == Measure.VALUE ? null : cue;
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
            if (targets.inCompletionPhrase(c) || targets.listedBeforeTarget(after, kind) || targets.namedBeforeTask(after)
                    || targets.listedBeforeTarget(c)) {
                return new MeasureReading(Measure.TARGET, 1, -1, completionVersus(c), true);
            }
        } else if (kind == UnitKind.PERCENT) {
            // 到位资金212亿元、同比增长15%”的目标任务: the quote closes before the target word
            String unquoted = after.startsWith("”") || after.startsWith("\"") ? after.substring(1) : after;
            unquoted = leadingQualifier.matcher(unquoted).replaceFirst(""); // 按照12%以上的增速设定
            List<WordMatcher.Match<List<MeasureCues.Cue>>> found = new java.util.ArrayList<>(v.measures.findAfter(unquoted));
            found.sort(java.util.Comparator.comparingInt(m -> -m.length())); // 的增速设定 before 的增速
            for (WordMatcher.Match<List<MeasureCues.Cue>> m : found) {
                for (MeasureCues.Cue cue : m.value()) {
                    if (cue.appliesTo(kind) && cue.measure() == Measure.TARGET) {
                        // 按照12%以上的增速设定: a growth set as the aim of what follows, not of the level before
                        boolean growth = m.word().contains("增速") || m.word().contains("增幅") || m.word().contains("增长");
                        return new MeasureReading(Measure.TARGET, 1, -1, null, !growth);
                    }
                    if (cue.appliesTo(kind) && cue.measure() == Measure.YOY) {
                        return new MeasureReading(Measure.YOY, cue.sign() == 0 ? 1 : cue.sign(), -1, null); // 超过45%的增幅
                    }
                    if (cue.appliesTo(kind) && cue.measure() == Measure.SHARE && m.start() == 0) {
                        return new MeasureReading(Measure.SHARE, 1, -1, null); // 其中62%来自制造业: a part of the whole before
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
        if (cue == null && kind == UnitKind.PERCENT) {
            WordMatcher.Match<MeasureCues.Cue> linked = linkedCue(c);
            if (linked != null) {
                // 第三产业到位资金同比增速最快，达31.4%: the clause only links the rate to the one before
                return new MeasureReading(linked.value().measure(), linked.value().sign() == 0 ? 1 : linked.value().sign(), -1, null);
            }
        }
        if (cue == null && kind == UnitKind.PERCENT && targets.ofTargetBefore(c)) {
            return new MeasureReading(Measure.COMPLETION, 1, -1, completionVersus(c)); // 为年度目标50个的116%
        }
        if (cue == null && kind == UnitKind.PERCENT && places.isPlaceName(c.left().strip())) {
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
                    : measure == Measure.PP_CHANGE ? comparedWith(c.clauseBefore(), null)
                    : measure == Measure.YOY || measure == Measure.YOY_ABS ? changeBase(c, cueAt) : null;
            return new MeasureReading(measure, cue.value().sign() == 0 ? 1 : cue.value().sign(), cueEnd, versus);
        }
        if (targets.targetMode(c)) {
            return new MeasureReading(Measure.TARGET, 1, -1, null);
        }
        if ((kind == UnitKind.PERCENT || kind == UnitKind.MULTIPLE) && targets.ofTaskRightBefore(c, kind == UnitKind.MULTIPLE)) {
            return new MeasureReading(Measure.COMPLETION, 1, -1, completionVersus(c)); // 实现全年指标任务的一半以上
        }
        if (c.figure().unit() != null && v.figureRules.wordAt("proportion_unit", c.figure().unit().written(), 0) != null) {
            return new MeasureReading(Measure.SHARE, 1, -1, null); // 近一半外资投向制造业, 八成新设项目: a part of a whole
        }
        return new MeasureReading(Measure.VALUE, 1, -1, null);
    }

    /**
     * The cue of the clause before, when the figure's own clause only links it there (，达31.4%,
     * ，为12%): that clause names no figure but a share in words, and its last cue measures this one.
     */
    private WordMatcher.Match<MeasureCues.Cue> linkedCue(FigureContext c) {
        String own = c.clauseBefore().strip();
        if (c.clauseStart() == 0 || !v.clauseWords.words("link_verb").contains(own)) {
            return null;
        }
        String s = c.sentence();
        int prevEnd = c.clauseStart() - 1;
        int prevStart = Clauses.clauseStart(s, prevEnd);
        for (Figure f : c.all()) {
            int at = f.start() - c.base();
            if (at >= prevStart && at < prevEnd && !proportion(f)) {
                return null; // 到位资金12亿元，达年度目标: the clause before has its own figure
            }
        }
        String prev = s.substring(prevStart, prevEnd);
        WordMatcher.Match<MeasureCues.Cue> cue = nearest(prev, UnitKind.PERCENT, prev);
        return cue == null || cue.value().measure() == Measure.VALUE || cue.value().measure() == Measure.RANK ? null : cue;
    }

    /** Whether the figure is a share in words (近一半, 七成) that a percent after it may state exactly (占比近一半，达47%). */
    private boolean proportion(Figure f) {
        return f.unit() != null && v.figureRules.wordAt("proportion_unit", f.unit().written(), 0) != null;
    }

    /**
     * What a change is measured against when its clause names another base than the same period a
     * year before (比前8个月新增加5个: 前8个月), else {@code null}: a year-on-year change needs no versus.
     */
    private String changeBase(FigureContext c, int cueAt) {
        if (cueAt < c.clauseStart()) {
            return null;
        }
        String before = c.sentence().substring(c.clauseStart(), cueAt);
        int k = v.clauseWords.lastBefore("base_of", before, before.length());
        if (k < 0) {
            return null;
        }
        String base = TRAILING_PARTICLES.matcher(before.substring(k + 1)).replaceAll("");
        if (base.isEmpty() || base.length() > 8 || !PERIOD_CHAR.matcher(base).find()
                || v.clauseWords.anyIn("year_ago", base)) {
            return null;
        }
        return base;
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
                if (!cue.appliesTo(kind) || !requirementHolds(cue, clause, offset + m.start())
                        || cue.adjacent() && !LEADING_LE.matcher(text.substring(m.end())).replaceFirst("").isBlank()) {
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
                // 89%.33、114.73%: a misprint's decimals
                phrase = MISPRINTED_DECIMALS.matcher(c.sentence().substring(f.end() - c.base(), c.at())).replaceFirst("");
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
        // 完成全年目标任务（4094万美元）的: the target stated in brackets is a figure of its own, its brackets no versus
        String t = EMPTY_BRACKETS.matcher(text).replaceAll("").strip();
        while (!t.isEmpty() && VERSUS_STRIP.indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        while (!t.isEmpty() && VERSUS_STRIP.indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1);
        }
        return t.isEmpty() || t.length() > 16 ? null : t;
    }
}
