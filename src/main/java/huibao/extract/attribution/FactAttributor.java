package huibao.extract.attribution;

import huibao.extract.lexicon.IndicatorLexicon;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.Figure;
import huibao.extract.place.PlaceMention;
import huibao.model.Fact;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides each figure's indicator, measure and scope from the clause it stands in: the words
 * just before it (up to the previous figure or the clause start), the noun right after a count,
 * and, when the clause names nothing, the figure the paragraph was last talking about.
 */
public final class FactAttributor {

    private final Vocabulary v;
    private final MeasureReader measures;
    private final IndicatorReader indicators;
    private final RespectiveList respective;
    private final NamedParts namedParts;
    private final IndicatorTerms terms;

    /** Attributes figures with the indicator, measure, scope and clause words of {@code vocabulary}. */
    public FactAttributor(Vocabulary vocabulary) {
        this.v = vocabulary;
        this.measures = new MeasureReader(vocabulary);
        this.indicators = new IndicatorReader(vocabulary);
        this.respective = new RespectiveList(vocabulary.clauseWords, vocabulary.indicators, vocabulary.scopes);
        this.terms = new IndicatorTerms(vocabulary);
        this.namedParts = new NamedParts(vocabulary.clauseWords, vocabulary.indicators);
    }

    /**
     * Attributes the figures of one sentence, in order, updating the paragraph's topic.
     *
     * @param s       the sentence text
     * @param base    offset of the sentence in the cleaned text
     * @param figures the sentence's figures (thresholds included), offsets absolute
     * @param places  places named in the sentence other than the reporting region, offsets absolute
     */
    public List<Attribution> attribute(String s, int base, List<Figure> figures, Topic topic, List<PlaceMention> places) {
        List<Attribution> out = new ArrayList<>();
        List<Figure> real = figures.stream().filter(f -> !f.threshold()).toList();
        int observed = 0;
        Signals signals = signals(s);
        Figure prev = null;
        Attribution prevAttr = null;
        int chainLength = 0;
        for (int idx = 0; idx < real.size(); idx++) {
            Figure f = real.get(idx);
            int at = f.start() - base;
            int end = f.end() - base;
            int clauseStart = Clauses.clauseStart(s, at);
            int prevEnd = prev == null ? 0 : prev.end() - base;
            int leftStart = Math.max(clauseStart, Math.min(prevEnd, at));
            String left = s.substring(leftStart, at);
            Figure next = idx + 1 < real.size() ? real.get(idx + 1) : null;
            // 58.2%和330亿元工作目标任务的54.7%: a percent and an amount are no list of one measure
            boolean chained = prev != null && prevAttr != null && chainedTo(s, prevEnd, at) && sameCurrency(prev, f)
                    && prev.unitKind() == f.unitKind() && countedAlike(prevAttr, f);
            chainLength = chained ? chainLength + 1 : 0;
            signals.apply(observed, at, topic);
            nameFromClauses(s, Math.min(prevEnd, at), clauseStart, topic);
            observed = at;
            FigureContext ctx = new FigureContext(s, base, f, at, end, clauseStart, left, next, figures, topic, places);

            Attribution a;
            String period = null;
            if (chained && !measures.hasCue(ctx) && !indicators.hasTerm(ctx)) {
                a = sibling(prevAttr, f, ctx, chainLength);
                if (topic.isOutside(prevAttr)) {
                    topic.outside(a);
                }
            } else {
                MeasureReading m = measures.read(ctx);
                if (m == null) {
                    prev = f; // a rank without a ranking cue (第二产业): not a figure
                    continue;
                }
                a = indicators.attribute(ctx, m);
                period = m.period();
            }
            out.add(perDay(withPeriod(a, period), ctx.clauseBefore())); // the topic goes on with the report period's words
            topic.add(a);
            prev = f;
            prevAttr = a;
        }
        signals.apply(observed, s.length(), topic);
        return namedParts.apply(s, base, respective.apply(s, base, out, topic), topic);
    }

    /**
     * A figure chained to the one before it by 、 (19个、13个; 11、18.2个百分点; 分别占…86.6%、93.8%):
     * same measure and indicator, unless the chain follows a 分别 that pairs each item with an
     * earlier level.
     */
    /**
     * 小分队60多批次、460多人: a count in a unit its neighbour's indicator is not counted in (people, not trips)
     * is no item of the same list; it is read on its own words.
     */
    private boolean countedAlike(Attribution prev, Figure f) {
        huibao.catalog.Indicator ind = v.indicators.get(prev.indicator());
        return ind == null || !f.isCount() || prev.figure().unit() == null || f.unit() == null
                || prev.figure().unit().written().equals(f.unit().written()) || IndicatorLexicon.fitsLevel(ind, f.unit());
    }

    private Attribution sibling(Attribution prev, Figure f, FigureContext ctx, int position) {
        return new Attribution(f, prev.indicator(), prev.measure(), prev.sign(), prev.scope(), prev.versus(), null);
    }

    /**
     * 平均每天签约项目9.2个: an average per day (clause-words per_day) is no level of the period; it is
     * other, with the per-day word in its scope.
     */
    private Attribution perDay(Attribution a, String clauseBefore) {
        for (String w : v.clauseWords.words("per_day")) {
            if (clauseBefore.contains(w)) {
                List<String> scope = new ArrayList<>(a.scope());
                if (!scope.contains(w)) {
                    scope.add(w);
                }
                return new Attribution(a.figure(), Fact.OTHER, a.measure(), a.sign(), scope, a.versus(), a.project());
            }
        }
        return a;
    }

    /** 比去年同期46.1亿元增加了: the level of an earlier period carries that period in its scope. */
    private static Attribution withPeriod(Attribution a, String period) {
        if (period == null || a.scope().contains(period)) {
            return a;
        }
        List<String> scope = new ArrayList<>(a.scope());
        scope.add(period);
        return new Attribution(a.figure(), a.indicator(), a.measure(), a.sign(), scope, a.versus(), a.project());
    }

    /** 境外、省外资金分别为71.2亿美元、3174.7亿元: amounts in two currencies are two kinds of capital, not siblings. */
    private static boolean sameCurrency(Figure a, Figure b) {
        return !(a.isMoney() && b.isMoney()) || a.unit().base() == b.unit().base();
    }

    private static boolean chainedTo(String s, int prevEnd, int at) {
        if (at - prevEnd != 1) {
            return false;
        }
        char sep = s.charAt(prevEnd);
        return sep == '、' || sep == '和' || sep == '及' || sep == '与' || sep == '，';
    }

    /**
     * Notes what a sentence without figures says: the domain and project stage it names last, the
     * indicator a heading names ((一）亿元以上签约项目。) and a plan heading (（一）目标任务。) that makes
     * the rest of the paragraph targets.
     */
    public void observe(String text, Topic topic) {
        signals(text).apply(0, text.length(), topic);
        TermChoice named = terms.nearest(text, null, false);
        if (named != null) {
            topic.named(named.indicator());
        }
        for (WordMatcher.Match<Vocabulary.TargetCue> m : v.targets.findAll(text)) {
            if (m.value().paragraph() && !TargetCues.completedBefore(text, m.start())) {
                topic.planned(true); // but not 圆满完成了年度目标任务。, which reports the plan done
            }
        }
    }

    /**
     * 从到位市外资金看，沅屏高新区268.5亿元: a whole clause without figures between the last figure and
     * this one that names an indicator makes it the topic of what follows.
     */
    private void nameFromClauses(String s, int from, int clauseStart, Topic topic) {
        if (clauseStart <= from) {
            return;
        }
        TermChoice named = terms.nearest(s.substring(from, clauseStart), null, false);
        if (named != null) {
            topic.named(named.indicator());
        }
    }

    /** Where a sentence names a domain, a project stage or a new list item, found in one pass each. */
    private Signals signals(String s) {
        List<int[]> domainAt = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findLongest(s)) {
            if (m.value().domain() != null) {
                domainAt.add(new int[] {m.start()});
                domains.add(m.value().domain());
            }
        }
        List<Integer> items = new ArrayList<>();
        java.util.regex.Matcher item = v.clauseWords.listItem.matcher(s);
        while (item.find()) {
            items.add(item.start());
        }
        List<Integer> stageAt = new ArrayList<>();
        List<Vocabulary.Stage> stages = new ArrayList<>();
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findLongest(s)) {
            if (ProjectRule.countsOwnFigure(s, m.end()) && !(m.value().uncounted() && !m.value().increase())) {
                continue; // 已开工11项: the stage of that count, not of the passage; 在建项目80个 is (its parts are other too)
            }
            if (m.value().indicator() != null || namesProjects(s, m)) {
                stageAt.add(m.start());
                stages.add(m.value());
            }
        }
        return new Signals(domainAt.stream().mapToInt(a -> a[0]).toArray(), domains, items, stageAt, stages);
    }

    /** How many characters of qualifier may stand between an under-construction word and 项目 (在建省外投资项目). */
    private static final int QUALIFIED_PROJECTS_REACH = 8;

    /**
     * 一是施工项目稳步增多, 储备项目: a stage word the contract does not count names the passage's projects only
     * right before 项目; a building word (在建, 续建) also before a qualified 项目 (在建10亿元以上项目, 在建省外投资项目).
     */
    private static boolean namesProjects(String s, WordMatcher.Match<Vocabulary.Stage> m) {
        int end = m.end() < s.length() && s.charAt(m.end()) == '”' ? m.end() + 1 : m.end(); // “大好高”项目
        if (m.word().endsWith("项目") || s.startsWith("项目", end)) {
            return true;
        }
        if (!m.value().uncounted() || m.value().increase()) {
            return false;
        }
        int at = s.indexOf("项目", end);
        return at > 0 && at - end <= QUALIFIED_PROJECTS_REACH && !Clauses.hasAny(s.substring(end, at), Clauses.CLAUSE_MARKS);
    }

    /** The signals of one sentence by position. */
    private record Signals(int[] domainAt, List<String> domains, List<Integer> items, List<Integer> stageAt,
                           List<Vocabulary.Stage> stages) {

        /** Applies what stands in {@code [from, to)} to the topic, as reading that stretch would. */
        void apply(int from, int to, Topic topic) {
            String domain = null;
            int at = -1;
            for (int i = 0; i < domainAt.length; i++) {
                if (domainAt[i] >= from && domainAt[i] < to) {
                    domain = domains.get(i);
                    at = domainAt[i];
                }
            }
            int itemAt = -1;
            for (int p : items) {
                if (p >= from && p < to) {
                    itemAt = p;
                }
            }
            if (domain != null && itemAt < at) {
                topic.domain(domain);
            } else if (itemAt >= 0) {
                topic.domain(null); // 一是…；二是…: a new item leaves the last one's subject behind
            }
            for (int i = 0; i < stageAt.size(); i++) {
                if (stageAt.get(i) >= from && stageAt.get(i) < to) {
                    topic.stage(stages.get(i));
                }
            }
        }
    }
}
