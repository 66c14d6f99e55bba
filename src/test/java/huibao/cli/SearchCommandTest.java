package huibao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code huibao search} over the sample corpus: what it prints, its filters and its errors. */
class SearchCommandTest {

    @TempDir
    static Path tmp;
    static String data;

    private static Run run(String... args) {
        return Run.of(args);
    }

    private static Run search(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--data", data));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @BeforeAll
    static void ingestTheCorpus() {
        data = tmp.resolve("data").toString();
        assertEquals(0, run("ingest", "-q", "--data", data, "corpus").code());
    }

    @Test
    void eachHitShowsItsReportItsPassagesTheirFactsAndTheFacets() {
        Run r = search("恒屹结构件");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("1. 鹭汀区2024年上半年招商引资工作汇报  [鹭汀区 · 2024年1-6月 · 汇报 · 2024年7月8日]  corpus/2024h1-luting.pdf",
                lines.get(0));
        assertEquals("   【恒屹结构件】项目一期于6月中旬竣工投产，预计全年可实现产值8亿元。", lines.get(1));
        assertEquals("      · 8亿元  other/value (预计)", lines.get(2));
        // the other two reports of 鹭汀区 name 恒屹's 电池结构件 project: the words match apart
        assertTrue(lines.contains("3 of 3 matching report(s)"), r.out());
        assertTrue(lines.contains("regions:    鹭汀区 321702 (3)"), r.out());
        assertTrue(lines.contains("years:      2024 (2), 2023 (1)"), r.out());
        assertTrue(lines.contains("types:      总结 (1), 情况 (1), 汇报 (1)"), r.out());
        assertTrue(r.out().contains("indicators: "), r.out());
    }

    @Test
    void filtersByPeriodTypeAndRegionAndSortsByDate() {
        Run r = search("--period", "上半年", "--type", "汇报", "--region", "澜州市", "--sort", "date", "");
        assertEquals(0, r.code(), r.err());
        List<String> titles = r.out().lines().filter(l -> l.matches("\\d+\\. .*")).toList();
        assertEquals(7, titles.size(), r.out());
        assertTrue(titles.get(0).startsWith("1. 澜州经济技术开发区2024年上半年招商引资工作汇报"), r.out());
        assertTrue(titles.get(6).startsWith("7. 芦溆县2024年1-6月招商引资工作汇报  [芦溆县 · 2024年1-6月 · 汇报]"), r.out());
        Run may = search("--period", "2024年1-5月", "--sort", "date", "外资");
        assertEquals(List.of("1. 澜州经开区招商引资工作推进情况汇报", "2. 棠阜县1-5月份招商引资工作情况"),
                may.out().lines().filter(l -> l.matches("\\d+\\. .*")).map(l -> l.substring(0, l.indexOf("  ["))).toList());
    }

    @Test
    void jsonCarriesTheFactsOfEachSnippetTypesDatesAndFacets() throws Exception {
        Run r = search("--json", "海洋装备产业园");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode first = json.get("hits").get(0);
        assertEquals("corpus/2024q1-luting.txt", first.get("doc").asText());
        assertEquals("情况", first.get("types").get(0).asText());
        assertEquals("2024年4月8日", first.get("date").asText());
        JsonNode fact = first.get("snippets").get(0).get("facts").get(1);
        assertEquals("15至18亿元", fact.get("text").asText());
        assertEquals("projects_negotiating_investment", fact.get("indicator").asText());
        assertEquals("value", fact.get("measure").asText());
        assertEquals(15, fact.get("value").asInt());
        assertEquals(18, fact.get("value_max").asInt());
        assertTrue(fact.get("sentence").asText().contains("15至18亿元"), "a passage's fact is whole, as extract writes it");
        assertEquals(1800000000L, fact.get("base_value_max").asLong());
        JsonNode span = first.get("snippets").get(0).get("span");
        assertTrue(fact.get("span").get(0).asInt() >= span.get(0).asInt()
                && fact.get("span").get(1).asInt() <= span.get(1).asInt());
        assertEquals(List.of("情况", "汇报"), List.of(json.get("facets").get("type").get(0).get("value").asText(),
                json.get("facets").get("type").get(1).get("value").asText()));
        assertEquals(2, json.get("total").asInt());
        assertEquals(2, json.get("facets").get("year").get(0).get("count").asInt());
    }

    @Test
    void aQueryThatCannotBeReadIsOneLineAndExitsWithTwo() {
        assertOneLineUsageError(search("\"海洋科技城"),
                "huibao search: cannot read the query \"\"海洋科技城\": the quote is never closed (at column 1)");
        assertOneLineUsageError(search("海洋科技城", "OR"),
                "huibao search: cannot read the query \"海洋科技城 OR\": OR has nothing after it (at column 7)");
        assertOneLineUsageError(search("city:澜州市"), "huibao search: cannot read the query \"city:澜州市\": there is "
                + "no field city: (the fields are region: year: indicator: type: project: org:) (at column 1)");
    }

    @Test
    void aFilterValueThatMeansNothingIsOneLineAndExitsWithTwo() {
        assertOneLineUsageError(search("--period", "明年", "外资"),
                "huibao search: --period 明年 is not a period; write 1-6月, 上半年, 一季度, 2024年1-6月 or 2024年");
        assertOneLineUsageError(search("--type", "公告", "外资"),
                "huibao search: there is no report type 公告; the types are 汇报 总结 通报 简报 报告 计划 讲话 情况");
        assertOneLineUsageError(search("--sort", "newest", "外资"),
                "huibao search: there is no sort order newest; write relevance or date");
        assertOneLineUsageError(search("--region", "火星区", "外资"),
                "huibao search: no region called '火星区' in the dictionaries (regions.tsv and regions-*.tsv)");
    }

    private static void assertOneLineUsageError(Run r, String message) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(message, r.err().strip());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out());
    }
}
