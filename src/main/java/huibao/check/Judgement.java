package huibao.check;

import huibao.model.Fact;
import huibao.model.Finding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Turns a relation between figures into a finding: an error when no values the printed figures
 * stand for satisfy it, a note when it holds only because the figures are rounded, and a
 * confirmation otherwise.
 */
final class Judgement {

    private Judgement() {
    }

    /**
     * Judges {@code stated} against what the other figures imply.
     *
     * @param implied  the values the other facts allow for the stated figure, in its base unit
     * @param what     the relation in words, with its figures ("1740万美元 ÷ 1100万美元")
     */
    static Finding of(Finding.Kind kind, Fact stated, List<Fact> facts, Bounds implied, String what) {
        Bounds s = Bounds.of(stated);
        boolean holds = implied.overlaps(s);
        boolean percent = stated.baseUnit().id().equals("percent") || stated.baseUnit().id().equals("pp");
        boolean roundingOnly = holds && percent && implied.pointPrintsOtherThan(s);
        // 82% for 82.8%: a percentage cut off rather than rounded is a printing habit, worth a note only
        boolean truncated = !holds && percent && implied.overlaps(s.truncatedFrom());
        Finding.Severity severity = truncated ? Finding.Severity.INFO : !holds ? Finding.Severity.ERROR
                : roundingOnly ? Finding.Severity.INFO : Finding.Severity.OK;
        String expected = show(implied, stated);
        String message = what + " = " + expected + "，报告写 " + text(stated)
                + (truncated ? "：截去尾数后相符，四舍五入应为 " + figure(implied.point().divide(unit(stated), MathContext.DECIMAL64),
                Math.max(0, stated.value().scale())) + stated.unit()
                : !holds ? "：按印刷精度也对不上" : roundingOnly ? "：仅在计入四舍五入后相符" : "：相符");
        return new Finding(kind, severity, stated.doc(), stated.indicator(), facts, expected, text(stated),
                message, roundingOnly);
    }

    /**
     * Judges a growth rate. Reports often print, as 增长N倍, the multiple the level reached rather than
     * its growth (7家增加到110家，增长16倍: 110 is 15.7 times 7): where the growth reading fails and
     * that reading holds, the figure is a note, not an error.
     */
    static Finding ofGrowth(Fact rate, List<Fact> facts, Bounds implied, String what, CheckWords words) {
        Finding f = of(Finding.Kind.YOY, rate, facts, implied, what);
        if (f.severity() != Finding.Severity.ERROR || !words.multipleUnits.contains(rate.unit())) {
            return f;
        }
        Bounds multiple = implied.plus(Bounds.exact(Bounds.HUNDRED));
        if (!multiple.overlaps(Bounds.of(rate))) {
            return f;
        }
        return new Finding(Finding.Kind.YOY, Finding.Severity.INFO, rate.doc(), rate.indicator(), facts,
                show(implied, rate), text(rate), what + " = " + show(implied, rate) + "，报告写 " + text(rate)
                + "：按“为原来的" + text(rate) + "”理解相符，写作增长时应为 " + show(implied, rate), false);
    }

    /** The base units one unit of the stated figure holds. */
    private static BigDecimal unit(Fact stated) {
        return stated.value() == null || stated.value().signum() == 0 ? BigDecimal.ONE
                : stated.baseValue().divide(stated.value(), MathContext.DECIMAL64);
    }

    /** The implied value in the stated figure's unit: "158.18%（158.14%–158.23%）", "22.9亿元". */
    static String show(Bounds implied, Fact stated) {
        BigDecimal unit = stated.value() == null || stated.value().signum() == 0 ? BigDecimal.ONE
                : stated.baseValue().divide(stated.value(), MathContext.DECIMAL64);
        String u = stated.unit() == null ? "" : stated.unit();
        int places = Math.max(2, stated.value() == null ? 2 : stated.value().scale());
        String point = figure(implied.point().divide(unit, MathContext.DECIMAL64), places) + u;
        if (implied.lo().compareTo(implied.hi()) == 0) {
            return point;
        }
        return point + "（" + figure(implied.lo().divide(unit, MathContext.DECIMAL64), places) + "–"
                + figure(implied.hi().divide(unit, MathContext.DECIMAL64), places) + u + "）";
    }

    static String figure(BigDecimal v, int places) {
        BigDecimal r = v.setScale(places, RoundingMode.HALF_UP);
        String s = r.stripTrailingZeros().toPlainString();
        return s;
    }

    /** A figure as the report wrote it, for messages. */
    static String text(Fact f) {
        String t = f.text().strip();
        // a table cell (6215) takes its unit from the header: say it, so the two figures compare on sight
        return digitsOnly(t) && f.unit() != null && !f.unit().isBlank() ? t + f.unit() : t;
    }

    /** Whether {@code t} is plain digits, points and commas (6215, 1,740.5). */
    private static boolean digitsOnly(String t) {
        return !t.isEmpty() && t.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '.' || ch == ',');
    }
}
