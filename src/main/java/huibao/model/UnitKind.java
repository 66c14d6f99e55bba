package huibao.model;

import java.util.Locale;

/**
 * Sorts of figures, as units tell them apart: money, counts, percents, percentage points, ranks,
 * areas and multiples. An indicator's level is one of them ({@code kind} of {@code indicators.tsv}).
 */
public enum UnitKind {
    MONEY, COUNT, PERCENT, PP, RANK, AREA, MULTIPLE;

    /** The kind whose id ("money", "count") is {@code id}, case-insensitively. */
    public static UnitKind of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
