package huibao.extract.entity;

import huibao.extract.lexicon.WordMatcher;
import huibao.model.Entity;
import huibao.text.ChineseNumerals;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Projects named by the amount stated for them: 其中，济南环投到资120万美元、海乾车桥到资100万美元
 * names the projects 济南环投 and 海乾车桥. The name stands right after punctuation and right before
 * an amount word of {@code entities-cues.tsv} (到资, 投资, 总投资) that a figure follows; it must
 * read like a proper name, hold no verb and be no place, so 引进市外投资52.1亿元, 协议投资*亿元 and
 * 水利投资900亿元 name nothing.
 */
final class ProjectAmounts {

    private static final Pattern ANY_FIGURE = Pattern.compile("[0-9Xx×*＊]");
    private static final int MAX_NAME = 12;

    private final EntityVocabulary vocabulary;
    private final EntityNamer namer;
    private final EntityDistinctness distinct;
    /** How the figure after an amount word starts (到资120万美元, 投资约5亿元): entities-cues.tsv amount_hedge before it. */
    private final Pattern figureStart;

    ProjectAmounts(EntityVocabulary vocabulary, EntityNamer namer, EntityDistinctness distinct) {
        this.vocabulary = vocabulary;
        this.namer = namer;
        this.distinct = distinct;
        this.figureStart = Pattern.compile("^" + vocabulary.cues.get(EntityVocabulary.Cue.AMOUNT_HEDGE).group()
                + "?[0-9Xx×*＊" + ChineseNumerals.COUNT_OPENERS + "]");
    }

    /** Adds the projects of {@code s} that an amount names to {@code out}. */
    void find(String s, List<EntityCandidate> out) {
        if (!ANY_FIGURE.matcher(s).find()) {
            return;
        }
        for (WordMatcher.Match<String> m : vocabulary.cue(EntityVocabulary.Cue.AMOUNT_VERB).findLongest(s)) {
            if (!figureStart.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 3))).find()) {
                continue;
            }
            int from = EntityNamer.readBack(s, m.start());
            if (m.start() - from < 2 || m.start() - from > MAX_NAME
                    || from > 0 && EntityNamer.STOPS.indexOf(s.charAt(from - 1)) < 0) {
                continue;
            }
            String name = s.substring(from, m.start());
            if (distinct.isPlace(name) || vocabulary.endingAt(name, 0, name.length()) != null // found by its ending
                    || !distinct.looksLikeName(name)
                    || namer.start(s, from, m.start(), m.start(), NamingRule.ORGANIZATION, true) != from) {
                continue;
            }
            out.add(new EntityCandidate(Entity.Kind.PROJECT, from, m.start(), EntityCandidate.Source.AMOUNT));
        }
    }
}
