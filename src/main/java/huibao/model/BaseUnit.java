package huibao.model;

import java.util.Locale;

/**
 * The unit a figure is converted to so that figures compare: money by currency, counts,
 * percents, percentage points, ranks and areas. Currencies are never converted into each other.
 */
public enum BaseUnit {
    CNY, USD, EUR, HKD, JPY,
    COUNT, PERCENT, PP, RANK, MU, M2;

    /** The contract's identifier: {@code CNY}, {@code USD}, {@code count}, {@code percent} ... */
    public String id() {
        return isMoney() ? name() : name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is a currency. */
    public boolean isMoney() {
        return switch (this) {
            case CNY, USD, EUR, HKD, JPY -> true;
            default -> false;
        };
    }

    /** Reads a contract identifier, case-insensitively. */
    public static BaseUnit of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
