package huibao.catalog;

import huibao.config.Dictionaries;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The multiplier prefixes of {@code unit-prefixes.tsv} (万 = 10000, 亿 = 100000000), read once for
 * the units extraction reads (1.2万家) and the size classes of scopes (亿元以上项目).
 */
public final class UnitPrefixes {

    /** The dictionary the prefixes are read from. */
    public static final String FILE = "unit-prefixes.tsv";

    private final Map<String, BigDecimal> multipliers;

    private UnitPrefixes(Map<String, BigDecimal> multipliers) {
        this.multipliers = multipliers;
    }

    /** Reads {@code unit-prefixes.tsv} of {@code dictionaries}. */
    public static UnitPrefixes load(Dictionaries dictionaries) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (Dictionaries.Table.Row row : dictionaries.table(FILE, "prefix", "multiplier").rows()) {
            try {
                m.put(row.get("prefix"), new BigDecimal(row.get("multiplier")));
            } catch (NumberFormatException e) {
                throw row.error("bad multiplier '" + row.get("multiplier") + "'");
            }
        }
        return new UnitPrefixes(Collections.unmodifiableMap(m));
    }

    /** Each prefix and its exact multiplier, in dictionary order. */
    public Map<String, BigDecimal> multipliers() {
        return multipliers;
    }
}
