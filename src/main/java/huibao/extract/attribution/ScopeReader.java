package huibao.extract.attribution;

import huibao.extract.lexicon.IndicatorLexicon;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.Figure;
import huibao.text.Clauses;
import huibao.text.HanChars;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads a figure's scope from its clause: qualifiers of scopes.tsv (市外, 制造业, 日韩), size classes
 * (亿元以上, 10亿元以上 from a threshold figure) and places, in reading order.
 */
final class ScopeReader {

    /** Categories of scopes.tsv read only so that no shorter word inside them counts: a report's own region (全省), a park's name (工业园). */
    private static final Set<String> UNSCOPED = Set.of("self", "name");

    private final Vocabulary v;
    private final ListedPlaces places;

    ScopeReader(Vocabulary vocabulary) {
        this.v = vocabulary;
        this.places = new ListedPlaces(vocabulary.clauseWords);
    }

    /** The scope of a figure whose indicator its own words named: thresholds, qualifiers, the class word. */
    List<String> own(FigureContext c, String classScope) {
        List<String> scope = new ArrayList<>();
        for (Figure t : c.thresholdsBefore()) {
            scope.add(thresholdScope(c, t));
        }
        scope.addAll(scopeWords(c.left()));
        scope.add(classScope);
        Matcher sizeClass = SizeClassForms.WITHOUT_NUMBER.matcher(c.left());
        while (sizeClass.find()) {
            scope.add(sizeClass.group()); // 新签约亿元以上项目9个: the class names no number, so no threshold figure
        }
        return scope;
    }

    /**
     * 引进农业项目3个，固定资产投入0.45亿元: a figure whose own words name no sector, source or
     * programme takes those of its subject: the first clause since the last ； that names any,
     * unless a clause with a figure came first and named nothing, which makes the statement one
     * about the whole (全区实际利用外资1740万美元，其中制造业外资1200万美元；新签约项目25个).
     */
    List<String> fromSubject(FigureContext c, List<String> own) {
        if (own.stream().anyMatch(p -> p != null) || c.clauseStart() == 0 || namesPark(c.clauseBefore())) {
            return List.of(); // 31个示范工业园区累计签约项目2046个: the parks are the subject already
        }
        String s = c.sentence();
        int start = Clauses.afterLast(s, Clauses.SEMICOLONS, c.clauseStart());
        boolean named = !v.indicators.find(c.left()).isEmpty();
        while (start < c.clauseStart()) {
            int end = Clauses.clauseEnd(s, start);
            String clause = s.substring(start, end);
            List<String> out = new ArrayList<>();
            for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findLongest(clause)) {
                String cat = m.value().category();
                if (("sector".equals(cat) || "source".equals(cat) || "program".equals(cat))
                        && !v.clauseWords.words("uncarried_scope").contains(m.word()) && !insideName(clause, m.end())
                        && !("sector".equals(cat) && named && insideOutsideWord(clause, m))) {
                    out.add(m.value().scopeAs());
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
            if (holdsFigure(c, start, end)) {
                return List.of();
            }
            start = end + 1;
        }
        return List.of();
    }

    /**
     * 预计全年到位资金130亿元，新签约项目有望达到45个: a forecast word earlier in the sentence (up to the
     * last ；) makes every figure after it a forecast, unless the figure's clause states a result (目前已).
     */
    List<String> forecastCarried(FigureContext c, List<String> scope) {
        String s = c.sentence();
        int from = Clauses.afterLast(s, Clauses.SEMICOLONS, c.clauseStart());
        int to = Math.max(from, c.at() - c.left().length());
        if (v.clauseWords.anyIn("actual", c.clauseBefore())) {
            return List.of();
        }
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findLongest(s.substring(from, to))) {
            String as = m.value().scopeAs();
            if ("forecast".equals(m.value().category()) && !scope.contains(as)) {
                return List.of(as);
            }
        }
        return List.of();
    }

    /**
     * 实现工业总产值6692亿元，…合同外资79亿美元: a sector word that a word of outside-words.tsv runs on past names
     * that figure's own quantity (工业总产值, 农业增加值), no subject of the sentence's figures that name another
     * (a base that names none, 比上年的32亿元, is of the same quantity); one the word ends with
     * (规上工业企业126家，实现产值38亿元) is the subject it names.
     */
    private boolean insideOutsideWord(String clause, WordMatcher.Match<Vocabulary.ScopeWord> m) {
        for (WordMatcher.Match<List<IndicatorLexicon.Sense>> w : v.indicators.find(clause)) {
            if (w.start() <= m.start() && m.end() < w.end()
                    && w.value().stream().anyMatch(sense -> sense.indicator() == IndicatorLexicon.OUTSIDE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the scope parts is a sector (scopes.tsv: sector), as its scope reads it. */
    boolean namesSector(List<String> parts) {
        return parts.stream().anyMatch(this::isSector);
    }

    /** The scope parts but the sectors. */
    List<String> withoutSectors(List<String> parts) {
        return parts.stream().filter(p -> !isSector(p)).toList();
    }

    private boolean isSector(String part) {
        if (part == null) {
            return false;
        }
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findLongest(part)) {
            if (m.length() == part.length() && "sector".equals(m.value().category())) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsFigure(FigureContext c, int start, int end) {
        for (Figure f : c.all()) {
            int at = f.start() - c.base();
            if (at >= start && at < end) {
                return true;
            }
        }
        return false;
    }

    List<String> withoutPlaces(List<String> scope) {
        List<String> out = new ArrayList<>();
        for (String part : scope) {
            if (!places.isPlaceName(part)) {
                out.add(part);
            }
        }
        return out;
    }

    /** Whether the text names a park (scopes.tsv: name), the subject of the figures after it. */
    private boolean namesPark(String text) {
        return v.scopes.findLongest(text).stream().anyMatch(m -> "name".equals(m.value().category()));
    }

    List<String> scopeWords(String text) {
        List<String> out = new ArrayList<>();
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findLongest(text)) {
            if (insideName(text, m.end())) {
                continue;
            }
            if (!"外资".equals(m.word()) && !"外商".equals(m.word()) && !UNSCOPED.contains(m.value().category())) {
                out.add(m.value().scopeAs());
            }
        }
        return out;
    }

    /**
     * Whether a scope word ending at {@code end} is part of a name in a list of names closed by 等
     * (签约恒达装备、德国精密轴承等16个项目): it runs on into more letters, and a 等 follows in its
     * clause before any figure. One standing alone as an item (德国、日本等12个外资项目) is a scope.
     */
    static boolean insideName(String text, int end) {
        if (end >= text.length() || !HanChars.isHan(text.charAt(end)) || (Clauses.LIST_JOINS + "等的").indexOf(text.charAt(end)) >= 0) {
            return false;
        }
        for (int i = end; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '等') {
                return true;
            }
            if (Clauses.WIDE_CLAUSE_ENDS.indexOf(ch) >= 0 || Character.isDigit(ch)) {
                return false;
            }
        }
        return false;
    }

    String thresholdScope(FigureContext c, Figure t) {
        int end = t.end() - c.base();
        String after = v.figureRules.wordAt("threshold_after", c.sentence(), end);
        String before = v.figureRules.wordBefore("threshold_before", c.sentence(), t.start() - c.base());
        return (before == null || "在".equals(before) ? "" : before) + t.text() + (after == null ? "" : after);
    }
}
