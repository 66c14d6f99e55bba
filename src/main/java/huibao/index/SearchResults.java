package huibao.index;

import java.util.List;
import java.util.Objects;

/**
 * What a search found.
 *
 * @param hits      the best reports, best first, at most the request's limit
 * @param totalHits how many reports match in all
 * @param facets    counts of the matching reports by region, year and indicator
 */
public record SearchResults(List<ReportHit> hits, long totalHits, FacetCounts facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        Objects.requireNonNull(facets, "facets");
    }
}
