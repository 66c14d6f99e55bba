package huibao.extract.number;

import huibao.model.Span;
import huibao.model.UnitKind;
import huibao.text.Clauses;
import huibao.text.HanChars;

/**
 * Figures whose digits a page lost, leaving only a decimal point or the unit after the words that
 * name the figure (到位资金.亿元, 增长 . %, 签约项目个，, 是…总额的倍。): each is a masked figure at
 * its place, so that the missing-figure checks count it. A point before a unit with no digit on
 * either side is such a figure on any page; a unit alone only on a page that has lost its digits,
 * where ordinary words end in the same characters far more often elsewhere.
 */
final class StrippedFigures {

    /** A page has lost its digits when at least this many points stand before a unit with no digit. */
    private static final int STRIPPED_POINTS = 2;

    private final FigureRules rules;
    private final FigureUnits unitsAt;
    private final FigureEndings endings;

    StrippedFigures(FigureRules rules, FigureUnits unitsAt, FigureEndings endings) {
        this.rules = rules;
        this.unitsAt = unitsAt;
        this.endings = endings;
    }

    /** Whether {@code text} is a page whose digits were stripped: it keeps their decimal points before units. */
    boolean stripped(String text) {
        int points = 0;
        for (int i = text.indexOf('.'); i >= 0 && points < STRIPPED_POINTS; i = text.indexOf('.', i + 1)) {
            points += point(text, i) != null ? 1 : 0;
        }
        return points >= STRIPPED_POINTS;
    }

    /** The masked figure of a point at {@code i} with no digit before or after it and a unit after it (.亿元, . %), or {@code null}. */
    ScanToken point(String s, int i) {
        if (s.charAt(i) != '.') {
            return null;
        }
        int p = i;
        while (p > 0 && FigureChars.isBlank(s.charAt(p - 1))) {
            p--;
        }
        if (p > 0 && (FigureChars.isDigit(s.charAt(p - 1)) || FigureChars.isMask(s.charAt(p - 1)) || s.charAt(p - 1) == '.')) {
            return null; // 12.亿元 is a misprint of a number; XX.亿元 a mask read elsewhere
        }
        int q = FigureChars.skipSpaces(s, i + 1);
        Unit u = unitsAt.at(s, q);
        if (u == null || !strippable(u)) {
            return null;
        }
        return token(s, i, q, u);
    }

    /**
     * The masked figure of a unit at {@code i} that no number stands before, on a page that lost its
     * digits (签约项目个，, 总额的倍。): the unit follows a word, not a numeral or a word that it
     * completes (这个, 整个: stripped_not_after), and ends its clause. {@code null} elsewhere.
     */
    ScanToken bareUnit(String s, int i) {
        if (i == 0 || !HanChars.isHan(s.charAt(i - 1)) || FigureChars.isNumeralChar(s.charAt(i - 1))
                || rules.wordBefore("stripped_not_after", s, i) != null) {
            return null;
        }
        Unit u = unitsAt.at(s, i);
        if (u == null || !strippable(u)) {
            return null;
        }
        int end = i + u.written().length();
        if (end < s.length() && !Clauses.isClauseEnd(s.charAt(end)) && "、）)".indexOf(s.charAt(end)) < 0) {
            return null; // 个人, 亿元以上: the unit opens a word or a size class
        }
        return token(s, i, i, u);
    }

    /** Whether a figure in {@code u} may lose its digits and still be read: a unit of stripped_unit. */
    private boolean strippable(Unit u) {
        StringBuilder written = new StringBuilder();
        for (char c : u.written().toCharArray()) {
            written.append(HanChars.simplified(c)); // 個 is 个
        }
        return u.kind() != UnitKind.RANK && rules.words("stripped_unit").contains(written.toString());
    }

    private ScanToken token(String s, int from, int unitAt, Unit u) {
        int end = unitAt + u.written().length();
        Figure f = new Figure(new Span(from, end), s.substring(from, end), null, null, u, false, true,
                Figure.Kind.QUANTITY, false, false);
        return endings.close(s, f, end);
    }
}
