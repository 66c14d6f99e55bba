package huibao.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import huibao.catalog.IndicatorCatalog;
import huibao.config.Dictionaries;
import huibao.model.Fact;
import huibao.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table and the findings of the 澜州 reports as JSON, read back exactly. */
class JsonExportTest {

    static LanzhouReports lanzhou = new LanzhouReports();
    static byte[] bytes;
    static JsonNode json;

    @BeforeAll
    static void writeAndParse() throws IOException {
        bytes = write();
        ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
        json = mapper.readTree(bytes);
    }

    private static byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exports(IndicatorCatalog.load(Dictionaries.packaged())).json(lanzhou.table(), lanzhou.findings(), lanzhou.extractions(), out);
        return out.toByteArray();
    }

    @Test
    void listsTheColumnsWithTheirKeysAndUnits() {
        List<String> columns = new ArrayList<>();
        json.get("columns").forEach(c -> columns.add(c.get("key").asText() + " " + c.get("unit").asText()));
        assertEquals(List.of("fdi_actual/value 万美元", "fdi_actual/yoy %", "fdi_actual/completion %",
                "projects_signed/value 个", "domestic_capital_actual/value 亿元"), columns);
        assertEquals("到位内资（亿元）", json.get("columns").get(4).get("heading").asText());
    }

    @Test
    void keepsEveryValueExactAndItsFactTraceable() {
        JsonNode luting = json.get("rows").get(1);
        assertEquals("鹭汀区", luting.get("label").asText());
        assertEquals("321702", luting.get("region_code").asText());
        JsonNode cell = luting.get("cells").get("domestic_capital_actual/value");
        assertEquals(new BigDecimal("12.35"), cell.get("value").decimalValue());
        assertEquals("亿元", cell.get("unit").asText());
        JsonNode fact = cell.get("fact");
        assertEquals("2024h1-luting.docx", fact.get("doc").asText());
        assertEquals(List.of(76, 83), List.of(fact.get("span").get(0).asInt(), fact.get("span").get(1).asInt()));
        assertEquals("12.35亿元", fact.get("text").asText());
        assertEquals(new BigDecimal("1235000000"), fact.get("base_value").decimalValue());
        assertEquals("全区到位内资12.35亿元。", fact.get("sentence").asText());
        assertEquals(new BigDecimal("16700"), json.get("rows").get(0).get("cells").get("fdi_actual/value").get("value")
                .decimalValue());
    }

    @Test
    void writesFlagsAndLeavesUnstatedCellsNull() {
        JsonNode fengzhu = json.get("rows").get(3).get("cells");
        List<String> flags = new ArrayList<>();
        fengzhu.get("fdi_actual/value").get("flags").forEach(f -> flags.add(f.get("kind").asText() + ":" + f.get("note").asText()));
        assertEquals(List.of("currency:HKD", "period:2024年1-5月"), flags);
        assertEquals("万港元", fengzhu.get("fdi_actual/value").get("unit").asText());
        assertTrue(fengzhu.get("domestic_capital_actual/value").isNull());
        JsonNode masked = json.get("rows").get(2).get("cells").get("fdi_actual/value");
        assertTrue(masked.get("value").isNull());
        assertEquals("**万美元", masked.get("display").asText());
        assertEquals("2024h1-compiled.txt#2", masked.get("fact").get("doc").asText());
        assertEquals(53, masked.get("fact").get("span").get(0).asInt());
    }

    @Test
    void totalsComparableCellsOnly() {
        JsonNode fdi = json.get("summaries").get("fdi_actual/value");
        assertEquals(new BigDecimal("1740"), fdi.get("total").decimalValue());
        assertEquals(1, fdi.get("comparable").asInt());
        assertEquals(2, fdi.get("cells").asInt());
        assertEquals("澜州市所辖 2024年1-6月", fdi.get("over").asText());
        assertTrue(json.get("summaries").get("fdi_actual/yoy").get("total").isNull());
    }

    @Test
    void listsFindingsInOrderWithTheirFactsAndTiesCellsToThem() {
        JsonNode findings = json.get("findings");
        assertEquals(8, findings.size());
        JsonNode first = findings.get(0);
        assertEquals("error", first.get("severity").asText());
        assertEquals("completion", first.get("kind").asText());
        assertEquals("完成率", Finding.Kind.valueOf(first.get("kind").asText().toUpperCase(java.util.Locale.ROOT)).label(),
                "the label is the kind's, as check --format jsonl leaves it to the reader");
        assertEquals("56.3%", first.get("stated").asText());
        assertEquals("52.19%", first.get("expected").asText());
        Fact rate = lanzhou.fact(lanzhou.city, "56.3%");
        JsonNode stated = first.get("facts").get(1);
        assertEquals(rate.span().start(), stated.get("span").get(0).asInt());
        assertEquals(rate.sentence(), stated.get("sentence").asText());
        JsonNode signed = json.get("rows").get(1).get("cells").get("projects_signed/value");
        List<String> kinds = new ArrayList<>();
        signed.get("findings").forEach(i -> kinds.add(findings.get(i.asInt()).get("kind").asText()));
        assertEquals(List.of("conflict", "parts_sum"), kinds);
        assertEquals("9个", signed.get("others").get(0).get("text").asText());
        assertTrue(findings.get(6).get("rounding_only").asBoolean());
    }

    @Test
    void describesTheReports() {
        JsonNode yunchuan = json.get("reports").get(2);
        assertEquals("2024h1-compiled.txt#2", yunchuan.get("doc").asText());
        assertEquals("2024h1-compiled.txt", yunchuan.get("file").asText());
        assertEquals("蕴川区上半年招商引资情况", yunchuan.get("title").asText());
        assertEquals(6, yunchuan.get("period").get("to_month").asInt());
        assertEquals(3, yunchuan.get("facts").asInt());
        assertEquals(2, yunchuan.get("redacted").asInt());
    }

    @Test
    void writesTheSameBytesEveryTime() throws IOException {
        assertArrayEquals(bytes, write());
    }
}
