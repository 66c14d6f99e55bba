package huibao.extract;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;

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
        List<String> scope = new ArrayList<>();

        if (f.isMoney() && level) {
            String project = projects.perProjectName(c);
            if (project != null) {
                return new Attribution(f, Fact.OTHER, measure, m.sign(), FactAttributor.joinScope(List.of(project)),
                        m.versus(), project);
            }
        }

        Choice choice = null;
        if (measure == Measure.SHARE && m.cueEnd() >= 0) {
            String whole = c.left().substring(m.cueEnd());
            choice = nearestTerm(whole, null, true);
            if (choice == null) {
                String ind = projects.countIndicator(whole, "", c.topic(), true);
                if (ind != null) {
                    choice = new Choice(ind, null, false);
                }
            }
            if (choice == null) {
                choice = topicChoice(c, measure);
            }
        }
        if (choice == null) {
            choice = nearestTerm(c.left(), f, level);
            if (choice != null && f.isMoney() && level) {
                choice = investmentOfCount(choice, c);
            }
        }
        if (choice == null && level && (f.isCount() || (f.redacted() && f.isCount()))) {
            String ind = projects.countIndicator(c.left(), c.right(), c.topic(), false);
            if (ind != null) {
                choice = new Choice(ind, null, true);
            }
        }
        if (choice == null && level && f.isMoney()) {
            String ind = projects.investmentIndicator(c.left(), c.topic());
            if (ind != null) {
                choice = new Choice(ind, null, true);
            }
        }
        if (choice == null && level && f.isCount() && startsWithNoun(c.right())) {
            choice = nearestTerm(c.right(), f, true);
            if (choice == null) {
                choice = new Choice(Fact.OTHER, null, true);
            }
        }
        if (choice == null && level && f.unitKind() == Unit.Kind.AREA) {
            choice = new Choice("land_area", null, true);
        }
        if (choice == null && f.kind() == Figure.Kind.ZERO) {
            choice = nearestTerm(c.clauseBefore(), null, false);
        }
        if (choice == null && (!level || thin(c.left()))) {
            choice = topicChoice(c, measure);
        }
        if (choice == null) {
            choice = new Choice(Fact.OTHER, null, true);
        }

        if (choice.inherited != null) {
            scope.add(choice.inherited.scope());
        } else {
            for (Figure t : c.thresholdsBefore()) {
                scope.add(thresholdScope(c, t));
            }
            scope.addAll(scopeWords(c.left()));
            scope.add(choice.classScope);
        }
        return new Attribution(f, choice.indicator, measure, m.sign(), FactAttributor.joinScope(scope), m.versus(), null);
    }

    /** An indicator decision and where it came from. */
    private record Choice(String indicator, String classScope, boolean own, Attribution inherited) {
        Choice(String indicator, String classScope, boolean own) {
            this(indicator, classScope, own, null);
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
        return best == null ? null : new Choice(best.indicator().id(), best.scope(), true);
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
                a = t.latestInSentence(x -> x.measure() == Measure.VALUE);
                if (a == null) {
                    a = t.latestInSentence(Topic.isLevel());
                }
                if (a == null) {
                    a = t.latest(Topic.isLevel());
                }
            }
        }
        return a == null ? null : new Choice(a.indicator(), null, false, a);
    }

    /** Whether the words before a figure hold nothing that starts a new subject. */
    private boolean thin(String left) {
        String rest = left;
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findLongest(left)) {
            rest = rest.replace(m.word(), " ");
        }
        List<String> carry = new ArrayList<>(v.carryWords);
        carry.sort((a, b) -> Integer.compare(b.length(), a.length()));
        for (String w : carry) {
            rest = rest.replace(w, " ");
        }
        int han = 0;
        for (int i = 0; i < rest.length(); i++) {
            char ch = rest.charAt(i);
            if (FigureScanner.isHan(ch) && "市区县镇乡".indexOf(ch) < 0) {
                han++;
            }
        }
        return han <= 1;
    }

    private static boolean startsWithNoun(String right) {
        return !right.isEmpty() && (FigureScanner.isHan(right.charAt(0)) || right.charAt(0) == '“')
                && "的了是为在和及与、".indexOf(right.charAt(0)) < 0;
    }

    private List<String> scopeWords(String text) {
        List<String> out = new ArrayList<>();
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findLongest(text)) {
            if (!"外资".equals(m.word()) && !"外商".equals(m.word())) {
                out.add(m.word());
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
