package huibao.extract.attribution;

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
 * Whether a figure is a target or is measured against one: a plan that governs its sentence
 * (力争, 计划, a 目标任务 heading), a target cue after a 、 list, a completion phrase (完成…XX亿元的
 * 102.4%, 为年度目标50个的116%).
 */
final class TargetCues {

    private final Vocabulary v;

    TargetCues(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    /**
     * Whether the figure opens a 、 list whose last figure a target cue follows: in 围绕全年实际使用外资
     * 30亿元、市外境内到位资金535亿元的目标, both figures are targets.
     */
    boolean listedBeforeTarget(String after, UnitKind kind) {
        if (!after.startsWith("、")) {
            return false;
        }
        int end = after.length();
        for (char stop : Clauses.COMMAS_SEMICOLONS_AND_FULL_STOP.toCharArray()) {
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
     * Whether the words after a figure name a task of that amount: the indicator's words, short and
     * without a figure or clause mark, then a target word (完成区150亿招商引资任务, 完成引进3900亿元国内
     * 到位资金的年度目标); but not a noun the target word starts (目标企业).
     */
    boolean namedBeforeTask(String after) {
        int end = Math.min(after.length(), TASK_REACH + 4);
        for (int k = 0; k < end; k++) {
            char ch = after.charAt(k);
            if (Clauses.isClauseEnd(ch) || Character.isDigit(ch) || ch == '、' || ch == '（' || ch == '('
                    || after.startsWith("完成", k)) {
                return false; // 14个市县区超额完成目标任务: a count of those who did it
            }
            int at = k;
            for (String w : v.clauseWords.words("task_end")) {
                if (after.startsWith(w, at) && at <= TASK_REACH
                        && v.clauseWords.words("not_task_after").stream().noneMatch(n -> after.startsWith(n, at + w.length()))) {
                    return k == 0 || !after.substring(0, k).contains("的") || after.substring(0, k).endsWith("的");
                }
            }
        }
        return false;
    }

    /** How many characters of an indicator's words may stand between an amount and its task word. */
    private static final int TASK_REACH = 10;

    /**
     * Whether the figure opens a list, by 、 or commas, of plain levels (words and one figure each)
     * whose last figure a target word follows: 实现新签约项目23个，开工项目8个的目标任务 and 提出财政总收入
     * 1.8亿，税收4350万元目标 make each figure a target. A clause with a measure cue, 完成 or a second
     * figure ends the list.
     */
    boolean listedBeforeTarget(FigureContext c) {
        String s = c.sentence();
        int prevEnd = c.end();
        int items = 0;
        for (Figure g : c.all()) {
            int at = g.start() - c.base();
            if (g.threshold() || at < prevEnd) {
                continue;
            }
            String between = s.substring(prevEnd, at);
            if (between.isEmpty() || "、，,".indexOf(between.charAt(0)) < 0 || ++items > 6
                    || between.substring(1).chars().anyMatch(ch -> Clauses.isClauseEnd((char) ch) || ch == '、')
                    || !v.measures.findBefore(between).isEmpty() || between.contains("完成") || between.contains("的")) {
                return false;
            }
            int end = g.end() - c.base();
            String after = s.substring(end);
            if (namedBeforeTask(after.startsWith("的") ? after.substring(1) : after) && after.length() > 0
                    && !after.startsWith("、") && (after.startsWith("的") || !Clauses.isClauseEnd(after.charAt(0)))) {
                return taskWordNext(after);
            }
            prevEnd = end;
        }
        return false;
    }

    /** Whether the target word comes right after the last figure, or after 的: 8个的目标任务, 4350万元目标. */
    private boolean taskWordNext(String after) {
        String t = after.startsWith("的") ? after.substring(1) : after;
        return v.clauseWords.words("task_end").stream().anyMatch(t::startsWith);
    }

    /**
     * The words of a task written in brackets around the figure, or {@code null}: the task word inside
     * the bracket before the figure (上报到位资金27亿元（任务数25亿元）) or right before the bracket
     * (增速高于全年预定目标（增长8%）).
     */
    String taskInBrackets(FigureContext c) {
        String s = c.sentence();
        int before = c.at() - 1; // a figure may open with a bracket of its own: 到位资金（　）亿元
        int open = Math.max(s.lastIndexOf('（', before), s.lastIndexOf('(', before));
        if (open < c.clauseStart() || Math.max(s.lastIndexOf('）', before), s.lastIndexOf(')', before)) > open) {
            return null;
        }
        String inside = s.substring(open + 1, c.at());
        if (inside.length() <= 8 && v.clauseWords.anyIn("target_whole", inside) && !inside.contains("的")
                && !inside.contains("完成")) {
            return inside; // but not （占年度目标的60%）, a completion
        }
        String lead = s.substring(Clauses.clauseStart(s, open), open);
        return inside.length() <= 4 && targetWordEnds(lead) ? lead : null;
    }

    /**
     * Whether the whole of a 占 phrase, from {@code from} to the figure, is a target: a target word in
     * it (占目标任务9000万元的47.8%, 占市交全年指标的, 占省下达…的) or a plan ending it (占园区全年计划的61.4%)
     * or naming the planned quantity (占年计划投资的72%), but not the size of the projects planned
     * (占计划总投资的40%).
     */
    boolean wholeIsTarget(FigureContext c, int from) {
        if (from < 0 || from > c.at()) {
            return false;
        }
        String whole = c.sentence().substring(from, c.at()).strip();
        String head = whole.endsWith("的") ? whole.substring(0, whole.length() - 1) : whole;
        return v.clauseWords.anyIn("target_whole", whole) || planFor(head);
    }

    /** Whether a plan word ends the whole or stands before a name, not before the projects' size: 全年计划, 年计划投资. */
    private boolean planFor(String head) {
        for (String plan : v.clauseWords.words("plan_whole")) {
            for (int k = head.indexOf(plan); k >= 0; k = head.indexOf(plan, k + 1)) {
                String rest = head.substring(k + plan.length());
                if (v.clauseWords.words("plan_size").stream().noneMatch(rest::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 按完成年度目标任务的比例排名: a share cue right after a completion of a target names a completion rate. */
    boolean completionBefore(String sentence, int cueAt) {
        if (cueAt < 0) {
            return false;
        }
        String before = sentence.substring(Math.max(0, cueAt - 12), cueAt);
        return before.contains("完成") && v.clauseWords.anyIn("target_whole", before);
    }

    /** 完成…XX亿元的102.4%: a level that a completion rate right after it is measured against. */
    boolean inCompletionPhrase(FigureContext c) {
        Figure next = c.next();
        if (next == null || !next.isPercent()) {
            return false;
        }
        int gap = next.start() - c.base() - c.end();
        String between = c.sentence().substring(c.end(), c.end() + Math.max(0, gap));
        // 完成…310亿元预期目标任务的58.2%: the target's own words may stand between it and the rate
        boolean targetOf = between.equals("的") || between.length() <= 9 && between.endsWith("的")
                && targetWordEnds(between.substring(0, between.length() - 1)) && between.chars().noneMatch(ch -> Clauses.CLAUSE_ENDS.indexOf(ch) >= 0);
        return targetOf && (c.clauseBefore().contains("完成") || targetWordEnds(c.clauseBefore()) || ofTaskAfterZhan(c.clauseBefore()));
    }

    /** 占省下达到位资金|9亿元的101%: the words after the clause's 占 name a task or plan the figure states. */
    private boolean ofTaskAfterZhan(String clause) {
        int k = clause.lastIndexOf('占');
        if (k < 0) {
            return false;
        }
        String whole = clause.substring(k + 1);
        return v.clauseWords.anyIn("target_whole", whole) || planFor(whole);
    }

    /** Whether a target word (目标, 任务) ends {@code text}, give or take a space: 为年度目标|50个. */
    private boolean targetWordEnds(String text) {
        String t = text.stripTrailing();
        return v.clauseWords.words("target_whole").stream().anyMatch(t::endsWith);
    }

    /**
     * Whether the percent or multiple stands right after a target or plan word and 的 with no cue of its
     * own: 实现全年指标任务的一半以上 and (with {@code ofPlan}) 已是年度计划的1.9倍 are how much is done.
     */
    boolean ofTaskRightBefore(FigureContext c, boolean ofPlan) {
        String left = c.clauseBefore().stripTrailing();
        if (!left.endsWith("的")) {
            return false;
        }
        String whole = left.substring(0, left.length() - 1);
        // a percent of a plan may be how far the works are (形象进度为计划的70%), a multiple of one is done past it
        return targetWordEnds(whole) || ofPlan && v.clauseWords.words("plan_whole").stream().anyMatch(whole::endsWith);
    }

    /** Whether the percent follows 的 after a target figure that a target word names: 为年度目标50个的116%. */
    boolean ofTargetBefore(FigureContext c) {
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

    boolean targetMode(FigureContext c) {
        return targetCueBefore(c, c.at(), false);
    }

    /**
     * Whether a plan (力争, 计划, a 目标任务 heading) governs the sentence before {@code limit}; only a
     * plan in the figure's own clause when {@code ownClause} (力争完成全年目标的110%, but not 目标任务是
     * 5亿元，完成全年目标的107.6%).
     */
    boolean targetCueBefore(FigureContext c, int limit, boolean ownClause) {
        if (c.topic().planned()) {
            return true;
        }
        String before = c.sentence().substring(0, Math.max(0, Math.min(limit, c.at())));
        for (WordMatcher.Match<Vocabulary.TargetCue> m : v.targets.findAll(before)) {
            Vocabulary.TargetCue cue = m.value();
            String rest = c.sentence().substring(m.end());
            if (cue.unless().stream().anyMatch(rest::startsWith) && !(m.start() >= c.clauseStart() && planOfWhatFollows(c))) {
                continue;
            }
            String lead = c.sentence().substring(Clauses.clauseStart(c.sentence(), m.start()), m.start());
            if (v.clauseWords.words("plan_followed").stream().anyMatch(lead::contains)) {
                continue; // 均按计划开工，开工率达81.8%; 根据年度工作计划安排，1-6月完成…: the plan kept to, the figures are what was done
            }
            if (resultSince(c, m.end())) {
                continue; // 力争…3亿美元，上半年已到位1.6亿美元，增长8.2%: a result stated since ends the aim
            }
            if (completedBefore(c.sentence(), m.start())) {
                continue; // 完成年度计划的85.5%, 占区工作目标的82.1%: a plan that is measured against, not one being set
            }
            if (m.start() < c.clauseStart() && (ownClause || v.clauseWords.anyIn("actual", c.clauseBefore())
                    || realisedAgainstPlan(c))) {
                continue; // 目标任务是5亿元，已完成了5.38亿元: the result, in a clause of its own
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

    /**
     * Whether a clause after the one the plan word ending at {@code cueEnd} stands in, up to the figure,
     * states a result (已, 目前, 累计: clause-words actual): the plan governs its clause and those that
     * set out the aim, not the clauses after what was done.
     */
    private boolean resultSince(FigureContext c, int cueEnd) {
        String s = c.sentence();
        int next = cueEnd;
        while (next < c.at() && !Clauses.isClauseEnd(s.charAt(next))) {
            next++;
        }
        return next < c.at() && v.clauseWords.anyIn("actual", s.substring(next, c.at()));
    }

    /**
     * Whether the figure is a plan that what follows is done against: the next figure, in a clause of
     * its own, is what was completed (完成) and a completion rate follows that (重点项目计划投资9.6亿元，
     * 完成投资6.2亿元，完成率64.6%), so 计划投资 states the plan, not one project's size.
     */
    boolean planOfWhatFollows(FigureContext c) {
        Figure next = c.next();
        if (next == null || !next.isMoney() || !c.figure().isMoney()) {
            return false;
        }
        String between = c.sentence().substring(c.end(), Math.max(c.end(), next.start() - c.base()));
        if (between.contains("的") || !between.contains("完成") || between.length() > 16
                || between.chars().noneMatch(ch -> Clauses.isClauseEnd((char) ch))) {
            return false;
        }
        for (Figure f : c.all()) {
            if (f.start() >= next.end()) {
                String after = c.sentence().substring(next.end() - c.base(), Math.max(next.end() - c.base(), f.start() - c.base()));
                return f.isPercent() && measuresAgainstPlan(after);
            }
        }
        return false;
    }

    /**
     * Whether the figure, in a clause after a plan, is what was done against it: 完成 stands before it
     * in its clause and a completion rate follows it (年度投资计划38.5亿元，1-9月完成投资27.4亿元，完成
     * 年度计划的71.2%; …完成投资10.6亿元，完成率74.6%).
     */
    private boolean realisedAgainstPlan(FigureContext c) {
        Figure next = c.next();
        if (!c.clauseBefore().contains("完成") || next == null || !next.isPercent()) {
            return false;
        }
        String between = c.sentence().substring(c.end(), Math.max(c.end(), next.start() - c.base()));
        return measuresAgainstPlan(between);
    }

    /**
     * Whether the few words between a figure and a rate say the rate measures the figure against a plan:
     * a completion rate named (完成率) or 完成/占…的 a target or plan (clause-words.tsv: completion_named,
     * completion_lead, target_whole, plan_whole).
     */
    private boolean measuresAgainstPlan(String words) {
        return words.length() <= 16 && (v.clauseWords.anyIn("completion_named", words)
                || v.clauseWords.anyIn("completion_lead", words)
                && (v.clauseWords.anyIn("target_whole", words) || v.clauseWords.anyIn("plan_whole", words)));
    }

    /**
     * Whether the plan word at {@code cueAt} names what is completed or measured against: 完成 or 占
     * earlier in its clause (完成市下达年度300亿元目标任务的60.2%, 占区工作目标的82.1%, 圆满完成了年度目标任务。).
     */
    static boolean completedBefore(String s, int cueAt) {
        String clause = s.substring(Clauses.clauseStart(s, cueAt), cueAt);
        return clause.contains("完成") || clause.contains("占");
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
}
