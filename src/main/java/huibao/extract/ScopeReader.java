package huibao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a figure's scope from its clause: qualifiers of scopes.tsv (市外, 制造业, 日韩), size classes
 * (亿元以上, 10亿元以上 from a threshold figure) and places, in reading order.
 */
final class ScopeReader {

    /** A size class written without a number (亿元以上, 千万元及以上); with a number it is a threshold figure. */
    private static final Pattern SIZE_CLASS =
            Pattern.compile("(?<![0-9.XxＸ*×一二三四五六七八九十百千])(?:亿|千万|百万|万)元(?:（含）)?(?:及)?以上");

    private final Vocabulary v;

    ScopeReader(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    /** The scope of a figure whose indicator its own words named: thresholds, qualifiers, the class word. */
    List<String> own(FactAttributor.Context c, String classScope) {
        List<String> scope = new ArrayList<>();
        for (Figure t : c.thresholdsBefore()) {
            scope.add(thresholdScope(c, t));
        }
        scope.addAll(scopeWords(c.left()));
        scope.add(classScope);
        Matcher sizeClass = SIZE_CLASS.matcher(c.left());
        while (sizeClass.find()) {
            scope.add(sizeClass.group()); // 新签约亿元以上项目9个: the class names no number, so no threshold figure
        }
        return scope;
    }

    /** The parts of an inherited scope that are not places: the place belongs to the earlier figure alone. */
    /**
     * 引进农业项目3个，固定资产投入0.45亿元: a figure whose own words name no sector, source or
     * programme takes those of the first earlier clause of its sentence that names any: what the
     * sentence is about.
     */
    List<String> fromSubject(FactAttributor.Context c, List<String> own) {
        if (own.stream().anyMatch(p -> p != null) || c.clauseStart() == 0) {
            return List.of();
        }
        int start = 0;
        while (start < c.clauseStart()) {
            int end = FactAttributor.clauseEnd(c.sentence(), start);
            List<String> out = new ArrayList<>();
            for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findLongest(c.sentence().substring(start, end))) {
                String cat = m.value().category();
                if (("sector".equals(cat) || "source".equals(cat) || "program".equals(cat))
                        && !"外资".equals(m.word()) && !"外商".equals(m.word())) {
                    out.add(m.value().scopeAs());
                }
            }
            if (!out.isEmpty()) {
                return out; // the first clause that names any is the sentence's subject
            }
            start = end + 1;
        }
        return List.of();
    }

    static List<String> withoutPlaces(String scope) {
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

    List<String> scopeWords(String text) {
        List<String> out = new ArrayList<>();
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findLongest(text)) {
            if (!"外资".equals(m.word()) && !"外商".equals(m.word())) {
                out.add(m.value().scopeAs());
            }
        }
        return out;
    }

    String thresholdScope(FactAttributor.Context c, Figure t) {
        int end = t.end() - c.base();
        String after = v.figureRules.wordAt("threshold_after", c.sentence(), end);
        String before = v.figureRules.wordBefore("threshold_before", c.sentence(), t.start() - c.base());
        return (before == null || "在".equals(before) ? "" : before) + t.text() + (after == null ? "" : after);
    }
}
