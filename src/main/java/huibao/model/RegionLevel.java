package huibao.model;

import java.util.Locale;

/** Administrative levels of GB/T 2260: province, prefecture-level city, county-level unit. */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY;

    /** Lower-case identifier used in dictionaries and outputs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads an identifier such as {@code county}. */
    public static RegionLevel of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
