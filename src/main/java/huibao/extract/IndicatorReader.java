package huibao.extract;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;

import java.util.ArrayList;
import java.util.regex.Matcher;
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

    /** Place names, masked or not, that a 分别 list or a breakdown puts before its figures (****市, 山东省). */
    private static final java.util.regex.Pattern PLACE =
            java.util.regex.Pattern.compile("[\\p{IsHan}*Xx×]{0,5}?[省市区县镇乡]|[*Xx×]+");


    /** A selection that only says which regions are listed (排名前三位的, 列后3位). */
    private static final java.util.regex.Pattern SELECTION =
            java.util.regex.Pattern.compile("(?:排名|位列|列|居)?[前后][一二三四五六七八九十0-9]+位的?");

    private final Vocabulary v;
    private final ProjectRule projects;
    private final IndicatorTerms terms;
    private final ScopeReader scopes;

    IndicatorReader(Vocabulary vocabulary) {
        this.v = vocabulary;
        this.projects = new ProjectRule(vocabulary);
        this.terms = new IndicatorTerms(vocabulary);
        this.scopes = new ScopeReader(vocabulary);
    }

    /** Whether the figure's left words name an indicator. */
    boolean hasTerm(FactAttributor.Context c) {
        return !v.indicators.find(c.left()).isEmpty();
    }

    Attribution attribute(FactAttributor.Context c, MeasureReader.Reading m) {
        Figure f = c.figure();
        Measure measure = m.measure();
        boolean level = measure == Measure.VALUE || measure == Measure.TARGET;

        if (f.isMoney() && level && !m.inherit()) {
            String project = projects.perProjectName(c);
            if (project != null) {
                return new Attribution(f, Fact.OTHER, measure, m.sign(), FactAttributor.joinScope(List.of(project)),
                        m.versus(), project);
            }
        }
        TermChoice choice;
        if (measure == Measure.SHARE && m.cueEnd() >= 0) {
            choice = shareWhole(c, wholeOf(c.left().substring(m.cueEnd())));
            if (choice == null || choice.inherited() != null) {
                // 到位资金占比仅18.7%, 实际利用外资仅占全省的1.6%: with no whole named, what comes before the cue is the part
                TermChoice own = terms.nearest(c.left().substring(0, m.cueEnd()), null, false);
                if (own != null) {
                    choice = own;
                }
            }
        } else if (m.inherit()) {
            choice = terms.nearest(c.left(), f, true);
            if (choice == null) {
                String after = c.clauseAfter();
                TermChoice named = terms.first(after.substring(0, Math.min(6, after.length())), f);
                choice = named != null && after.startsWith(v.indicators.find(after).get(0).word()) ? named : null;
            }
            if (choice == null) {
                choice = topicChoice(c, measure);
            }
        } else {
            choice = ownWords(c, level);
        }
        if (choice == null && (!level || thin(c) || inParentheses(c) || underBreakdown(c))) {
            choice = topicChoice(c, measure);
        }
        if (choice == null && level && f.isMoney() && f.unit().base() != BaseUnit.CNY) {
            // 在我市实际投资0.97亿美元: dollars in these reports are foreign capital
            choice = topicChoice(c, measure);
            if (choice == null || !choice.indicator().startsWith("fdi_")) {
                choice = TermChoice.of("fdi_actual", null);
            }
        }
        if (choice == null) {
            choice = TermChoice.of(Fact.OTHER, null);
        }

        List<String> scope = new ArrayList<>();
        if (choice.inherited() != null) {
            scope.addAll(ScopeReader.withoutPlaces(choice.inherited().scope()));
        }
        scope.addAll(scopes.own(c, choice.classScope()));
        if (choice.inherited() == null) {
            scope.addAll(scopes.fromSubject(c, scope));
        }
        scope.addAll(c.placesInLeft());
        String indicator = choice.indicator();
        if (f.isMoney() && level) {
            indicator = programmes(c, scope, indicator);
        }
        return new Attribution(f, indicator, measure, m.sign(), FactAttributor.joinScope(scope), m.versus(), null);
    }

    /**
     * Remembers which indicator a programme's amounts state, and gives it to an amount of the same
     * programme that names no indicator of its own (下达了浙商回归15亿元工作任务).
     */
    private String programmes(FactAttributor.Context c, List<String> scope, String indicator) {
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

    /** The indicator the figure's own words name, or {@code null} when they name none. */
    private TermChoice ownWords(FactAttributor.Context c, boolean level) {
        Figure f = c.figure();
        String left = c.left();
        TermChoice term = terms.nearest(left, f, level);
        if (term != null && level && c.clauseBefore().startsWith("其中")) {
            // 拜访企业47家，其中500强企业6家: a breakdown of an activity stays that activity
            Attribution parent = c.topic().latestInSentence(a -> a.measure() == Measure.VALUE
                    && a.figure().unitKind() == f.unitKind());
            if (parent != null && v.keepsBreakdowns(parent.indicator())) {
                return new TermChoice(parent.indicator(), term.classScope(), term.end(), null);
            }
        }
        if (level && f.isMoney()) {
            WordMatcher.Match<String> inv = terms.lastInvestmentWord(left);
            if (inv != null && (term == null || inv.end() > term.end())) {
                String ind = projects.investmentIndicator(left, c.topic());
                if (ind != null) {
                    return TermChoice.of(ind, term == null ? null : term.classScope());
                }
            }
            if (term != null) {
                return investmentOfCount(term, c);
            }
        }
        if (term != null && f.isCount() && level) {
            // 签约项目中已开工*个: a stage word after the term decides which projects are counted;
            // 签约项目中仅2个开工: so does a stage verb right after the count;
            // 在谈外资项目仅2个: and 在谈 right before a foreign-project term
            String stage = projects.stageIndicatorAfter(left, term.end());
            if (stage == null) {
                stage = projects.stageVerbAfterCount(c.right());
            }
            if (stage == null && "fdi_enterprises_new".equals(term.indicator())) {
                stage = projects.negotiatingBefore(left, term.end());
            }
            if (stage != null) {
                return TermChoice.of(stage, term.classScope());
            }
        }
        if (term != null && f.isPercent() && level && left.contains("项目")) {
            String stage = projects.stageAfter(c.right());
            if (stage != null) {
                return TermChoice.of(stage, term.classScope()); // 今年新签约项目80%以上实现开工建设
            }
        }
        if (!level && terms.lastInvestmentWord(left) != null && (term == null || terms.lastInvestmentWord(left).end() > term.end())) {
            String ind = projects.investmentIndicator(left, c.topic());
            if (ind != null) {
                return TermChoice.of(ind, null); // 协议投资同比增长*%
            }
        }
        if (term != null) {
            return term;
        }
        int respective = respectiveBefore(c);
        if (respective >= 0) {
            TermChoice earlier = terms.nearest(c.sentence().substring(0, respective), f, level);
            if (earlier != null) {
                return earlier;
            }
            if (c.topic().named() != null) {
                return TermChoice.of(c.topic().named(), null); // （一）亿元以上签约项目。…分别为东渚区31个
            }
        }
        if (!level && !(f.isCount() && c.figure().kind() == Figure.Kind.QUANTITY && yoyAbs(c))) {
            return null;
        }
        String right = c.right();
        boolean nounAfter = startsWithNoun(right);
        if (f.isCount() && nounAfter) {
            TermChoice after = terms.first(ProjectRule.nounPhrase(right), f);
            if (after != null) {
                return after;
            }
        }
        if (f.isCount()) {
            String ind = projects.countIndicator(left, right, c.sentenceBefore(), c.topic(), false);
            if (ind != null) {
                return TermChoice.of(ind, null);
            }
        }
        if (f.isMoney()) {
            String ind = projects.investmentIndicator(left, c.topic());
            if (ind != null) {
                return TermChoice.of(ind, null);
            }
        }
        if (f.isPercent() && left.contains("项目")) {
            String ind = projects.stageAfter(right);
            if (ind != null) {
                return TermChoice.of(ind, null);
            }
        }
        if (f.isCount() && nounAfter) {
            return TermChoice.of(Fact.OTHER, null);
        }
        if (f.unitKind() == Unit.Kind.AREA) {
            return TermChoice.of("land_area", null);
        }
        if (f.kind() == Figure.Kind.ZERO) {
            return terms.nearest(c.clauseBefore(), null, false);
        }
        return null;
    }


    /**
     * Where the 分别 governing the figure stands: in its own clause (走访企业分别为长三角48家), or ending
     * the clause before it (前五位的镇街分别是：澜口街道9.6亿元); -1 when none does.
     */
    private int respectiveBefore(FactAttributor.Context c) {
        int at = v.clauseWords.lastBefore("respective", c.sentence(), c.at());
        if (at < 0) {
            return -1;
        }
        if (at >= c.clauseStart()) {
            return at;
        }
        int previousClause = FactAttributor.clauseStart(c.sentence(), Math.max(0, c.clauseStart() - 1));
        return at >= previousClause && c.sentence().charAt(c.clauseStart() - 1) == '：' ? at : -1;
    }

    /** 区领导带队外出招商32批次，其中区委、区政府主要领导带队11批次: a part of the total before it. */
    private boolean underBreakdown(FactAttributor.Context c) {
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

    /** 10亿元以上项目同比减少3个: an absolute change of projects reads like a count of them. */
    private static boolean yoyAbs(FactAttributor.Context c) {
        return c.left().contains("同比") || c.left().contains("较上年") || c.left().contains("比上年");
    }

    /** 占全市实际使用外资的59.2%, 占新签项目投资额的60.7%, 占内资项目的61.3%: the whole names the indicator. */
    private TermChoice shareWhole(FactAttributor.Context c, String whole) {
        TermChoice choice = terms.nearest(whole, null, false);
        WordMatcher.Match<String> inv = terms.lastInvestmentWord(whole);
        if (inv != null && (choice == null || inv.end() > choice.end())) {
            String ind = projects.investmentIndicator(whole, c.topic());
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
        return topicChoice(c, Measure.SHARE);
    }





    /** （XX产业园区3个）, (含XX亿元以上2个): a figure in parentheses breaks down the figure before them. */
    private static boolean inParentheses(FactAttributor.Context c) {
        String before = c.sentenceBefore();
        int open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
        int close = Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'));
        return open > close && open >= c.clauseStart() - 1;
    }


    /** 新签约项目投资额XX亿元: a project-count term followed by an investment word names the investment. */
    private TermChoice investmentOfCount(TermChoice choice, FactAttributor.Context c) {
        Indicator ind = v.indicators.get(choice.indicator());
        if (ind == null || ind.kind() != Unit.Kind.COUNT) {
            return choice;
        }
        if (ind.investment() != null) {
            return TermChoice.of(ind.investment(), choice.classScope());
        }
        String via = projects.investmentIndicator(c.left(), c.topic());
        return via == null ? null : TermChoice.of(via, choice.classScope());
    }

    /** The indicator of the figure the paragraph was last talking about. */
    private TermChoice topicChoice(FactAttributor.Context c, Measure measure) {
        Figure f = c.figure();
        Topic t = c.topic();
        Attribution a;
        switch (measure) {
            case TARGET, VALUE -> {
                if (f.isMoney()) {
                    BaseUnit base = f.unit().base();
                    a = t.latestInSentence(Topic.isLevelIn(base));
                    if (a == null) {
                        a = t.latest(Topic.isLevelIn(base));
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
                a = t.latestInSentence(x -> !Fact.OTHER.equals(x.indicator()));
                if (a == null) {
                    a = t.latest(x -> !Fact.OTHER.equals(x.indicator()));
                }
                if (a == null) {
                    a = t.latestInSentence(x -> true);
                }
            }
        }
        if (t.named() != null && (a == null || t.statedBeforeNaming(a))) {
            return TermChoice.of(t.named(), null); // a heading or a 从…看 clause names what the figures after it are
        }
        return a == null ? null : new TermChoice(a.indicator(), null, -1, a);
    }

    /** Whether the words before a figure hold nothing that starts a new subject. */
    private boolean thin(FactAttributor.Context c) {
        String left = c.left();
        boolean[] covered = new boolean[left.length()];
        int offset = c.base() + c.at() - left.length();
        for (Figure t : c.thresholdsBefore()) {
            cover(covered, t.start() - offset, t.end() - offset);
        }
        for (WordMatcher.Match<String> m : v.investmentWords.findAll(left)) {
            cover(covered, m.start(), m.end());
        }
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findAll(left)) {
            cover(covered, m.start(), m.end());
        }
        for (WordMatcher.Match<String> m : v.carryWords.findAll(left)) {
            cover(covered, m.start(), m.end());
        }
        for (WordMatcher.Match<List<MeasureCues.Cue>> m : v.measures.findBefore(left)) {
            cover(covered, m.start(), m.end()); // 增长9.3%: the cue says how, not of what
        }
        for (WordMatcher.Match<Vocabulary.TargetCue> m : v.targets.findAll(left)) {
            cover(covered, m.start(), m.end());
        }
        Matcher place = PLACE.matcher(left);
        while (place.find()) {
            cover(covered, place.start(), place.end());
        }
        Matcher selection = SELECTION.matcher(left);
        while (selection.find()) {
            cover(covered, selection.start(), selection.end());
        }
        int han = 0;
        for (int i = 0; i < left.length(); i++) {
            if (!covered[i] && FigureScanner.isHan(left.charAt(i))) {
                han++;
            }
        }
        return han <= 1;
    }

    private static void cover(boolean[] covered, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(covered.length, to); i++) {
            covered[i] = true;
        }
    }

    private static boolean startsWithNoun(String right) {
        return !right.isEmpty() && (FigureScanner.isHan(right.charAt(0)) || right.charAt(0) == '“')
                && "的了是为在和及与、".indexOf(right.charAt(0)) < 0;
    }


}
