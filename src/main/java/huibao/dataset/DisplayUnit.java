package huibao.dataset;

import huibao.model.BaseUnit;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The unit a column shows its values in: money in 亿元 or 万美元 as reports write it, other
 * figures in their base unit.
 *
 * @param label   the unit as printed in headers ("亿元", "万美元", "个")
 * @param base    the base unit of the column's facts
 * @param divisor base units per display unit
 */
public record DisplayUnit(String label, BaseUnit base, BigDecimal divisor) {

    /** The display unit reports use for figures of this base unit. */
    public static DisplayUnit of(BaseUnit base) {
        return switch (base) {
            case CNY -> new DisplayUnit("亿元", base, new BigDecimal("100000000"));
            case USD -> new DisplayUnit("万美元", base, new BigDecimal("10000"));
            case EUR -> new DisplayUnit("万欧元", base, new BigDecimal("10000"));
            case HKD -> new DisplayUnit("万港元", base, new BigDecimal("10000"));
            case JPY -> new DisplayUnit("万日元", base, new BigDecimal("10000"));
            case COUNT -> new DisplayUnit("个", base, BigDecimal.ONE);
            case PERCENT -> new DisplayUnit("%", base, BigDecimal.ONE);
            case PP -> new DisplayUnit("个百分点", base, BigDecimal.ONE);
            case RANK -> new DisplayUnit("位", base, BigDecimal.ONE);
            case MU -> new DisplayUnit("亩", base, BigDecimal.ONE);
            case M2 -> new DisplayUnit("平方米", base, BigDecimal.ONE);
        };
    }

    /** A base value in this unit, exactly. */
    public BigDecimal fromBase(BigDecimal baseValue) {
        if (baseValue == null) {
            return null;
        }
        BigDecimal v = baseValue.divide(divisor, MathContext.DECIMAL128).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
