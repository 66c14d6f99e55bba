package huibao.extract.attribution;

import huibao.catalog.Indicator;
import huibao.extract.lexicon.IndicatorLexicon;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.Figure;
import huibao.extract.number.Unit;
import huibao.model.BaseUnit;
import huibao.model.UnitKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the indicator words of a text that fit a figure: the nearest before it, or the first after
 * a count (86家企业); a figure's unit and currency decide between the senses of a word listed under
 * two indicators (走访 … 次 is a trip, 走访 … 家 a firm visited).
 */
final class IndicatorTerms {

    private final Vocabulary v;

    IndicatorTerms(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    /**
     * The indicator term nearest before the end of {@code text} that fits the figure (for levels, the
     * indicator's kind and units; money also prefers the indicator's own currency).
     */
    TermChoice nearest(String text, Figure f, boolean level) {
        return nearest(text, f, level, null);
    }

    /**
     * The nearest fitting term, and of a word listed under two indicators, for a figure with no currency
     * to decide, the sense of {@code preferred}: 实际到资18.9亿元，到资额占全省总额的71.2% is the share of
     * the domestic capital just stated.
     */
    TermChoice nearest(String text, Figure f, boolean level, String preferred) {
        boolean undecided = f == null || !f.isMoney();
        List<WordMatcher.Match<List<IndicatorLexicon.Sense>>> found = findPastClasses(text);
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
                int score = m.end() * 10000 + m.length() * 10 + fit + (sense.explicit() ? 1 : 0)
                        + (undecided && sense.indicator().id().equals(preferred) ? 4 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = sense;
                    bestMatch = m;
                }
            }
        }
        return best == null ? null : new TermChoice(best.indicator().id(), best.scope(), bestMatch.end(), null);
    }

    /** The fitting indicator term that comes first in {@code text} (the noun after a count). */
    TermChoice first(String text, Figure f) {
        for (WordMatcher.Match<List<IndicatorLexicon.Sense>> m : findPastClasses(text)) {
            for (IndicatorLexicon.Sense sense : m.value()) {
                if (fit(sense.indicator(), f, true) >= 0) {
                    return new TermChoice(sense.indicator().id(), sense.scope(), m.end(), null);
                }
            }
        }
        return null;
    }

    /**
     * The indicator words of {@code text} read with its size classes left out, each placed back at the
     * positions it covers in {@code text}; a word never starts or ends inside a class.
     */
    private List<WordMatcher.Match<List<IndicatorLexicon.Sense>>> findPastClasses(String text) {
        if (!text.contains(SizeClassForms.ABOVE)) {
            return v.indicators.find(text); // no class without it: the pattern is not tried at every position
        }
        Matcher m = SizeClassForms.ANY.matcher(text);
        if (!m.find()) {
            return v.indicators.find(text);
        }
        StringBuilder kept = new StringBuilder(text.length());
        int[] at = new int[text.length() + 1]; // position in text of each kept character
        int from = 0;
        do {
            for (int i = from; i < m.start(); i++) {
                at[kept.length()] = i;
                kept.append(text.charAt(i));
            }
            from = m.end();
        } while (m.find());
        for (int i = from; i < text.length(); i++) {
            at[kept.length()] = i;
            kept.append(text.charAt(i));
        }
        List<WordMatcher.Match<List<IndicatorLexicon.Sense>>> placed = new ArrayList<>();
        for (WordMatcher.Match<List<IndicatorLexicon.Sense>> w : v.indicators.find(kept.toString())) {
            placed.add(new WordMatcher.Match<>(at[w.start()], at[w.end() - 1] + 1, w.word(), w.value()));
        }
        return placed;
    }

    WordMatcher.Match<String> lastInvestmentWord(String text) {
        WordMatcher.Match<String> last = null;
        for (WordMatcher.Match<String> m : v.investmentWords.findAll(text)) {
            if (last == null || m.end() > last.end()) {
                last = m;
            }
        }
        return last;
    }

    /** -1 when the indicator cannot be what the figure states, else how well it fits (higher is better). */
    private static int fit(Indicator ind, Figure f, boolean level) {
        if (f == null || !level) {
            return 0;
        }
        if (f.kind() == Figure.Kind.ZERO) {
            return ind.kind() == UnitKind.MONEY ? 1 : 0;
        }
        Unit u = f.unit();
        if (u == null) {
            return 0;
        }
        if (u.kind() == UnitKind.PERCENT || u.kind() == UnitKind.PP) {
            return ind.kind() == UnitKind.PERCENT ? 1 : 0; // 占比达到10%的省考基准线: a rate of the indicator
        }
        if (u.kind() == UnitKind.MONEY && ind.kind() == UnitKind.COUNT && ind.investment() != null) {
            return 0; // 签约项目…总投资额: decided by investmentOfCount
        }
        if (!IndicatorLexicon.fitsLevel(ind, u)) {
            return -1;
        }
        if (u.kind() == UnitKind.MONEY && ind.currency() != null) {
            return u.base() == ind.currency() || (u.base() != BaseUnit.CNY && ind.currency() == BaseUnit.USD) ? 2 : 1;
        }
        return 1;
    }
}
