package huibao.index;

import java.util.Objects;

/**
 * How many matching reports share one value of a facet.
 *
 * @param value the value filtered on: a region code, a year, an indicator id
 * @param label the value as shown: the region's name; the value itself for years and indicators
 * @param count the number of matching reports with this value
 */
public record FacetCount(String value, String label, int count) {

    public FacetCount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
