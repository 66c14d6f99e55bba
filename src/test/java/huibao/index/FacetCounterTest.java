package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facets counted as reports come and go over several ingests, each its own segments. */
class FacetCounterTest {

    @TempDir
    Path dataDir;

    @Test
    void countsRegionsFirstSeenInALaterIngestAndDropsThoseNoLongerMatched() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            index.replace(ReportFixture.source(DistrictReports.GANGCHENG_FILE, DistrictReports.GANGCHENG_TEXT, "a1",
                    List.of(DistrictReports.gangcheng())), List.of(DistrictReports.gangcheng()));
            index.commit();
            assertEquals(List.of(new FacetCount("370117", "钢城区", 1)), regions(index, ""));

            // a second ingest: its segment brings two regions the first search never saw
            index.replace(ReportFixture.source(DistrictReports.JINAN_FILE, DistrictReports.JINAN_TEXT, "b2",
                    List.of(DistrictReports.jinan())), List.of(DistrictReports.jinan()));
            index.replace(ReportFixture.source(DistrictReports.HUANGDAO_FILE, DistrictReports.HUANGDAO_TEXT, "c3",
                    List.of(DistrictReports.huangdao())), List.of(DistrictReports.huangdao()));
            index.commit();
            assertEquals(List.of(new FacetCount("370100", "济南市", 1), new FacetCount("370117", "钢城区", 1),
                    new FacetCount("370211", "黄岛区", 1)), regions(index, ""));
            assertEquals(List.of(new FacetCount("370117", "钢城区", 1), new FacetCount("370211", "黄岛区", 1)),
                    regions(index, "风电"));

            // a file ingested again and one removed: a region with no report left is not listed
            index.replace(ReportFixture.source(DistrictReports.GANGCHENG_FILE, DistrictReports.GANGCHENG_TEXT, "a2",
                    List.of(DistrictReports.gangcheng())), List.of(DistrictReports.gangcheng()));
            index.remove(DistrictReports.HUANGDAO_FILE);
            index.commit();
            assertEquals(List.of(new FacetCount("370100", "济南市", 1), new FacetCount("370117", "钢城区", 1)),
                    regions(index, ""));
        }
    }

    @Test
    void countsEveryIndicatorOfAReportOnceAndListsEqualCountsInValueOrder() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            DistrictReports.indexAll(index);
            // 钢城 states four indicators (one of them only as XX), 济南 three, 黄岛 two: a report holds several
            assertEquals(List.of(new FacetCount("domestic_capital_actual", "domestic_capital_actual", 2),
                            new FacetCount("fdi_actual", "fdi_actual", 2),
                            new FacetCount("projects_signed", "projects_signed", 2),
                            new FacetCount("projects_signed_investment", "projects_signed_investment", 2),
                            new FacetCount("projects_started", "projects_started", 1)),
                    index.search(SearchRequest.of("")).facets().indicators());
            assertEquals(List.of(new FacetCount("fdi_actual", "fdi_actual", 2),
                            new FacetCount("projects_signed", "projects_signed", 2),
                            new FacetCount("projects_signed_investment", "projects_signed_investment", 2),
                            new FacetCount("domestic_capital_actual", "domestic_capital_actual", 1)),
                    index.search(SearchRequest.of("实际使用外资")).facets().indicators());
        }
    }

    @Test
    void countsASegmentMostlyMatchedFromItsTotalsLessTheReportsNotMatchedOrRemoved() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            DistrictReports.indexAll(index); // one segment of three reports
            // two of the three match: counted as the segment's totals less 济南's report
            assertEquals(List.of(new FacetCount("370117", "钢城区", 1), new FacetCount("370211", "黄岛区", 1)),
                    regions(index, "风电"));
            assertEquals(List.of(new FacetCount("fdi_actual", "fdi_actual", 2),
                            new FacetCount("projects_signed", "projects_signed", 2),
                            new FacetCount("projects_signed_investment", "projects_signed_investment", 2),
                            new FacetCount("domestic_capital_actual", "domestic_capital_actual", 1)),
                    index.search(SearchRequest.of("实际使用外资")).facets().indicators());

            // 黄岛's report removed: still in the segment, deleted, and not counted
            index.remove(DistrictReports.HUANGDAO_FILE);
            index.commit();
            assertEquals(List.of(new FacetCount("370100", "济南市", 1), new FacetCount("370117", "钢城区", 1)),
                    regions(index, ""));
            assertEquals(List.of(new FacetCount("370117", "钢城区", 1)), regions(index, "风电"));
        }
    }

    private static List<FacetCount> regions(ReportIndex index, String query) {
        return index.search(SearchRequest.of(query)).facets().regions();
    }
}
