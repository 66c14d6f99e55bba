package huibao.index;

import huibao.model.Period;
import java.util.Objects;

/**
 * A search of the archive: the analyst's query, optional filters and the order of the results.
 *
 * <p>The query reads as plain Chinese words and phrases ({@code 金雷风电 海上风电}), quoted phrases,
 * {@code AND}, {@code OR}, {@code NOT} (or a leading {@code -}), brackets, and the field prefixes
 * {@code region:} (a code or a name; a city takes in its districts), {@code year:} (2021 or
 * 2019-2021), {@code indicator:}, {@code type:} (汇报, 通报 ...), {@code project:} and {@code org:}.
 * Words side by side must all match. A blank query lists every report that passes the filters.
 *
 * @param query      the query as typed, possibly blank
 * @param limit      how many reports to return, 1 to {@value #MAX_LIMIT}
 * @param regionCode only reports of this region or of a region under it, or {@code null}
 * @param year       only reports of this year, or {@code null}
 * @param indicator  only reports holding a fact of this indicator ("fdi_actual"), or {@code null}
 * @param period     only reports covering these months, and this year when it has one (1-6月 takes
 *                   上半年 reports of any year), or {@code null}; its label does not matter
 * @param type       only reports of this type (汇报, 通报; see {@code report-types.tsv}), or {@code null}
 * @param sort       the order of the reports
 */
public record SearchRequest(String query, int limit, String regionCode, Integer year, String indicator,
                            Period period, String type, SearchSort sort) {

    /** The number of reports a search returns unless told otherwise. */
    public static final int DEFAULT_LIMIT = 10;
    /** The most reports one search returns. */
    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (regionCode != null && !regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("region code must have six digits: " + regionCode);
        }
        if (indicator != null && indicator.isBlank()) {
            indicator = null;
        }
        if (period != null && period.year() == null && period.fromMonth() == null && period.toMonth() == null) {
            throw new IllegalArgumentException("a period filter needs a year or months: " + period);
        }
        if (type != null) {
            type = type.isBlank() ? null : type.strip();
        }
    }

    /** A search by relevance with no period or type filter. */
    public SearchRequest(String query, int limit, String regionCode, Integer year, String indicator) {
        this(query, limit, regionCode, year, indicator, null, null, SearchSort.RELEVANCE);
    }

    /** A search for {@code query} with the default limit, by relevance and with no filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT, null, null, null);
    }

    /** The same search returning at most {@code n} reports. */
    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, n, regionCode, year, indicator, period, type, sort);
    }

    /** The same search within the region {@code code} and the regions under it. */
    public SearchRequest inRegion(String code) {
        return new SearchRequest(query, limit, code, year, indicator, period, type, sort);
    }

    /** The same search within the year {@code y}. */
    public SearchRequest inYear(Integer y) {
        return new SearchRequest(query, limit, regionCode, y, indicator, period, type, sort);
    }

    /** The same search among reports that state a figure for {@code id}. */
    public SearchRequest withIndicator(String id) {
        return new SearchRequest(query, limit, regionCode, year, id, period, type, sort);
    }

    /** The same search among reports covering {@code p}'s months (and its year, when it has one). */
    public SearchRequest inPeriod(Period p) {
        return new SearchRequest(query, limit, regionCode, year, indicator, p, type, sort);
    }

    /** The same search among reports of the type {@code t} (汇报, 通报 ...). */
    public SearchRequest ofType(String t) {
        return new SearchRequest(query, limit, regionCode, year, indicator, period, t, sort);
    }

    /** The same search in the order {@code s}. */
    public SearchRequest sortedBy(SearchSort s) {
        return new SearchRequest(query, limit, regionCode, year, indicator, period, type, s);
    }
}
