package huibao.extract.attribution;

import huibao.catalog.Indicator;
import huibao.extract.lexicon.ClauseWords;
import huibao.extract.lexicon.IndicatorLexicon;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.List;

/**
 * A capital total that a breakdown splits into a foreign and a domestic part (招商引资到位资金500亿元。
 * 其中，实际利用外资2亿美元…，到位内资480亿元) is both kinds of capital together, like 内外资合计: the
 * total and the rates of its clause are {@code other}, with scope 内外资.
 */
public final class CombinedTotals {

    private final ClauseWords words;
    private final IndicatorLexicon indicators;

    /** Reads breakdowns with the clause words that open them (其中) and the indicators' domains. */
    public CombinedTotals(ClauseWords words, IndicatorLexicon indicators) {
        this.words = words;
        this.indicators = indicators;
    }

    /**
     * The facts before a breakdown, with a capital total re-read as combined when the breakdown's
     * levels name both a foreign and a domestic part.
     *
     * @param before the facts the breakdown may split: the previous sentence's when {@code sentence}
     *               opens with the breakdown, else this sentence's own
     * @param sentence the sentence holding the breakdown
     * @param base     its offset in the cleaned text
     * @param facts    the sentence's facts in reading order
     */
    public List<Fact> reread(List<Fact> before, String sentence, int base, List<Fact> facts, boolean opensSentence) {
        int opener = opensSentence ? 0 : words.lastBefore("breakdown", sentence, sentence.length());
        if (opener < 0 || !(splitsBoth(facts, base + opener))) {
            return before;
        }
        int cut = opensSentence ? Integer.MAX_VALUE : base + opener;
        int whole = -1;
        for (int i = 0; i < before.size(); i++) {
            Fact f = before.get(i);
            if (f.span().start() < cut && f.measure() == Measure.VALUE && f.baseUnit().isMoney()
                    && Indicator.DOMESTIC.equals(domain(f))) {
                whole = i;
            }
        }
        if (whole < 0 || !before.get(whole).scope().isEmpty()) {
            return before; // 省外到位资金…其中: a total with a scope of its own is of that scope only
        }
        Fact total = before.get(whole);
        List<Fact> out = new ArrayList<>(before);
        for (int i = whole; i < before.size(); i++) {
            Fact f = before.get(i);
            if (f.span().start() >= cut || !f.indicator().equals(total.indicator()) || i > whole && !sameClause(total, f)) {
                break;
            }
            List<String> scope = new ArrayList<>(f.scope());
            scope.add(IndicatorReader.COMBINED);
            out.set(i, f.withAttribution(Fact.OTHER, f.measure(), scope));
        }
        return out;
    }

    /** Whether levels after the opener name a foreign and a domestic part. */
    private boolean splitsBoth(List<Fact> facts, int from) {
        boolean foreign = false;
        boolean domestic = false;
        for (Fact f : facts) {
            if (f.span().start() > from && f.measure() == Measure.VALUE && f.baseUnit().isMoney()) {
                String d = domain(f);
                foreign |= Indicator.FOREIGN.equals(d);
                domestic |= Indicator.DOMESTIC.equals(d);
            }
        }
        return foreign && domestic;
    }

    private String domain(Fact f) {
        Indicator ind = indicators.get(f.indicator());
        return ind == null ? null : ind.domain();
    }

    /** 到位资金412.6亿元，同比增长9.2%: the rate right after a total in its sentence, with no ； between. */
    private static boolean sameClause(Fact total, Fact f) {
        if (!total.sentence().equals(f.sentence())) {
            return false;
        }
        String s = f.sentence();
        int from = s.indexOf(total.text());
        int to = s.indexOf(f.text(), Math.max(0, from));
        return from >= 0 && to > from && !Clauses.hasAny(s.substring(from, to), Clauses.SEMICOLONS);
    }
}
