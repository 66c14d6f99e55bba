package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The values a printed figure may stand for, in its base unit. A decimal stands for every value
 * that rounds to it (16.7 → [16.65, 16.75]); a whole number of money or things is taken as exact,
 * as reports write round targets and counts; a percent is always rounded (72% → [71.5, 72.5]).
 *
 * @param lo     smallest value
 * @param hi     largest value
 * @param point  the value as printed
 * @param places decimals printed
 */
record Bounds(BigDecimal lo, BigDecimal hi, BigDecimal point, int places) {

    static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An exact value. */
    static Bounds exact(BigDecimal v) {
        return new Bounds(v, v, v, Math.max(0, v.scale()));
    }

    /**
     * The bounds of {@code f}, or {@code null} when it cannot take part in arithmetic: masked,
     * hedged (约, 近, 以上) or a range.
     */
    static Bounds of(Fact f) {
        if (f.redacted() || f.approx() || f.isRange() || f.value() == null || f.baseValue() == null) {
            return null;
        }
        BigDecimal v = f.value();
        int places = Math.max(0, v.scale());
        boolean rounded = places > 0 || isRate(f);
        if (!rounded) {
            return exact(f.baseValue());
        }
        BigDecimal scale = v.signum() == 0 ? BigDecimal.ONE : f.baseValue().divide(v, MC);
        BigDecimal half = HALF.movePointLeft(places).multiply(scale, MC).abs();
        return new Bounds(f.baseValue().subtract(half), f.baseValue().add(half), f.baseValue(), places);
    }

    /**
     * The bounds of an amount a rate was worked out from: as {@link #of}, but an amount printed whole in a
     * unit above the yuan (完成13亿元) may have been rounded from the figure the rate was computed on, so it
     * stands for half a unit either side.
     */
    static Bounds ofRateBasis(Fact f) {
        Bounds b = of(f);
        if (b == null || b.places > 0 || !f.baseUnit().isMoney() || f.value().signum() == 0) {
            return b;
        }
        BigDecimal unit = f.baseValue().divide(f.value(), MC);
        if (unit.compareTo(BigDecimal.ONE) <= 0) {
            return b;
        }
        BigDecimal half = HALF.multiply(unit, MC).abs();
        return new Bounds(f.baseValue().subtract(half), f.baseValue().add(half), f.baseValue(), 0);
    }

    private static boolean isRate(Fact f) {
        return f.baseUnit() == BaseUnit.PERCENT || f.baseUnit() == BaseUnit.PP
                || f.measure() == Measure.YOY || f.measure() == Measure.COMPLETION || f.measure() == Measure.SHARE;
    }

    /** Whether some value lies in both. */
    boolean overlaps(Bounds o) {
        return hi.compareTo(o.lo) >= 0 && lo.compareTo(o.hi) <= 0;
    }

    Bounds plus(Bounds o) {
        return new Bounds(lo.add(o.lo), hi.add(o.hi), point.add(o.point), Math.max(places, o.places));
    }

    Bounds minus(Bounds o) {
        return new Bounds(lo.subtract(o.hi), hi.subtract(o.lo), point.subtract(o.point), Math.max(places, o.places));
    }

    /** This over a positive {@code o}, times 100: a percentage. */
    Bounds percentOf(Bounds o) {
        if (o.lo.signum() <= 0) {
            return null;
        }
        BigDecimal a = lo.signum() >= 0 ? lo.divide(o.hi, MC) : lo.divide(o.lo, MC);
        BigDecimal b = hi.signum() >= 0 ? hi.divide(o.lo, MC) : hi.divide(o.hi, MC);
        return new Bounds(a.multiply(HUNDRED), b.multiply(HUNDRED), point.divide(o.point, MC).multiply(HUNDRED), 2);
    }

    /** The growth from {@code previous} to this, in percent. */
    Bounds growthFrom(Bounds previous) {
        Bounds ratio = percentOf(previous);
        return ratio == null ? null : new Bounds(ratio.lo.subtract(HUNDRED), ratio.hi.subtract(HUNDRED),
                ratio.point.subtract(HUNDRED), 2);
    }

    static Bounds sum(List<Bounds> parts) {
        Bounds s = exact(BigDecimal.ZERO);
        for (Bounds b : parts) {
            s = s.plus(b);
        }
        return s;
    }

    /**
     * The values a figure stands for when its last digit was cut off, not rounded (82% for 82.0 to
     * 82.99…%): from its printed value up to one unit of its last place, on the side away from zero.
     */
    Bounds truncatedFrom() {
        BigDecimal step = BigDecimal.ONE.movePointLeft(places);
        return point.signum() >= 0 ? new Bounds(point, point.add(step), point, places)
                : new Bounds(point.subtract(step), point, point, places);
    }

    /** Whether the point estimate, printed at {@code stated}'s precision, gives something else (percentages). */
    boolean pointPrintsOtherThan(Bounds stated) {
        return point.setScale(stated.places, RoundingMode.HALF_UP).compareTo(stated.point.setScale(stated.places,
                RoundingMode.HALF_UP)) != 0;
    }
}
