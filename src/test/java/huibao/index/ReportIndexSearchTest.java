package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.model.Period;
import huibao.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching the three district reports: ranking, snippets, filters and facets. */
class ReportIndexSearchTest {

    @TempDir
    static Path dataDir;
    static ReportIndex index;

    @BeforeAll
    static void indexDistrictReports() {
        index = ReportIndex.open(dataDir);
        DistrictReports.indexAll(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<String> docs(SearchResults results) {
        return results.hits().stream().map(ReportHit::doc).toList();
    }

    private static List<String> docs(String query) {
        return docs(index.search(SearchRequest.of(query)));
    }

    @Test
    void ranksTheReportNamingHaiyangchengFirstThoughSmartcnSplitsTheName() {
        // smartcn reads 海洋城 as 海洋/城, which 济南市 also has, apart
        assertEquals(List.of("gangcheng.txt", "jinan.txt"), docs("海洋城"));
    }

    @Test
    void findsJinleiFengdianAsOneNameNotAsFourCharacters() {
        // smartcn cuts 金雷风电 into 金/雷/风/电; 黄岛区 has 金, 风 and 电 but not the name
        assertEquals(List.of("gangcheng.txt"), docs("金雷风电"));
    }

    @Test
    void ranksTheNamedProjectAboveReportsThatOnlyShareAWord() {
        List<String> found = docs("金雷风电 OR 风电");
        assertEquals(List.of("gangcheng.txt", "huangdao.txt"), found);
    }

    @Test
    void marksTheMatchedNameInTheBestPassage() {
        ReportHit hit = index.search(SearchRequest.of("海洋城")).hits().get(0);
        Snippet best = hit.snippets().get(0);
        assertEquals("投资额16亿元的【海洋城】项目已完成土地摘牌，计划年底前开工建设。", best.render("【", "】"));
        assertEquals(best.text(), DistrictReports.GANGCHENG_TEXT.substring(best.location().start(),
                best.location().end()));
    }

    @Test
    void marksAPhraseAsOneStretchForHtml() {
        Snippet best = index.search(SearchRequest.of("金雷风电")).hits().get(0).snippets().get(0);
        assertEquals("我们多次召集有关部门和单位认真分析<mark>金雷风电</mark>海上风电智能装备项目情况，"
                + "研究制定支持政策，项目总投资约12亿元，目前设备已进场安装。", best.render("<mark>", "</mark>"));
    }

    @Test
    void showsUpToThreePassagesBestFirst() {
        ReportHit hit = index.search(SearchRequest.of("风电")).hits().stream()
                .filter(h -> h.doc().equals("gangcheng.txt")).findFirst().orElseThrow();
        assertEquals(1, hit.snippets().size());
        ReportHit huangdao = index.search(SearchRequest.of("项目 OR 风电")).hits().stream()
                .filter(h -> h.doc().equals("huangdao.txt")).findFirst().orElseThrow();
        assertEquals(List.of("2020年，全区新开工【项目】12个，实际到位市外资金86.4亿元，同比增长9.6%。",
                        "【风电】装备产业集聚发展，引进明阳【风电】、金风科技等【风电】装备龙头企业，海上【风电】产业链加快完善。"),
                huangdao.snippets().stream().map(s -> s.render("【", "】")).sorted().toList());
    }

    @Test
    void hitCarriesTitleRegionAndPeriod() {
        ReportHit hit = index.search(SearchRequest.of("海洋城")).hits().get(0);
        assertEquals("钢城区2021年1-10月招商引资工作情况汇报", hit.title());
        assertEquals(ReportFixture.GANGCHENG, hit.region());
        assertEquals(new Period(2021, 1, 10, "1-10月"), hit.period());
        assertTrue(hit.score() > 0);
    }

    @Test
    void cityFilterTakesInItsDistricts() {
        SearchResults inJinan = index.search(SearchRequest.of("").inRegion("370100"));
        assertEquals(List.of("gangcheng.txt", "jinan.txt"), docs(inJinan).stream().sorted().toList());
        assertEquals(List.of("huangdao.txt"), docs(index.search(SearchRequest.of("").inRegion("370200"))));
        assertEquals(List.of("gangcheng.txt"), docs(index.search(SearchRequest.of("").inRegion("370117"))));
        assertEquals(3, index.search(SearchRequest.of("").inRegion("370000")).totalHits());
    }

    @Test
    void regionPrefixTakesACodeOrTheNameOfAnIndexedRegion() {
        assertEquals(List.of("gangcheng.txt", "jinan.txt"), docs("region:济南市").stream().sorted().toList());
        assertEquals(List.of("gangcheng.txt"), docs("海洋城 region:370117"));
        assertEquals(List.of("huangdao.txt"), docs("region:黄岛区"));
        assertEquals(List.of(), docs("region:历城区"));
    }

    @Test
    void yearFilterAndPrefixSelectTheReportsOfThatYear() {
        assertEquals(List.of("huangdao.txt"), docs(index.search(SearchRequest.of("").inYear(2020))));
        assertEquals(List.of("gangcheng.txt", "jinan.txt"), docs("year:2021").stream().sorted().toList());
        assertEquals(3, index.search(SearchRequest.of("year:2019-2021")).totalHits());
        assertEquals(List.of("gangcheng.txt"), docs("风电 year:2021年"));
    }

    @Test
    void indicatorFilterSelectsReportsStatingThatIndicator() {
        assertEquals(List.of("huangdao.txt"),
                docs(index.search(SearchRequest.of("").withIndicator("projects_started"))));
        assertEquals(List.of("gangcheng.txt", "jinan.txt"), docs("indicator:fdi_actual").stream().sorted().toList());
        assertEquals(List.of("gangcheng.txt", "huangdao.txt"),
                docs("indicator:domestic_capital_actual").stream().sorted().toList());
    }

    @Test
    void projectAndOrgPrefixesSearchTheExtractedNames() {
        assertEquals(List.of("gangcheng.txt"), docs("project:金雷风电"));
        assertEquals(List.of("gangcheng.txt"), docs("org:金雷科技"));
        assertEquals(List.of("huangdao.txt"), docs("org:明阳风电"));
        Snippet s = index.search(SearchRequest.of("project:海洋城")).hits().get(0).snippets().get(0);
        assertEquals("投资额16亿元的【海洋城】项目已完成土地摘牌，计划年底前开工建设。", s.render("【", "】"));
    }

    @Test
    void booleanOperatorsCombineWordsAndPhrases() {
        assertEquals(List.of("jinan.txt"), docs("海洋 NOT 海洋城"));
        assertEquals(List.of("jinan.txt"), docs("海洋 -钢城区"));
        assertEquals(List.of("gangcheng.txt"), docs("海洋城 AND 金雷风电"));
        assertEquals(List.of("gangcheng.txt"), docs("\"海洋城项目\""));
        assertEquals(List.of("gangcheng.txt", "huangdao.txt"), docs("(金雷风电 OR 明阳风电) 风电").stream().sorted()
                .toList());
        assertEquals(List.of(), docs("海洋城 AND 明阳风电"));
        assertEquals(List.of("huangdao.txt"), docs("NOT 海洋"));
        assertEquals(List.of("gangcheng.txt", "huangdao.txt"), docs("\"海洋城\" OR NOT 海洋").stream().sorted().toList());
    }

    @Test
    void hitCarriesTheTypeItsTitleTellsAndItsDate() {
        ReportHit hit = index.search(SearchRequest.of("海洋城")).hits().get(0);
        assertEquals(List.of("汇报"), hit.types());
        assertEquals("2021年11月5日", hit.date());
    }

    @Test
    void typeFilterAndPrefixSelectReportsByTheirTitle() {
        assertEquals(List.of("huangdao.txt"), docs(index.search(SearchRequest.of("").ofType("通报"))));
        assertEquals(List.of("jinan.txt"), docs("type:总结"));
        assertEquals(List.of("huangdao.txt"), docs("风电 -type:汇报"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> index.search(SearchRequest.of("").ofType("公告")));
        assertEquals("there is no report type 公告; the types are 汇报 总结 通报 简报 报告 计划 讲话 情况", unknown.getMessage());
        QuerySyntaxException prefix = assertThrows(QuerySyntaxException.class,
                () -> index.search(SearchRequest.of("风电 type:公告")));
        assertEquals("cannot read the query \"风电 type:公告\": there is no report type 公告 (the types are 汇报 总结 通报 "
                + "简报 报告 计划 讲话 情况) (at column 4)", prefix.getMessage());
    }

    @Test
    void periodFilterMatchesTheMonthsAndTheYearWhenGiven() {
        assertEquals(List.of("jinan.txt"), docs(index.search(SearchRequest.of("").inPeriod(new Period(null, 1, 6, "上半年")))));
        assertEquals(List.of("gangcheng.txt"),
                docs(index.search(SearchRequest.of("项目").inPeriod(new Period(2021, 1, 10, "2021年1-10月")))));
        assertEquals(List.of(), docs(index.search(SearchRequest.of("").inPeriod(new Period(2020, 1, 6, "2020年上半年")))));
        assertEquals(List.of("huangdao.txt"), docs(index.search(SearchRequest.of("").inPeriod(new Period(2020, null, null,
                "2020年")))));
    }

    @Test
    void dateSortPutsTheNewestFirstAndAnUndatedReportAtItsPeriodsEnd() {
        // 钢城区 2021年11月5日, 济南市 二〇二一年七月, 黄岛区 undated: the end of 2020
        assertEquals(List.of("gangcheng.txt", "jinan.txt", "huangdao.txt"),
                docs(index.search(SearchRequest.of("").sortedBy(SearchSort.DATE))));
        SearchResults newest = index.search(SearchRequest.of("风电 OR 海洋").sortedBy(SearchSort.DATE));
        assertEquals(List.of("gangcheng.txt", "jinan.txt", "huangdao.txt"), docs(newest));
        assertTrue(newest.hits().stream().allMatch(h -> h.score() > 0), "hits sorted by date keep their relevance");
        assertEquals(List.of("gangcheng.txt", "huangdao.txt", "jinan.txt"), docs("风电 OR 海洋"),
                "by relevance the report with both words leads, then the one that speaks of 风电 most");
    }

    @Test
    void snippetCarriesTheFactsWhoseFiguresItHolds() {
        Snippet best = index.search(SearchRequest.of("海洋城")).hits().get(0).snippets().get(0);
        assertEquals(List.of("16亿元 projects_signed_investment value 海洋城项目"), best.facts().stream()
                .map(f -> f.text() + " " + f.indicator() + " " + f.measure().id() + " " + f.project()).toList());
        Snippet figures = index.search(SearchRequest.of("实际使用外资 region:钢城区")).hits().get(0).snippets().get(0);
        assertEquals(List.of("25个", "1740万美元", "32.8%", "86.5%"), figures.facts().stream().map(f -> f.text()).toList());
        for (var f : figures.facts()) {
            assertEquals(f.text(), DistrictReports.GANGCHENG_TEXT.substring(f.span().start(), f.span().end()));
        }
    }

    @Test
    void countsMatchingReportsByRegionYearAndIndicator() {
        FacetCounts all = index.search(SearchRequest.of("")).facets();
        assertEquals(List.of(new FacetCount("370100", "济南市", 1), new FacetCount("370117", "钢城区", 1),
                new FacetCount("370211", "黄岛区", 1)), all.regions());
        assertEquals(List.of(new FacetCount("2021", "2021", 2), new FacetCount("2020", "2020", 1)), all.years());
        assertEquals(2, FacetCounts.countOf(all.indicators(), "fdi_actual"));
        assertEquals(1, FacetCounts.countOf(all.indicators(), "projects_started"));
        assertEquals(List.of(new FacetCount("总结", "总结", 1), new FacetCount("汇报", "汇报", 1),
                new FacetCount("通报", "通报", 1)), all.types());
        FacetCounts windOnly = index.search(SearchRequest.of("风电")).facets();
        assertEquals(List.of(new FacetCount("2020", "2020", 1), new FacetCount("2021", "2021", 1)), windOnly.years());
        assertEquals(0, FacetCounts.countOf(windOnly.regions(), "370100"));
    }

    @Test
    void totalCountsAllMatchesBeyondTheLimit() {
        SearchResults r = index.search(SearchRequest.of("项目").withLimit(1));
        assertEquals(1, r.hits().size());
        assertEquals(3, r.totalHits());
    }

    @Test
    void filterOnlySearchShowsEachReportsOpeningUnmarked() {
        ReportHit hit = index.search(SearchRequest.of("region:370211")).hits().get(0);
        String title = "黄岛区2020年招商引资工作情况通报";
        assertEquals(List.of(new Snippet(title, new Span(0, title.length()), List.of())), hit.snippets());
    }

    @Test
    void malformedQueryGivesATypedErrorQuotingTheQuery() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> index.search(SearchRequest.of("金雷 AND (")));
        assertEquals("cannot read the query \"金雷 AND (\": the bracket is never closed (at column 8)", e.getMessage());
        QuerySyntaxException year = assertThrows(QuerySyntaxException.class,
                () -> index.search(SearchRequest.of("风电 year:去年")));
        assertEquals("cannot read the query \"风电 year:去年\": year:去年 is not a year; write year:2021 or "
                + "year:2019-2021 (at column 4)", year.getMessage());
    }

    @Test
    void strayPunctuationDropsOutButAloneFindsNothing() {
        assertEquals(0, index.search(SearchRequest.of("，。")).totalHits());
        assertEquals(List.of("gangcheng.txt"), docs("金雷风电 、 海洋城"));
        assertEquals(List.of("jinan.txt"), docs("海洋 NOT ， NOT 海洋城"));
    }

    @Test
    void searchesFromSeveralThreadsAgree() throws Exception {
        SearchResults expected = index.search(SearchRequest.of("海洋城 OR 风电"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SearchResults>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> index.search(SearchRequest.of("海洋城 OR 风电"))));
            }
            for (Future<SearchResults> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
