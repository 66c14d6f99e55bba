package huibao.extract.number;

import huibao.model.BaseUnit;
import huibao.model.UnitKind;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit as reports write it and how it converts to its base unit.
 *
 * @param written    the unit as written ("亿元", "个", "%")
 * @param base       the base unit it converts to
 * @param multiplier exact factor from the written unit to the base unit (亿元 -> 1e8)
 * @param kind       what sort of figure the unit makes
 * @param offset     exact amount added after multiplying: -100 for a ratio to last year read as
 *                   growth (是去年同期的6倍 = +500%), else zero
 */
public record Unit(String written, BaseUnit base, BigDecimal multiplier, UnitKind kind, BigDecimal offset) {

    public Unit {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(multiplier, "multiplier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(offset, "offset");
    }

    /** A unit that converts by its multiplier alone. */
    public Unit(String written, BaseUnit base, BigDecimal multiplier, UnitKind kind) {
        this(written, base, multiplier, kind, BigDecimal.ZERO);
    }

    /** Converts a value in this unit to the base unit, exactly. */
    public BigDecimal toBase(BigDecimal value) {
        return value == null ? null : value.multiply(multiplier).add(offset);
    }

    /** This unit read as a ratio to a level of 100 (倍 of last year's level: 6倍 = +500%). */
    Unit asRatio() {
        return new Unit(written, base, multiplier, kind, multiplier.negate());
    }
}
