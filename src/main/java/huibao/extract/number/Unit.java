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
 */
public record Unit(String written, BaseUnit base, BigDecimal multiplier, UnitKind kind) {

    public Unit {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(multiplier, "multiplier");
        Objects.requireNonNull(kind, "kind");
    }

    /** Converts a value in this unit to the base unit, exactly. */
    public BigDecimal toBase(BigDecimal value) {
        return value == null ? null : value.multiply(multiplier);
    }
}
