package huibao.extract.number;

import huibao.model.Span;
import huibao.model.UnitKind;
import huibao.text.ChineseNumerals;
import huibao.text.Clauses;

import java.math.BigDecimal;

/**
 * Masked figures (XX亿元, **个, 2X批次, 1X.X亿元, *亿元（含）至*亿元), and the upper end of a range,
 * which may be masked itself.
 */
final class MaskedFigures {

    private static final String RANGE_SEPARATORS = "-－—~～至到";

    private final FigureRules rules;
    private final FigureUnits unitsAt;
    private final FigureEndings endings;
    private final LostPercents lostPercents;

    MaskedFigures(FigureRules rules, FigureUnits unitsAt, FigureEndings endings, LostPercents lostPercents) {
        this.rules = rules;
        this.unitsAt = unitsAt;
        this.endings = endings;
        this.lostPercents = lostPercents;
    }

    /** The figure after a range separator at {@code at} (2-3个, *亿元至*亿元), masked or not, with its unit; {@code null} when none. */
    ScanToken rangeUpper(String s, int at) {
        if (at >= s.length()) {
            return null;
        }
        char c = s.charAt(at);
        ScanToken t;
        if (FigureChars.isMask(c)) {
            t = mask(s, at);
        } else if (FigureChars.isDigit(c) || FigureChars.isChineseDigit(c) || c == '十') {
            int runEnd = FigureChars.numeralEnd(s, at);
            String run = s.substring(at, runEnd);
            FigureUnits.Prefix prefix = unitsAt.prefix(s, at, runEnd);
            int numEnd = prefix == null ? runEnd : prefix.at();
            Unit unit = prefix == null ? null : prefix.unit();
            if (unit == null) {
                unit = unitsAt.at(s, FigureChars.skipSpaces(s, runEnd));
                numEnd = runEnd;
            }
            if (unit == null) {
                return null;
            }
            BigDecimal v = FigureChars.numeralValue(s.substring(at, numEnd), false);
            if (v == null) {
                return null;
            }
            int end = unit.written().length() + (numEnd == runEnd ? FigureChars.skipSpaces(s, runEnd) : numEnd);
            t = new ScanToken(new Figure(new Span(at, end), s.substring(at, end), v, null, unit, false, false,
                    Figure.Kind.QUANTITY, false, !FigureChars.containsDigit(run)), null, at, end);
        } else {
            return null;
        }
        return t == null || t.figure() == null ? null : t;
    }

    /**
     * A number with some digits masked (2X批次, 1X.X亿元): a masked figure when a unit follows,
     * else {@code null} and the digits are read as a number (20XX年 is a year).
     */
    ScanToken partialMask(String s, int i) {
        int j = i;
        while (j < s.length() && FigureChars.isDigit(s.charAt(j))) {
            j++;
        }
        if (j == i || j >= s.length() || !FigureChars.isMask(s.charAt(j)) || s.charAt(j) == '*') {
            return null;
        }
        ScanToken t = mask(s, j, i);
        return t == null || t.figure() == null ? null : t;
    }

    /**
     * Whether a lone letter X at {@code i} is part of a Latin word or code (iPhone X, 1+X, B-X)
     * rather than a masked digit: a Latin letter, a digit or a joining mark stands before it, past blanks
     * (RCEP X个国家).
     */
    private static boolean inLatinWord(String s, int i) {
        int k = i - 1;
        while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\u00a0')) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char c = s.charAt(k);
        return c < 0x80 && (Character.isLetterOrDigit(c) || "+-_/.&".indexOf(c) >= 0);
    }

    /**
     * The span of a mask at {@code i} that gives no figure but must not be lost: one written with a unit the
     * contract has no kind for (X分, XX公里: unlisted_unit of figure-rules.tsv), or a template's #x with no
     * unit at all. {@code null} elsewhere (X光, #话题#).
     */
    Span unlisted(String s, int i) {
        int j = i;
        while (j < s.length() && (FigureChars.isMask(s.charAt(j)) || FigureChars.isSymbolMask(s.charAt(j))
                || s.charAt(j) == '.' && j > i && j + 1 < s.length() && FigureChars.isMask(s.charAt(j + 1)))) {
            j++;
        }
        if (j == i || j - i == 1 && FigureChars.isMask(s.charAt(i)) && (s.charAt(i) == 'x' || s.charAt(i) == 'X') && inLatinWord(s, i)) {
            return null;
        }
        int q = FigureChars.skipSpaces(s, j);
        String unit = rules.wordAt("unlisted_unit", s, q);
        if (unit != null && rules.wordAt("unlisted_word", s, q) == null) {
            return new Span(i, q + unit.length());
        }
        boolean symbol = FigureChars.isSymbolMask(s.charAt(i));
        boolean letters = false;
        for (int k = i; k < j; k++) {
            letters |= s.charAt(k) == 'x' || s.charAt(k) == 'X';
        }
        return symbol && letters ? new Span(i, j) : null;
    }

    /** A masked figure (XX亿元, **个) whose mask starts at {@code i}. */
    ScanToken mask(String s, int i) {
        return mask(s, i, i);
    }

    /** A mask whose masked characters start at {@code i} and whose written figure starts at {@code from}. */
    private ScanToken mask(String s, int i, int from) {
        int j = i;
        if (FigureChars.isSymbolMask(s.charAt(i))) {
            if (i + 1 < s.length() && FigureChars.isDigit(s.charAt(i + 1))) {
                return null; // $5亿, #3: a currency sign and a number sign
            }
            j++; // #x个, #万亩, $亿元: the symbol stands for the figure or opens its mask
        }
        while (j < s.length() && (FigureChars.isMask(s.charAt(j))
                || s.charAt(j) == '.' && j > i && j + 1 < s.length() && FigureChars.isMask(s.charAt(j + 1)))) {
            j++; // XX.X亿元: a masked number may keep its decimal point
        }
        int masked = j;
        if (s.substring(i, j).indexOf('○') >= 0 && (i > 0 && ChineseNumerals.digitValue(s.charAt(i - 1)) >= 0
                || j < s.length() && ChineseNumerals.digitValue(s.charAt(j)) >= 0)) {
            return null; // 二○二四年: the circle is a zero of a date
        }
        // …、xx4个: after a list mark a mask is a masked name, and the digits are a figure of their own
        boolean listed = from > 0 && (s.charAt(from - 1) == '、' || Clauses.COMMAS.indexOf(s.charAt(from - 1)) >= 0);
        while (!listed && j < s.length() && (FigureChars.isDigit(s.charAt(j))
                || s.charAt(j) == '.' && j + 1 < s.length() && FigureChars.isDigit(s.charAt(j + 1)))) {
            j++; // xx0.9%: the digits a template left after the mask belong to the masked number
        }
        if (j > masked && unitsAt.at(s, FigureChars.skipSpaces(s, j)) == null) {
            j = masked;
        }
        char c = s.charAt(i);
        if (from == i && j - i == 1 && (c == 'x' || c == 'X') && inLatinWord(s, i)) {
            return null; // a lone letter X masks a digit wherever it opens a figure (驻点组X个, 完成 X亿元, X亿 at a line's start, 、X%)
        }
        if (from == i && i > 0 && FigureChars.isDigit(s.charAt(i - 1))) {
            return null; // 20XX年
        }
        String infix = rules.wordAt("approx_infix", s, j);
        int q = FigureChars.skipSpaces(s, infix == null ? j : j + infix.length());
        Unit u = unitsAt.at(s, q);
        boolean ordinal = from > 0 && s.charAt(from - 1) == '第';
        if (u == null && !ordinal && infix == null) {
            Figure rate = lostPercents.rate(s, from, j, null);
            if (rate != null) {
                return endings.close(s, rate, j); // 增长 X，完成任务的 X：a masked rate whose % the page lost
            }
        }
        if (u == null || u.kind() == UnitKind.RANK || ordinal) {
            return new ScanToken(null, null, i, j); // 第xx次会议 numbers a session, it counts nothing
        }
        int end = q + u.written().length();
        Figure f = new Figure(new Span(from, end), s.substring(from, end), null, null, u, infix != null, true,
                Figure.Kind.QUANTITY, false, false);
        int sepAt = end;
        if (FigureRules.startsWith(s, end, "（含）")) {
            sepAt = end + 3;
        }
        if (sepAt < s.length() && RANGE_SEPARATORS.indexOf(s.charAt(sepAt)) >= 0 && s.charAt(sepAt) != '到') {
            ScanToken upper = rangeUpper(s, sepAt + 1);
            if (upper != null) {
                f = new Figure(new Span(from, upper.end()), s.substring(from, upper.end()), null, null, upper.figure().unit(),
                        f.approx(), true, Figure.Kind.QUANTITY, false, false);
                return endings.close(s, f, upper.end());
            }
        }
        return endings.close(s, f, end);
    }
}
