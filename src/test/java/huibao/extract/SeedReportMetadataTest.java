package huibao.extract;

import huibao.extract.metadata.ReportMetadataHints;
import huibao.extract.metadata.ReportMetadataReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.TestSets;
import huibao.config.Dictionaries;
import huibao.model.Period;
import huibao.model.Report;
import huibao.model.ReportSection;
import huibao.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real seed reports of ../shared/seeds against their gold annotations: region, region code,
 * region_masked and period of all ten reports. The compilation 001 is cut into its six reports by
 * the gold's line ranges. Skipped when ../shared is absent.
 */
class SeedReportMetadataTest {

    private static final Path SEEDS = TestSets.SEEDS;
    /** GB/T 2260 codes of the regions the gold names (the gold records names only). */
    private static final Map<String, String> CODES = Map.of("钢城区", "370117", "顺义区", "110113", "六安市", "341500");

    private static ReportMetadataReader reader;

    @BeforeAll
    static void load() {
        assumeTrue(Files.isDirectory(SEEDS.resolve("gold")), "../shared/seeds is not here");
        reader = ReportMetadataReader.load(Dictionaries.packaged());
    }

    private record Row(String doc, String expected, String got) {
    }

    @Test
    void readsRegionAndPeriodOfEverySeedReportAsTheGoldDoes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        try (DirectoryStream<Path> golds = Files.newDirectoryStream(SEEDS.resolve("gold"), "*.json")) {
            List<Path> sorted = new ArrayList<>();
            golds.forEach(sorted::add);
            sorted.sort(null);
            for (Path goldFile : sorted) {
                JsonNode gold = json.readTree(goldFile.toFile());
                String file = goldFile.getFileName().toString().replace(".json", ".txt");
                String text = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
                JsonNode reports = gold.get("reports");
                for (int i = 0; i < reports.size(); i++) {
                    JsonNode r = reports.get(i);
                    ReportSection section = new ReportSection(reports.size() == 1 ? 0 : i + 1, textOrNull(r.get("title")),
                            lines(text, r.get("lines").get(0).asInt(), r.get("lines").get(1).asInt()));
                    Report report = reader.read(file, section, text, ReportMetadataHints.none());
                    rows.add(new Row(report.doc(), expected(r), describe(report.regionName(), report.regionCode(),
                            report.regionMasked(), report.period())));
                }
            }
        }
        System.out.println(table(rows));
        assertEquals(10, rows.size());
        for (Row row : rows) {
            assertEquals(row.expected(), row.got(), row.doc());
        }
    }

    private static String expected(JsonNode r) {
        String region = textOrNull(r.get("region"));
        JsonNode p = r.get("period");
        Period period = new Period(intOrNull(p.get("year")), intOrNull(p.get("from_month")), intOrNull(p.get("to_month")),
                textOrNull(p.get("label")));
        return describe(region, region == null ? null : CODES.get(region), r.get("region_masked").asBoolean(), period);
    }

    private static String describe(String region, String code, boolean masked, Period p) {
        return String.format("%s %s %s %s %s-%s %s", region, code, masked ? "masked" : "-", p.year(), p.fromMonth(),
                p.toMonth(), p.label());
    }

    private static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder("doc | expected (region code masked year months label) | read\n");
        for (Row r : rows) {
            sb.append(r.doc()).append(" | ").append(r.expected()).append(" | ")
                    .append(Objects.equals(r.expected(), r.got()) ? "same" : r.got()).append('\n');
        }
        return sb.toString();
    }

    /** The span of 1-based lines {@code first}..{@code last}, without the last line's break. */
    private static Span lines(String text, int first, int last) {
        int start = 0;
        for (int n = 1; n < first; n++) {
            start = text.indexOf('\n', start) + 1;
        }
        int end = start;
        for (int n = first; n <= last && end >= 0; n++) {
            int nl = text.indexOf('\n', end);
            end = nl < 0 ? -1 : (n == last ? nl : nl + 1);
        }
        return new Span(start, end < 0 ? text.length() : end);
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Integer intOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }
}
