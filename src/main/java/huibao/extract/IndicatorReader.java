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

    /** A size class written without a number (亿元以上, 千万元及以上); with a number it is a threshold figure. */
    private static final java.util.regex.Pattern SIZE_CLASS =
            java.util.regex.Pattern.compile("(?<![0-9.XxＸ*×一二三四五六七八九十百千])(?:亿|千万|百万|万)元(?:（含）)?(?:及)?以上");

    private final Vocabulary v;
    private final ProjectRule projects;

    IndicatorReader(Vocabulary vocabulary) {
        this.v = vocabulary;
        this.projects = new ProjectRule(vocabulary);
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
        Choice choice;
        if (measure == Measure.SHARE && m.cueEnd() >= 0) {
            choice = shareWhole(c, wholeOf(c.left().substring(m.cueEnd())));
        } else if (m.inherit()) {
            choice = nearestTerm(c.left(), f, true);
            if (choice == null) {
                String after = c.clauseAfter();
                Choice named = firstTerm(after.substring(0, Math.min(6, after.length())), f);
                choice = named != null && after.startsWith(v.indicators.find(after).get(0).word()) ? named : null;
            }
            if (choice == null) {
                choice = topicChoice(c, measure);
            }
        } else {
            choice = ownWords(c, level);
        }
        if (choice == null && (!level || thin(c) || inParentheses(c))) {
            choice = topicChoice(c, measure);
        }
        if (choice == null) {
            choice = new Choice(Fact.OTHER, null, true);
        }

        List<String> scope = new ArrayList<>();
        if (choice.inherited != null) {
            scope.addAll(withoutPlaces(choice.inherited.scope()));
        } else {
            for (Figure t : c.thresholdsBefore()) {
                scope.add(thresholdScope(c, t));
            }
            scope.addAll(scopeWords(c.left()));
            scope.add(choice.classScope);
            Matcher sizeClass = SIZE_CLASS.matcher(c.left());
            while (sizeClass.find()) {
                scope.add(sizeClass.group()); // 新签约亿元以上项目9个: the class names no number, so no threshold figure
            }
        }
        scope.addAll(c.placesInLeft());
        return new Attribution(f, choice.indicator, measure, m.sign(), FactAttributor.joinScope(scope), m.versus(), null);
    }

    /** The indicator the figure's own words name, or {@code null} when they name none. */
    private Choice ownWords(FactAttributor.Context c, boolean level) {
        Figure f = c.figure();
        String left = c.left();
        Choice term = nearestTerm(left, f, level);
        if (level && f.isMoney()) {
            WordMatcher.Match<String> inv = lastInvestmentWord(left);
            if (inv != null && (term == null || inv.end() > term.end)) {
                String ind = projects.investmentIndicator(left, c.topic());
                if (ind != null) {
                    return new Choice(ind, term == null ? null : term.classScope, true);
                }
            }
            if (term != null) {
                return investmentOfCount(term, c);
            }
        }
        if (term != null && f.isCount() && level) {
            // 签约项目中已开工*个: a stage word after the term decides which projects are counted
            String stage = projects.stageIndicatorAfter(left, term.end);
            if (stage != null) {
                return new Choice(stage, term.classScope, true);
            }
        }
        if (term != null && f.isPercent() && level && left.contains("项目")) {
            String stage = projects.stageAfter(c.right());
            if (stage != null) {
                return new Choice(stage, term.classScope, true); // 今年新签约项目80%以上实现开工建设
            }
        }
        if (!level && lastInvestmentWord(left) != null && (term == null || lastInvestmentWord(left).end() > term.end)) {
            String ind = projects.investmentIndicator(left, c.topic());
            if (ind != null) {
                return new Choice(ind, null, true); // 协议投资同比增长*%
            }
        }
        if (term != null) {
            return term;
        }
        if (v.clauseWords.anyIn("respective", c.clauseBefore())) {
            Choice earlier = nearestTerm(c.sentence().substring(0, c.clauseStart()), f, level);
            if (earlier != null) {
                return earlier;
            }
        }
        if (!level) {
            return null;
        }
        String right = c.right();
        boolean nounAfter = startsWithNoun(right);
        if (f.isCount() && nounAfter) {
            Choice after = firstTerm(ProjectRule.nounPhrase(right), f);
            if (after != null) {
                return after;
            }
        }
        if (f.isCount()) {
            String ind = projects.countIndicator(left, right, c.sentenceBefore(), c.topic(), false);
            if (ind != null) {
                return new Choice(ind, null, true);
            }
        }
        if (f.isMoney()) {
            String ind = projects.investmentIndicator(left, c.topic());
            if (ind != null) {
                return new Choice(ind, null, true);
            }
        }
        if (f.isPercent() && left.contains("项目")) {
            String ind = projects.stageAfter(right);
            if (ind != null) {
                return new Choice(ind, null, true);
            }
        }
        if (f.isCount() && nounAfter) {
            return new Choice(Fact.OTHER, null, true);
        }
        if (f.unitKind() == Unit.Kind.AREA) {
            return new Choice("land_area", null, true);
        }
        if (f.kind() == Figure.Kind.ZERO) {
            return nearestTerm(c.clauseBefore(), null, false);
        }
        return null;
    }

    /** The parts of an inherited scope that are not places: the place belongs to the earlier figure alone. */
    private static List<String> withoutPlaces(String scope) {
        List<String> out = new ArrayList<>();
        if (scope != null) {
            for (String part : scope.split("; ")) {
                if (!RespectiveList.isPlaceName(part)) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /** The whole a share is of: the words after 占 up to 的 (占全区到位资金的比重达: 全区到位资金). */
    private static String wholeOf(String afterCue) {
        int de = afterCue.lastIndexOf('的');
        return de > 0 ? afterCue.substring(0, de) : afterCue;
    }

    /** 占全市实际使用外资的59.2%, 占新签项目投资额的60.7%, 占内资项目的61.3%: the whole names the indicator. */
    private Choice shareWhole(FactAttributor.Context c, String whole) {
        Choice choice = nearestTerm(whole, null, false);
        WordMatcher.Match<String> inv = lastInvestmentWord(whole);
        if (inv != null && (choice == null || inv.end() > choice.end)) {
            String ind = projects.investmentIndicator(whole, c.topic());
            if (ind != null) {
                return new Choice(ind, null, true);
            }
        }
        if (choice != null) {
            return choice;
        }
        String ind = projects.countIndicator(whole, "", whole, c.topic(), true);
        if (ind != null) {
            return new Choice(ind, null, true);
        }
        return topicChoice(c, Measure.SHARE);
    }

    /**
     * An indicator decision and where it came from.
     *
     * @param indicator  the indicator id
     * @param classScope the scope a class term contributes (日韩 of 实际使用日韩资), or {@code null}
     * @param end        where the deciding word ends in the text it was found in, or -1
     * @param inherited  the earlier figure the indicator was taken from, or {@code null}
     */
    private record Choice(String indicator, String classScope, int end, Attribution inherited) {
        Choice(String indicator, String classScope, boolean own) {
            this(indicator, classScope, -1, null);
        }
    }

    /**
     * The indicator term nearest before the end of {@code text} that fits the figure (for levels, the
     * indicator's kind and units; money also prefers the indicator's own currency).
     */
    private Choice nearestTerm(String text, Figure f, boolean level) {
        List<WordMatcher.Match<List<IndicatorLexicon.Sense>>> found = v.indicators.find(text);
        WordMatcher.Match<List<IndicatorLexicon.Sense>> bestMatch = null;
        IndicatorLexicon.Sense best = null;
        int bestScore = Integer.MIN_VALUE;
        for (WordMatcher.Match<List<IndicatorLexicon.Sense>> m : found) {
            for (IndicatorLexicon.Sense sense : m.value()) {
                int fit = fit(sense.indicator(), f, level);
                if (fit < 0) {
                    continue;
                }
                // nearest end first, then the longer word, then the better fit
                int score = m.end() * 10000 + m.length() * 10 + fit + (sense.explicit() ? 1 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = sense;
                    bestMatch = m;
                }
            }
        }
        return best == null ? null : new Choice(best.indicator().id(), best.scope(), bestMatch.end(), null);
    }

    /** The fitting indicator term that comes first in {@code text} (the noun after a count). */
    private Choice firstTerm(String text, Figure f) {
        for (WordMatcher.Match<List<IndicatorLexicon.Sense>> m : v.indicators.find(text)) {
            for (IndicatorLexicon.Sense sense : m.value()) {
                if (fit(sense.indicator(), f, true) >= 0) {
                    return new Choice(sense.indicator().id(), sense.scope(), m.end(), null);
                }
            }
        }
        return null;
    }

    private WordMatcher.Match<String> lastInvestmentWord(String text) {
        WordMatcher.Match<String> last = null;
        for (WordMatcher.Match<String> m : v.investmentWords.findAll(text)) {
            if (last == null || m.end() > last.end()) {
                last = m;
            }
        }
        return last;
    }

    /** （XX产业园区3个）, (含XX亿元以上2个): a figure in parentheses breaks down the figure before them. */
    private static boolean inParentheses(FactAttributor.Context c) {
        String before = c.sentenceBefore();
        int open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
        int close = Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'));
        return open > close && open >= c.clauseStart() - 1;
    }

    /** -1 when the indicator cannot be what the figure states, else how well it fits (higher is better). */
    private static int fit(Indicator ind, Figure f, boolean level) {
        if (f == null || !level) {
            return 0;
        }
        if (f.kind() == Figure.Kind.ZERO) {
            return ind.kind() == Unit.Kind.MONEY ? 1 : 0;
        }
        Unit u = f.unit();
        if (u == null) {
            return 0;
        }
        if (u.kind() == Unit.Kind.PERCENT || u.kind() == Unit.Kind.PP) {
            return ind.kind() == Unit.Kind.PERCENT ? 1 : 0; // 占比达到10%的省考基准线: a rate of the indicator
        }
        if (u.kind() == Unit.Kind.MONEY && ind.kind() == Unit.Kind.COUNT && ind.investment() != null) {
            return 0; // 签约项目…总投资额: decided by investmentOfCount
        }
        if (!ind.fitsLevel(u)) {
            return -1;
        }
        if (u.kind() == Unit.Kind.MONEY && ind.currency() != null) {
            return u.base() == ind.currency() || (u.base() != BaseUnit.CNY && ind.currency() == BaseUnit.USD) ? 2 : 1;
        }
        return 1;
    }

    /** 新签约项目投资额XX亿元: a project-count term followed by an investment word names the investment. */
    private Choice investmentOfCount(Choice choice, FactAttributor.Context c) {
        Indicator ind = v.indicators.get(choice.indicator);
        if (ind == null || ind.kind() != Unit.Kind.COUNT) {
            return choice;
        }
        if (ind.investment() != null) {
            return new Choice(ind.investment(), choice.classScope, true);
        }
        String via = projects.investmentIndicator(c.left(), c.topic());
        return via == null ? null : new Choice(via, choice.classScope, true);
    }

    /** The indicator of the figure the paragraph was last talking about. */
    private Choice topicChoice(FactAttributor.Context c, Measure measure) {
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
                } else if (f.kind() == Figure.Kind.ZERO || f.unit() == null) {
                    a = t.latest(Topic.isLevel());
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
                    a = t.latestInSentence(x -> true);
                }
                if (a == null) {
                    a = t.latest(Topic.isLevel());
                }
            }
        }
        return a == null ? null : new Choice(a.indicator(), null, -1, a);
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
        Matcher place = PLACE.matcher(left);
        while (place.find()) {
            cover(covered, place.start(), place.end());
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

    private List<String> scopeWords(String text) {
        List<String> out = new ArrayList<>();
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findLongest(text)) {
            if (!"外资".equals(m.word()) && !"外商".equals(m.word())) {
                out.add(m.value().scopeAs());
            }
        }
        return out;
    }

    private String thresholdScope(FactAttributor.Context c, Figure t) {
        int end = t.end() - c.base();
        String after = v.figureRules.wordAt("threshold_after", c.sentence(), end);
        String before = v.figureRules.wordBefore("threshold_before", c.sentence(), t.start() - c.base());
        return (before == null || "在".equals(before) ? "" : before) + t.text() + (after == null ? "" : after);
    }
}
