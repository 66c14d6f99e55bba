package huibao.extract.attribution;

import huibao.catalog.Indicator;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.place.PlaceMention;

/**
 * Capital told by where it comes from or who brings it: 长三角地区投资407亿元, 北京企业在本市投资97亿元,
 * 来自大湾区的资金120亿元, 东部地区投资超过70%. In a passage whose last amount is capital of a kind
 * (到位资金, 实际利用外资), a figure named only by a bare capital word (clause-words.tsv: capital_word)
 * after a source (capital_source, or a place) is that capital from that source, not the investment of
 * projects counted earlier; a percent so named is its share.
 */
final class SourceCapital {

    /** How many characters (a verb: 达, 超过, 为) may stand between the capital word and the figure. */
    private static final int VERB_REACH = 3;


    /** How far before the capital word the source may end (北京企业在本市投资, 河北省企业在津投资). */
    private static final int SOURCE_REACH = 6;

    private final Vocabulary v;
    /** The characters of those verbs (clause-words.tsv: capital_verb); any other (分别为, 用于) makes the figure no capital by source. */
    private final String verbs;

    SourceCapital(Vocabulary vocabulary) {
        this.v = vocabulary;
        this.verbs = String.join("", vocabulary.clauseWords.words("capital_verb"));
    }

    /** The capital indicator with the source as class scope, or {@code null} when the figure is no capital by source. */
    TermChoice read(FigureContext c) {
        if (!c.figure().isMoney() && !c.figure().isPercent()) {
            return null;
        }
        String clause = c.clauseBefore();
        int word = capitalWordEnd(clause);
        if (word < 0) {
            return null;
        }
        String named = clause.substring(0, word);
        if (named.contains("项目") || !v.indicators.find(clause).isEmpty()) {
            return null; // 签约项目投资80亿元, 民营企业到位资金: projects or an indicator's own term name the figure
        }
        String source = source(c, named);
        if (source == null || v.clauseWords.words("firm").stream().anyMatch(named::contains)) {
            return null; // 由常州某某机械有限公司投资2亿元: one firm's own amount
        }
        Attribution capital = c.topic().latestCarried(a -> Topic.isLevel().test(a) && a.figure().isMoney()
                && (!c.figure().isMoney() || a.figure().unit().base() == c.figure().unit().base()));
        Indicator ind = capital == null ? null : v.indicators.get(capital.indicator());
        if (ind == null || ind.domain() == null) {
            return null;
        }
        return TermChoice.of(ind.id(), source);
    }

    /** Where the bare capital word that names the figure ends in its clause, or -1 when none does. */
    private int capitalWordEnd(String clause) {
        int best = -1;
        for (String w : v.clauseWords.words("capital_word")) {
            int at = clause.lastIndexOf(w);
            int end = at + w.length();
            if (at >= 0 && clause.length() - end <= VERB_REACH && end > best
                    && clause.substring(end).chars().allMatch(ch -> verbs.indexOf(ch) >= 0)) {
                best = end;
            }
        }
        return best;
    }

    /** The source named before the capital word: the source word (长三角, 民营企业) or place that ends last, or {@code null}. */
    private String source(FigureContext c, String named) {
        String word = null;
        int wordEnd = -1;
        for (String w : v.clauseWords.words("capital_source")) {
            int at = named.lastIndexOf(w);
            int end = at < 0 || named.length() - (at + w.length()) > SOURCE_REACH ? -1 : at + w.length();
            if (end > wordEnd || end == wordEnd && end >= 0 && w.length() > word.length()) {
                word = w;
                wordEnd = end;
            }
        }
        int from = c.base() + c.clauseStart();
        for (PlaceMention p : c.places()) {
            int end = p.span().end() - from;
            if (p.span().start() >= from && end <= named.length() && named.length() - end <= SOURCE_REACH && end > wordEnd) {
                word = p.text(); // 江苏企业在我市投资: the place is the source
                wordEnd = end;
            }
        }
        return word;
    }
}
