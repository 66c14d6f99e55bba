package huibao.extract.number;

import huibao.text.ChineseNumerals;
import huibao.model.BaseUnit;
import huibao.model.Span;
import huibao.text.Clauses;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Reads a number and what belongs to it at a position: Arabic or Chinese numerals with a unit
 * (1740万美元, 二十六个), a hedge inside (60余批次), a range (6至8亿元, 2-3个, *亿元（含）至*亿元),
 * a masked number (XX亿元), a bare 0 that a clause states (为0), and a bare number that may share
 * the next figure's unit.
 */
final class NumberReader {

    private static final String RANGE_SEPARATORS = "-－—~～至到";

    private final UnitTable units;
    private final FigureRules rules;
    private final FigureUnits unitsAt;
    private final FigureEndings endings;
    private final MaskedFigures masks;

    NumberReader(UnitTable units, FigureRules rules, FigureUnits unitsAt, FigureEndings endings, MaskedFigures masks) {
        this.units = units;
        this.rules = rules;
        this.unitsAt = unitsAt;
        this.endings = endings;
        this.masks = masks;
    }

    /**
     * The number that starts at {@code at}, or {@code null}. A figure that cannot be a fact is added
     * to {@code unreadable}, and also to {@code unlisted} when its number was read but its unit has
     * no place in the contract; spans are shifted by {@code base}.
     */
    ScanToken number(String s, int at, List<Span> unreadable, List<Span> unlisted, int base) {
        int runEnd = FigureChars.numeralEnd(s, at);
        if (runEnd == at) {
            return null;
        }
        String run = s.substring(at, runEnd);
        boolean chinese = !FigureChars.containsDigit(run);
        if (chinese && run.length() == 1 && !FigureChars.isChineseDigit(run.charAt(0)) && "十兩".indexOf(run.charAt(0)) < 0) {
            return null; // 千方百计, 万众一心, 队伍, 陆续, 收拾
        }
        int i = at;
        if (i > 1 && s.charAt(i - 1) == '.' && !chinese && (s.charAt(i - 2) == '%' || s.charAt(i - 2) == '％')) {
            return new ScanToken(null, null, i - 1, runEnd); // 92%.15: the misprinted decimals of the percent before
        }
        if (i > 1 && s.charAt(i - 1) == '.' && !chinese && !FigureChars.isDigit(s.charAt(i - 2))) {
            i--; // .5: a leading decimal point
        } else if (i == 1 && s.charAt(0) == '.' && !chinese) {
            i--;
        }
        int start = i;
        if (i > 0 && isSign(s.charAt(i - 1)) && (i < 2 || !FigureChars.isDigit(s.charAt(i - 2)))) {
            start = i - 1; // 增长-8.92%, 负3.5%
        }
        // a unit may begin inside the run's trailing multipliers: 1740万美元, 5450亿元, 百亿元
        FigureUnits.Prefix prefix = unitsAt.prefix(s, i, runEnd);
        int numEnd = prefix == null ? runEnd : prefix.at();
        Unit unit = prefix == null ? null : prefix.unit();
        int pos = numEnd;
        if (unit != null) {
            pos = numEnd + unit.written().length();
        }
        BigDecimal value = several(s, at) ? null : FigureChars.numeralValue(s.substring(i, numEnd), start != i);
        if (value == null) {
            int end = unit != null ? pos : runEnd;
            Unit after = unit != null ? unit : unitsAt.at(s, FigureChars.skipSpaces(s, runEnd));
            if (after != null) {
                unreadable.add(new Span(base + start, base + (unit != null ? end : FigureChars.skipSpaces(s, runEnd) + after.written().length())));
            }
            return new ScanToken(null, null, start, runEnd);
        }
        ScanToken t = withUnit(new Run(s, i, start, runEnd, numEnd, chinese), value, unit, pos);
        Span lost = t.figure() == null && t.bare() != null && !chinese ? unlistedUnit(s, start, runEnd) : null;
        if (lost != null) {
            Span shifted = lost.shift(base);
            unreadable.add(shifted); // 8.5公里, 13.5分: a figure the contract has no unit for is not lost
            unlisted.add(shifted);
            return new ScanToken(null, null, start, lost.end());
        }
        return t;
    }

    /**
     * The span of a number written with a unit that no unit kind of the contract holds (lengths, scores:
     * unlisted_unit of figure-rules.tsv), or {@code null}: not when the unit's characters open a noun
     * (分钟, 分别: unlisted_word), a clock time stands before the number (10时30分: clock_before) or a
     * capacity word does (年产3000米…生产线).
     */
    private Span unlistedUnit(String s, int start, int runEnd) {
        int q = FigureChars.skipSpaces(s, runEnd);
        String unit = rules.wordAt("unlisted_unit", s, q);
        if (unit == null || rules.wordAt("unlisted_word", s, q) != null || rules.wordBefore("clock_before", s, start) != null
                || rules.wordBefore("capacity_before", s, start) != null) {
            return null; // 年产3000米…生产线: a capacity in a project's name is no figure
        }
        return new Span(start, q + unit.length());
    }

    /**
     * 几十家, 数百万元: a numeral that opens with a unit after 几 or 数 ("several") has no number a
     * fact could carry; 总数, 人数 and the like are nouns, not "several".
     */
    private static boolean several(String s, int at) {
        if (at == 0 || (ChineseNumerals.MULTIPLIERS + "拾佰仟").indexOf(s.charAt(at)) < 0) {
            return false;
        }
        char before = s.charAt(at - 1);
        if (before == '几' || before == '幾') {
            return true;
        }
        return (before == '数' || before == '數') && (at < 2 || "总總人个個户戶次家项項件批场場位".indexOf(s.charAt(at - 2)) < 0);
    }

    /** A minus written before a number: 负, or a dash that is no range hyphen. */
    private static boolean isSign(char c) {
        return c == '-' || c == '－' || c == '−' || c == '负' || c == '負';
    }

    /** Closes the figure of a numeral run with its unit, read inside the run or after it, as a range or alone. */
    private ScanToken withUnit(Run r, BigDecimal value, Unit unit, int pos) {
        String s = r.s();
        int start = r.start();
        boolean chinese = r.chinese();
        boolean approx = false;
        if (unit == null) {
            int p = pos;
            String infix = rules.wordAt("approx_infix", s, p);
            int q = FigureChars.skipSpaces(s, infix == null ? p : p + infix.length());
            Unit u = unitsAt.at(s, q);
            if (u != null) {
                unit = u;
                approx = infix != null;
                pos = q + u.written().length();
            }
        }
        int sepAt = pos;
        if (unit != null && FigureRules.startsWith(s, pos, "（含）")) {
            sepAt = pos + 3;
        }
        if (sepAt < s.length() && RANGE_SEPARATORS.indexOf(s.charAt(sepAt)) >= 0 && (unit == null || sepAt > pos || s.charAt(sepAt) != '到')) {
            ScanToken range = range(r, value, unit, approx, pos, sepAt);
            if (range != null) {
                return range;
            }
        }
        if (unit == null) {
            return bare(r, value);
        }
        approx = approx || FigureChars.hasApproxDigit(s, r.i(), r.numEnd());
        Figure f = new Figure(new Span(start, pos), s.substring(start, pos), value, null, unit, approx, false,
                Figure.Kind.QUANTITY, false, chinese);
        return endings.close(s, f, pos);
    }

    /**
     * A range (6至8亿元, 2-3个, 5000万～1亿元, *亿元（含）至*亿元) whose separator stands at {@code sepAt},
     * or a period to skip (1-6月); {@code null} when what follows the separator makes no range.
     */
    private ScanToken range(Run r, BigDecimal value, Unit unit, boolean approx, int pos, int sepAt) {
        String s = r.s();
        int i = r.i();
        int start = r.start();
        int runEnd = r.runEnd();
        int numEnd = r.numEnd();
        boolean chinese = r.chinese();
        ScanToken upper = masks.rangeUpper(s, sepAt + 1);
        if (upper != null && (unit == null || upper.figure().unit() == null || upper.figure().unit().base() == unit.base())) {
            Figure u = upper.figure();
            Unit ru = u.unit() != null ? u.unit() : unit;
            BigDecimal low = value;
            if (unit == null && numEnd < runEnd) {
                low = null;
            }
            if (unit == null && ru != null) {
                low = scaleToUnit(s.substring(i, numEnd), start != i, ru);
            }
            boolean redacted = u.redacted() || low == null;
            Figure f = new Figure(new Span(start, upper.end()), s.substring(start, upper.end()),
                    redacted ? null : low, redacted ? null : u.value(), ru, approx || u.approx(), redacted,
                    Figure.Kind.QUANTITY, false, chinese);
            return endings.close(s, f, upper.end());
        }
        if (unit == null) {
            // 1-6月: a period, not a figure; skip both numbers
            int e = sepAt + 1;
            while (e < s.length() && (FigureChars.isDigit(s.charAt(e)) || FigureChars.isChineseDigit(s.charAt(e)))) {
                e++;
            }
            return new ScanToken(null, null, start, e);
        }
        return null;
    }

    /** A number without a unit: a zero that counts, nothing (not_before words), or a bare number that may take the next figure's unit. */
    private ScanToken bare(Run r, BigDecimal value) {
        String s = r.s();
        int start = r.start();
        int runEnd = r.runEnd();
        boolean chinese = r.chinese();
        Figure bare = new Figure(new Span(start, runEnd), s.substring(start, runEnd), value, null, null, false, false,
                Figure.Kind.QUANTITY, false, chinese);
        if (isZero(value) && zeroFigure(s, start, runEnd)) {
            return new ScanToken(new Figure(bare.span(), bare.text(), value, null, null, false, false, Figure.Kind.ZERO,
                    false, chinese), null, start, runEnd);
        }
        if (rules.wordAt("not_before", s, runEnd) != null) {
            return new ScanToken(null, null, start, runEnd);
        }
        return new ScanToken(null, bare, start, runEnd);
    }

    /**
     * A numeral run as read so far.
     *
     * @param s       the sentence
     * @param i       where the run's digits start
     * @param start   where the figure starts (before a minus sign)
     * @param runEnd  where the run ends
     * @param numEnd  where its number ends, before a unit that begins inside the run (1740万美元)
     * @param chinese whether the run holds no Arabic digit
     */
    private record Run(String s, int i, int start, int runEnd, int numEnd, boolean chinese) {
    }

    private BigDecimal scaleToUnit(String numeral, boolean negative, Unit unit) {
        BigDecimal v = FigureChars.numeralValue(numeral, negative);
        if (v == null) {
            return null;
        }
        int k = FigureUnits.firstTrailingMultiplier(numeral);
        if (k == numeral.length() || k == 0) {
            return v;
        }
        // 5000万～1亿元: the lower bound written in 万 becomes 0.5 in the upper bound's 亿元
        BigDecimal unitScale = unit.multiplier();
        Unit plain = units.get(unit.base() == BaseUnit.CNY ? "元" : unit.base() == BaseUnit.USD ? "美元" : "个");
        BigDecimal plainScale = plain == null ? BigDecimal.ONE : plain.multiplier();
        return v.multiply(plainScale).divide(unitScale, MathContext.DECIMAL64).stripTrailingZeros();
    }

    private boolean zeroFigure(String s, int start, int end) {
        if (rules.wordBefore("zero_before", s, start) == null) {
            return false;
        }
        return end >= s.length() || Clauses.CLAUSE_ENDS.indexOf(s.charAt(end)) >= 0 || s.charAt(end) == '.';
    }

    private static boolean isZero(BigDecimal v) {
        return v != null && v.signum() == 0;
    }
}
