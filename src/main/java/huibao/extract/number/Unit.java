package huibao.extract.number;

import huibao.model.BaseUnit;

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
public record Unit(String written, BaseUnit base, BigDecimal multiplier, Kind kind) {

    /** Sorts of figures, as units tell them apart. */
    public enum Kind {
        MONEY, COUNT, PERCENT, PP, RANK, AREA, MULTIPLE;

        /** The kind whose id is {@code id}. */
        public static Kind of(String id) {
            return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT));
        }

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

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
