package huibao.extract.number;

import huibao.model.Span;
import huibao.model.UnitKind;

import java.math.BigDecimal;

/**
 * A figure found in a sentence before it is attributed: the number (or its mask), its unit and
 * the hedges written on it.
 *
 * @param span       offsets of {@link #text} in the cleaned text of the file
 * @param text       the figure as written, from the first character of the number or mask to the
 *                   end of the unit
 * @param value      the number as written, {@code null} when masked
 * @param valueMax   upper bound of a range, else {@code null}
 * @param unit       the unit, or {@code null} when none is written (a bare 0, a rank such as 第二)
 * @param approx     whether hedged (近, 约, 余, 多, 超, 以上)
 * @param redacted   whether the number is masked or left blank
 * @param kind       what sort of figure it is
 * @param threshold  whether it only bounds a size class (亿元以上项目) rather than stating a figure
 * @param chinese    whether the number is written in Chinese numerals (三个项目)
 */
public record Figure(Span span, String text, BigDecimal value, BigDecimal valueMax, Unit unit, boolean approx,
                     boolean redacted, Kind kind, boolean threshold, boolean chinese) {

    /** Sorts of figures the scanner tells apart. */
    public enum Kind {
        /** A number with a unit. */
        QUANTITY,
        /** 第N位, 第N: a position, kept only where a ranking cue stands before it. */
        RANK,
        /** A bare 0 or 零 (实际使用日韩资为0): its base unit comes from the indicator. */
        ZERO,
        /** 翻一番, 翻两番: growth told by doublings. */
        DOUBLING,
        /** 是去年同期的6倍: a ratio to last year's level, which is growth of (6 - 1) × 100%. */
        RATIO
    }

    /** Where the figure starts. */
    public int start() {
        return span.start();
    }

    /** Where the figure ends (exclusive). */
    public int end() {
        return span.end();
    }

    /** The kind of its unit, or {@code null} without one. */
    public UnitKind unitKind() {
        return unit == null ? null : unit.kind();
    }

    /** Whether it is an amount of money. */
    public boolean isMoney() {
        return unit != null && unit.kind() == UnitKind.MONEY;
    }

    /** Whether it counts things. */
    public boolean isCount() {
        return unit != null && unit.kind() == UnitKind.COUNT;
    }

    /** Whether it is a percentage. */
    public boolean isPercent() {
        return unit != null && unit.kind() == UnitKind.PERCENT;
    }

    Figure asThreshold() {
        return new Figure(span, text, value, valueMax, unit, approx, redacted, kind, true, chinese);
    }

    Figure withUnit(Unit u, Span newSpan, String newText) {
        return new Figure(newSpan, newText, value, valueMax, u, approx, redacted, kind, threshold, chinese);
    }

    Figure asRatio() {
        return new Figure(span, text, value, valueMax, unit.asRatio(), approx, redacted, Kind.RATIO, threshold, chinese);
    }

    Figure withApprox() {
        return new Figure(span, text, value, valueMax, unit, true, redacted, kind, threshold, chinese);
    }
}
