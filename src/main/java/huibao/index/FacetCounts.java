package huibao.index;

import java.util.List;

/**
 * Counts of the matching reports by facet, each list most frequent first (ties in value order).
 * A report with no resolved region, no year or no facts is simply not counted under that facet.
 *
 * @param regions    by reporting region
 * @param years      by year of the period covered
 * @param indicators by indicator of the facts the report states
 * @param types      by the report's types told by its title (a report may have two)
 */
public record FacetCounts(List<FacetCount> regions, List<FacetCount> years, List<FacetCount> indicators,
                          List<FacetCount> types) {

    public FacetCounts {
        regions = List.copyOf(regions);
        years = List.copyOf(years);
        indicators = List.copyOf(indicators);
        types = List.copyOf(types);
    }

    /** The count under a region code, year or indicator in {@code counts}, 0 when absent. */
    public static int countOf(List<FacetCount> counts, String value) {
        return counts.stream().filter(c -> c.value().equals(value)).mapToInt(FacetCount::count).findFirst().orElse(0);
    }
}
