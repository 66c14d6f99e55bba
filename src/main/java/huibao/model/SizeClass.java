package huibao.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The size class a scope part names (亿元以上, 5000万～1亿元), in the amount's base unit.
 *
 * @param lo the least amount counted, inclusive
 * @param hi the amount from which on none is counted, or {@code null} for no bound
 */
public record SizeClass(BigDecimal lo, BigDecimal hi) {

    public SizeClass {
        Objects.requireNonNull(lo, "lo");
    }

    /** Whether no amount lies in both classes. */
    public boolean apart(SizeClass o) {
        return hi != null && hi.compareTo(o.lo) <= 0 || o.hi != null && o.hi.compareTo(lo) <= 0;
    }
}
