package huibao.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.catalog.IndicatorCatalog;
import huibao.config.Dictionaries;
import huibao.export.json.FactJson;
import huibao.export.json.FindingJson;
import huibao.export.json.ReportJson;
import huibao.export.json.SearchJson;
import huibao.index.FacetCounts;
import huibao.index.ReportHit;
import huibao.index.SearchResults;
import huibao.index.Snippet;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.ReportExtraction;
import huibao.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 9's rule: each kind of record is written as JSON by one method, so a fact, a finding or a
 * report has the same keys in the same order (and the same values) in every output that holds it:
 * {@code extract --format jsonl}, {@code extract --reports}, {@code check --format jsonl}, the
 * dataset's {@code .json} and {@code search --json}.
 */
class OneJsonShapePerRecordTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static LanzhouReports lanzhou = new LanzhouReports();
    static JsonNode dataset;

    @BeforeAll
    static void writeTheDataset() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exports(IndicatorCatalog.load(Dictionaries.packaged())).json(lanzhou.table(), lanzhou.findings(), lanzhou.extractions(), out);
        dataset = MAPPER.readTree(out.toByteArray());
    }

    @Test
    void aWholeFactIsTheSameInTheExtractLineTheDatasetAndASearchHit() throws IOException {
        Fact fact = lanzhou.fact(lanzhou.luting, "12.35亿元");
        JsonNode extracted = MAPPER.readTree(FactJson.line(fact));
        JsonNode cell = dataset.get("rows").get(1).get("cells").get("domestic_capital_actual/value").get("fact");
        JsonNode hit = searchHitOf(fact);

        List<String> contract = List.of("doc", "region", "region_code", "period", "indicator", "measure", "scope",
                "text", "value", "unit", "base_value", "base_unit", "approx", "project", "versus", "redacted",
                "sentence", "span", "value_max", "base_value_max", "id", "part_of", "links");
        assertEquals(contract, keys(extracted));
        assertEquals(contract, keys(cell));
        assertEquals(contract, keys(hit));
        assertEquals(extracted, cell);
        assertEquals(extracted, hit);
    }

    @Test
    void aFindingAndTheFactsItRestsOnAreTheSameInTheCheckLineAndTheDataset() throws IOException {
        List<String> references = List.of("id", "doc", "indicator", "measure", "text", "span", "sentence");
        JsonNode findings = dataset.get("findings");
        int compared = 0;
        for (JsonNode written : findings) {
            Finding f = findingAt(written);
            JsonNode line = MAPPER.readTree(FindingJson.line(f));
            assertEquals(keys(line), keys(written));
            assertEquals(line, written, "the dataset writes the finding as check --format jsonl does");
            for (JsonNode fact : written.get("facts")) {
                assertEquals(references, keys(fact));
                compared++;
            }
        }
        assertEquals(List.of("kind", "severity", "doc", "indicator", "stated", "expected", "rounding_only", "message",
                "facts"), keys(findings.get(0)));
        assertFalse(compared == 0, "some finding rests on facts");
    }

    @Test
    void aReportIsTheSameInTheExtractReportsLineAndTheDataset() throws IOException {
        List<ReportExtraction> extractions = lanzhou.extractions();
        for (int i = 0; i < extractions.size(); i++) {
            JsonNode line = MAPPER.readTree(ReportJson.line(extractions.get(i)));
            JsonNode written = dataset.get("reports").get(i);
            assertEquals(keys(line), keys(written));
            assertEquals(line, written);
        }
        assertEquals(List.of("doc", "file", "title", "issuer", "date", "region", "region_code", "region_mention",
                "region_masked", "level", "period", "range", "facts", "redacted", "entities"),
                keys(dataset.get("reports").get(0)));
    }

    /** The fact as {@code search --json} writes it under a passage that is its sentence. */
    private static JsonNode searchHitOf(Fact fact) throws IOException {
        int start = lanzhou.luting.sentenceStart(fact);
        Span sentence = new Span(start, start + fact.sentence().length());
        Snippet snippet = new Snippet(lanzhou.luting.slice(sentence), sentence, List.of(), List.of(fact));
        ReportHit hit = new ReportHit(lanzhou.luting.doc(), lanzhou.luting.file(), lanzhou.luting.title(),
                List.of("总结"), null, lanzhou.luting.region(), lanzhou.luting.period(), 1f, List.of(snippet));
        SearchResults results = new SearchResults(List.of(hit), 1,
                new FacetCounts(List.of(), List.of(), List.of(), List.of()));
        return MAPPER.readTree(SearchJson.of(results)).get("hits").get(0).get("snippets").get(0).get("facts").get(0);
    }

    /** The finding of the Lanzhou reports that the dataset wrote as {@code written}. */
    private static Finding findingAt(JsonNode written) {
        return lanzhou.findings().stream()
                .filter(f -> f.kind().id().equals(written.get("kind").asText())
                        && f.doc().equals(written.get("doc").asText())
                        && f.message().equals(written.get("message").asText()))
                .findFirst().orElseThrow();
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }
}
