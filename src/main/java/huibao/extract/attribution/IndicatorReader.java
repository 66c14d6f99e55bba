package huibao.extract.attribution;

import huibao.catalog.Indicator;
import huibao.catalog.Role;
import huibao.extract.lexicon.IndicatorLexicon;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.Figure;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.UnitKind;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads which indicator a figure states, in this order: a per-project amount (计划投资7亿元的
 * …项目) belongs to no indicator; the whole a share is taken of (占全市实际使用外资的); the
 * indicator's own words nearest before the figure; for project counts, the stage word
 * (签约, 开工, 在谈); for amounts, the investment of the projects counted beside them; the noun
 * right after a count (86家企业); and finally the paragraph's topic for figures whose clause
 * names nothing new (增长22.4%, 其中**市为3次).
 */
final class IndicatorReader {

    /** The scope of a figure of foreign and domestic capital together. */
    static final String COMBINED = "内外资";

    private final Vocabulary v;
    private final ProjectRule projects;
    private final IndicatorTerms terms;
    private final ScopeReader scopes;
    private final OwnWords ownWords;
    private final SubjectWords subjects;
    private final TargetCues plans;
    private final SourceCapital sources;
    /** What follows an average word when it names an average rate (clause-words.tsv: average_change). */
    private final String averageChanges;

    IndicatorReader(Vocabulary vocabulary) {
        this.v = vocabulary;
        this.projects = new ProjectRule(vocabulary);
        this.terms = new IndicatorTerms(vocabulary);
        this.scopes = new ScopeReader(vocabulary);
        this.ownWords = new OwnWords(vocabulary, projects, terms);
        this.subjects = new SubjectWords(vocabulary);
        this.plans = new TargetCues(vocabulary);
        this.sources = new SourceCapital(vocabulary);
        this.averageChanges = String.join("", vocabulary.clauseWords.words("average_change"));
    }

    /** Whether the figure's left words name an indicator. */
    boolean hasTerm(FigureContext c) {
        return !v.indicators.find(c.left()).isEmpty();
    }

    Attribution attribute(FigureContext c, MeasureReading m) {
        Figure f = c.figure();
        Measure measure = m.measure();
        boolean level = measure == Measure.VALUE || measure == Measure.TARGET;
        TermChoice source = (level || measure == Measure.SHARE) && !m.inherit() ? sources.read(c) : null;
        if (source != null) {
            // 东部地区投资超过70%: a percent of capital by source is its share
            Measure read = f.isPercent() && measure == Measure.VALUE ? Measure.SHARE : measure;
            List<String> scope = new ArrayList<>(scopes.own(c, null));
            List<String> sourceParts = new ArrayList<>(c.placesInLeft());
            sourceParts.add(0, source.classScope());
            for (String part : sourceParts) {
                if (scope.stream().noneMatch(p -> p != null && p.contains(part))) {
                    scope.add(part); // 实际使用香港地区的资金: 香港 is already told by 香港地区
                }
            }
            return new Attribution(f, source.indicator(), read, m.sign(), ScopeParts.of(scope), m.versus(), null);
        }

        if (f.isMoney() && level && !m.inherit()) {
            String project = projects.perProjectName(c);
            if (project != null) {
                return new Attribution(f, Fact.OTHER, measure, m.sign(), ScopeParts.of(List.of(project)),
                        m.versus(), project);
            }
            ProjectRule.SingleAmount single = projects.singleProjectAmount(c);
            if (single != null) {
                List<String> scope = single.project() == null ? scopes.own(c, null) : List.of(single.project());
                Attribution a = new Attribution(f, Fact.OTHER, measure, m.sign(), ScopeParts.of(scope), m.versus(), single.project());
                c.topic().outside(a); // 平均每个项目投资额8亿元，同比增长20%: the growth is of the average too
                return a;
            }
            String firm = firmNamedBefore(c);
            if (firm != null) {
                // 某某机械有限公司增资3500万元: one firm's own amount, no aggregate of the indicator
                return new Attribution(f, Fact.OTHER, measure, m.sign(), ScopeParts.of(List.of(firm)), m.versus(), null);
            }
        }
        if ((measure == Measure.YOY || measure == Measure.YOY_ABS) && averageSize(c.clauseBefore())) {
            // 台资项目的平均单体规模增长了约6倍: the growth of an average size is no growth of the total
            Attribution a = new Attribution(f, Fact.OTHER, measure, m.sign(), ScopeParts.of(scopes.own(c, null)), m.versus(), null);
            c.topic().outside(a);
            return a;
        }
        TermChoice choice = choose(c, m, level);
        List<String> scope = new ArrayList<>();
        List<String> own = scopes.own(c, choice.classScope());
        if (choice.inherited() != null) {
            List<String> inherited = scopes.withoutPlaces(choice.inherited().scope());
            // 工业投资增长12%，服务业投资下降3%: a sector of the figure's own replaces the one it would inherit
            scope.addAll(scopes.namesSector(own) ? scopes.withoutSectors(inherited) : inherited);
        }
        scope.addAll(own);
        if (choice.inherited() == null) {
            scope.addAll(scopes.fromSubject(c, scope));
        }
        scope.addAll(c.placesInLeft());
        scope.addAll(0, scopes.forecastCarried(c, scope)); // the forecast word stands before the figure's own words
        String indicator = choice.indicator();
        if (level && stock(c)) {
            indicator = Fact.OTHER; // 目前共有外资企业27家: a stock held, not the period's new firms
        }
        boolean combined = combined(c, indicator);
        if (combined) {
            indicator = Fact.OTHER; // 内外资合计到位资金1344亿元: foreign and domestic capital together are neither
            scope.add(COMBINED);
        }
        if (f.isMoney() && level) {
            indicator = programmes(c, scope, indicator);
        }
        if (level) {
            indicator = fitting(f, indicator);
        }
        if (measure == Measure.VALUE && f.unitKind() == UnitKind.PERCENT && !rateIndicator(indicator)
                && !v.clauseWords.anyIn("rate_level", c.clauseBefore())) {
            // 东部地区投资超过70%, 22.4%的项目, 分布为2.8%、67.7%: a percent no cue measures, of an amount
            // or a count, is the part of a whole; a rate's own indicator (履约率) and a rate the clause
            // names (满意度达到96.5%, 入驻率达86.5%) have a percent level
            measure = Measure.SHARE;
        }
        boolean arrivedPart = level && f.isMoney() && arrivedPartOfOutside(c);
        if (arrivedPart) {
            indicator = Fact.OTHER; // 争取补助资金3200万元，目前已到位2100万元: the grant's arrived part, no investment
        }
        if (measure != Measure.TARGET) {
            indicator = projects.reached(c, indicator); // 待签约项目3个, 拟于近期开工项目1个: a stage not reached yet
            indicator = projects.ofListedPassage(c, indicator);
            indicator = projects.byArrivals(c, indicator);
        }
        if (level && widerThanRankedClass(c, indicator)) {
            indicator = Fact.OTHER; // 知名企业（世界500强、行业领军企业）350家: a group wider than the class
        }
        boolean outward = !Fact.OTHER.equals(indicator) && outwardLead(c.clauseBefore());
        if (outward) {
            indicator = Fact.OTHER; // 对外承包工程新签合同额3.2亿美元: the contracts abroad, no projects signed here
        }
        Attribution a = new Attribution(f, indicator, measure, m.sign(), ScopeParts.of(scope), m.versus(), null);
        if (combined || arrivedPart || outward || Fact.OTHER.equals(indicator) && (choice.end() >= 0 && Fact.OTHER.equals(choice.indicator())
                || choice.inherited() != null && c.topic().isOutside(choice.inherited()))) {
            c.topic().outside(a); // 进出口21.6亿美元，同比增长4.2%: the rate is of the trade figure too
        }
        return a;
    }

    /**
     * Whether a word of outward business (clause-words.tsv: outward_lead) governs the rest of the clause: it stands
     * before the figure with no list mark after it (对外投资中方合同投资额), so that the indicator words after it name
     * that business's figure; 对外投资和实际利用外资 lists the two apart.
     */
    private boolean outwardLead(String clause) {
        int at = v.clauseWords.lastBefore("outward_lead", clause, clause.length());
        if (at < 0) {
            return false;
        }
        String after = clause.substring(at);
        return after.chars().noneMatch(ch -> Clauses.LIST_JOINS.indexOf(ch) >= 0);
    }

    /** Whether {@code indicator}'s level is itself a percent (履约率), so that a percent can be its value. */
    private boolean rateIndicator(String indicator) {
        Indicator ind = v.indicators.get(indicator);
        return ind != null && ind.kind() == UnitKind.PERCENT;
    }

    /**
     * Whether the figure's clause opens with words of the arrived part of an amount stated before it
     * (clause-words.tsv: arrived_part: 目前已到位, 已到账) and the newest amount of the sentence is one its
     * words put outside the investment indicators (补助资金, 奖补资金): what arrived is of that amount.
     */
    private boolean arrivedPartOfOutside(FigureContext c) {
        String clause = c.clauseBefore();
        if (v.clauseWords.words("arrived_part").stream().noneMatch(clause::startsWith)) {
            return false;
        }
        Attribution amount = c.topic().latestInSentence(a -> a.figure().isMoney() && Topic.isLevel().test(a));
        return amount != null && c.topic().isOutside(amount);
    }

    /**
     * The firm whose name ends right before the indicator term that names a money figure (某某电子有限公司增资5600万元,
     * 某某集团实际到资800万美元), or {@code null}: the amount is that firm's own.
     */
    private String firmNamedBefore(FigureContext c) {
        String clause = c.clauseBefore();
        List<huibao.extract.lexicon.WordMatcher.Match<List<IndicatorLexicon.Sense>>> found = v.indicators.find(clause);
        if (found.isEmpty()) {
            return null;
        }
        String before = clause.substring(0, found.get(found.size() - 1).start());
        for (String ending : v.clauseWords.words("firm")) {
            if (before.endsWith(ending) && before.length() > ending.length() + 1) {
                return before;
            }
        }
        return null;
    }

    /**
     * Whether a clause speaks of an average size (clause-words.tsv: average) rather than an average rate:
     * 平均单体规模增长6倍 is the growth of an average, 两年平均增长12% the average growth of a total.
     */
    private boolean averageSize(String clause) {
        for (String w : v.clauseWords.words("average")) {
            for (int at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) {
                int end = at + w.length();
                if (end < clause.length() && averageChanges.indexOf(clause.charAt(end)) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a count given the ranked-class indicator (世界500强企业) names in its own words a group wider
     * than that class or beside it (clause-words.tsv: wider_group): 其他知名企业208家, 500强及行业龙头企业12家.
     */
    private boolean widerThanRankedClass(FigureContext c, String indicator) {
        return c.figure().isCount() && indicator.equals(v.indicators.byRole(Role.RANKED_FIRMS).id())
                && v.clauseWords.anyIn("wider_group", c.left());
    }

    /**
     * The unit-kind guard: a level states only an indicator its unit can measure. Money never states
     * a count (在谈项目…拟投资90亿元 is the projects' investment, 6200万美元 foreign capital, else
     * other); dollars are no domestic capital (境外、省外资金分别为5.2亿美元…); a count or an area
     * states only an indicator counted in its unit (带动就业1000人 is no count of firms).
     */
    private String fitting(Figure f, String indicator) {
        Indicator ind = v.indicators.get(indicator);
        if (ind == null || f.unit() == null) {
            return indicator;
        }
        UnitKind kind = f.unitKind();
        boolean foreignMoney = kind == UnitKind.MONEY && f.unit().base() != BaseUnit.CNY;
        if (kind == UnitKind.MONEY && ind.kind() != UnitKind.MONEY) {
            if (ind.investment() != null) {
                return ind.investment();
            }
            return foreignMoney && !ind.foreign() ? v.indicators.byRole(Role.FOREIGN_AMOUNT).id() : Fact.OTHER;
        }
        if (foreignMoney && Indicator.DOMESTIC.equals(ind.domain())) {
            return v.indicators.byRole(Role.FOREIGN_AMOUNT).id();
        }
        if ((kind == UnitKind.COUNT || kind == UnitKind.AREA) && !IndicatorLexicon.fitsLevel(ind, f.unit())) {
            return Fact.OTHER;
        }
        return indicator;
    }

    /**
     * Whether a count or amount is a stock held at a date (clause-words.tsv: stock) rather than the
     * period's flow: a stock word in its own clause (全区现有规上企业128家), or, for an amount named only by
     * investment words, in its semicolon group before it (目前共有外资企业27家，投资总额3.1亿美元).
     */
    private boolean stock(FigureContext c) {
        if (!c.figure().isCount() && !c.figure().isMoney()) {
            return false; // 力争存量项目100%开工: a rate of the stock is no stock
        }
        if (v.clauseWords.anyIn("stock", c.clauseBefore())) {
            return true;
        }
        if (!c.figure().isMoney() || terms.lastInvestmentWord(c.clauseBefore()) == null || hasTerm(c)) {
            return false;
        }
        String before = c.sentenceBefore();
        return v.clauseWords.anyIn("stock", before.substring(Clauses.afterLast(before, Clauses.SEMICOLONS, before.length())));
    }

    /**
     * Whether the figure's clause names foreign and domestic capital together (内外资合计, 境内外招商引资总额;
     * clause-words.tsv: combined) and {@code indicator} is one of the two.
     */
    private boolean combined(FigureContext c, String indicator) {
        Indicator ind = v.indicators.get(indicator);
        return ind != null && ind.domain() != null && v.clauseWords.anyIn("combined", c.clauseBefore());
    }

    /** The indicator a figure states: of the whole a share is taken of, inherited, named by its own words or by the topic. */
    private TermChoice choose(FigureContext c, MeasureReading m, boolean level) {
        Figure f = c.figure();
        Measure measure = m.measure();
        TermChoice choice;
        if (measure == Measure.SHARE && m.cueEnd() >= 0) {
            // 开工率达66.6%: a rate named by a stage is a share of the projects at that stage
            TermChoice rate = stageRate(c, c.left().substring(0, m.cueEnd()));
            choice = rate != null ? rate : shareWhole(c, wholeOf(c.left().substring(m.cueEnd())));
            if (rate != null) {
                choice = rate;
            } else if (choice == null || choice.inherited() != null) {
                // 到位资金占比仅18.7%, 实际利用外资仅占全省的1.6%: with no whole named, what comes before the cue is the part
                Attribution amount = c.topic().latestInSentence(a -> a.measure() == Measure.VALUE && a.figure().isMoney());
                TermChoice own = terms.nearest(c.left().substring(0, m.cueEnd()), null, false,
                        amount == null ? null : amount.indicator());
                if (own != null) {
                    choice = own;
                }
            }
        } else if (measure == Measure.COMPLETION && targetInClause(c) != null) {
            // 完成全年615亿元招商引资目标任务的84.36%, 占目标任务2个的150%: the completion is of the target its phrase names
            Attribution target = targetInClause(c);
            choice = new TermChoice(target.indicator(), null, -1, target);
        } else if (m.inherit()) {
            choice = terms.nearest(c.left(), f, true);
            if (choice == null) {
                String after = c.clauseAfter();
                TermChoice named = terms.first(after.substring(0, Math.min(6, after.length())), f);
                choice = named != null && after.startsWith(v.indicators.find(after).get(0).word()) ? named : null;
            }
            if (choice == null) {
                choice = TopicIndicator.choice(c, measure);
            }
        } else if (measure == Measure.TARGET && terms.nearest(c.left(), f, false) == null && plans.planOfWhatFollows(c)) {
            // 重点项目计划投资9.6亿元，完成投资6.2亿元，完成率64.6%: the plan is of what is completed against it
            String next = c.sentence().substring(c.end(), Math.max(c.end(), c.next().start() - c.base()));
            choice = terms.first(next, f);
            if (choice == null) {
                choice = ownWords.read(c, level);
            }
        } else {
            choice = ownWords.read(c, level);
        }
        if (choice == null && (!level || subjects.thin(c) || inParentheses(c) || underBreakdown(c))) {
            // 总投资12亿元的…项目: an amount of projects is no breakdown of an earlier paragraph's total
            choice = TopicIndicator.choice(c, measure, terms.lastInvestmentWord(c.left()) == null);
        }
        if (choice == null && level && f.isMoney() && f.unit().base() != BaseUnit.CNY) {
            // 在我市实际投资0.97亿美元: dollars in these reports are foreign capital
            // but 出口526万美元，占下达任务2000万美元: dollars the sentence spends on trade stay outside
            choice = TopicIndicator.choice(c, measure);
            Indicator topical = choice == null ? null : v.indicators.get(choice.indicator());
            boolean outside = choice != null && choice.inherited() != null && c.topic().isOutside(choice.inherited());
            if (!outside && (topical == null || !topical.foreign())) {
                choice = TermChoice.of(v.indicators.byRole(Role.FOREIGN_AMOUNT).id(), null);
            }
        }
        if (choice != null && choice.inherited() != null && countsFirmsNotProjects(c, choice.indicator())) {
            choice = null; // 新开工项目12个…规模以上企业增加5个: firms counted after projects are no projects
        }
        if (choice == null) {
            choice = TermChoice.of(Fact.OTHER, null);
        }
        return choice;
    }

    /**
     * Whether a count that would inherit the project stage {@code indicator} names in its own clause
     * what it counts, and that is firms or bodies (not_project: 企业, 公司), not projects.
     */
    private boolean countsFirmsNotProjects(FigureContext c, String indicator) {
        Indicator ind = v.indicators.get(indicator);
        if (!c.figure().isCount() || ind == null || ind.stage() == null || ind.foreign() || ind.roles().contains(Role.RANKED_FIRMS)) {
            return false; // new foreign-invested firms and 500强 count firms themselves (其中制造业企业12家)
        }
        String own = c.clauseBefore();
        return v.clauseWords.anyIn("not_project", own) && !own.contains("项目");
    }

    /**
     * Remembers which indicator a programme's amounts state, and gives it to an amount of the same
     * programme that names no indicator of its own (下达了浙商回归15亿元工作任务).
     */
    private String programmes(FigureContext c, List<String> scope, String indicator) {
        BaseUnit currency = c.figure().unit().base();
        for (String part : scope) {
            if (part == null || !v.isProgramme(part)) {
                continue;
            }
            if (Fact.OTHER.equals(indicator)) {
                String remembered = c.topic().programmeIndicator(part, currency);
                if (remembered != null) {
                    return remembered;
                }
            } else {
                c.topic().programmeIndicator(part, currency, indicator);
            }
        }
        return indicator;
    }

    /** The target stated in the completion's own clause just before it (完成全年5360亿元目标任务的25.07%), or {@code null}. */
    private static Attribution targetInClause(FigureContext c) {
        Attribution last = c.topic().latestInSentence(a -> true);
        if (last == null || last.measure() != Measure.TARGET || !last.figure().isMoney() && !last.figure().isCount()) {
            return null;
        }
        int end = last.figure().end() - c.base();
        return end >= c.clauseStart() && end <= c.at() ? last : null;
    }

    /** 区领导带队外出招商32批次，其中区委、区政府主要领导带队11批次: a part of the total before it. */
    private boolean underBreakdown(FigureContext c) {
        int opener = v.clauseWords.lastBefore("breakdown", c.sentence(), c.at());
        if (opener < 0) {
            return false;
        }
        Attribution total = c.topic().latestInSentence(a -> a.measure() == Measure.VALUE && a.figure().end() - c.base() <= opener);
        return total != null && total.figure().unitKind() == c.figure().unitKind();
    }

    /** The whole a share is of: the words after 占 up to 的 (占全区到位资金的比重达: 全区到位资金). */
    private static String wholeOf(String afterCue) {
        int de = afterCue.lastIndexOf('的');
        return de > 0 ? afterCue.substring(0, de) : afterCue;
    }

    /** 占全市实际使用外资的59.2%, 占新签项目投资额的60.7%, 占内资项目的61.3%: the whole names the indicator. */
    private TermChoice shareWhole(FigureContext c, String whole) {
        TermChoice choice = terms.nearest(whole, null, false);
        WordMatcher.Match<String> inv = terms.lastInvestmentWord(whole);
        if (inv != null && (choice == null || inv.end() > choice.end())) {
            String ind = projects.investmentIndicator(whole, c);
            if (ind != null) {
                return TermChoice.of(ind, null);
            }
        }
        if (choice != null) {
            return choice;
        }
        String ind = projects.countIndicator(whole, "", whole, c.topic(), true);
        if (ind != null) {
            return TermChoice.of(ind, null);
        }
        return TopicIndicator.choice(c, Measure.SHARE);
    }

    /**
     * The count indicator of a rate named by a project stage (开工率, 签约率) that ends {@code named}, in a
     * sentence about projects: 15个项目均按计划开工，开工率达66.6% is a share of projects started.
     */
    private TermChoice stageRate(FigureContext c, String named) {
        if (v.clauseWords.words("rate_name_end").stream().noneMatch(named::endsWith)) {
            return null;
        }
        String rate = named.substring(Clauses.clauseStart(named, named.length() - 1));
        String ind = projects.countIndicator(rate, "", c.sentenceBefore(), c.topic(), true);
        return ind == null || Fact.OTHER.equals(ind) ? null : TermChoice.of(ind, null);
    }

    /** （XX产业园区3个）, (含XX亿元以上2个): a figure in parentheses breaks down the figure before them. */
    private static boolean inParentheses(FigureContext c) {
        String before = c.sentenceBefore();
        int open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
        int close = Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'));
        return open > close && open >= c.clauseStart() - 1;
    }
}
