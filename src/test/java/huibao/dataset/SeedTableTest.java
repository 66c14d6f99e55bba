package huibao.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.Huibao;
import huibao.config.HuibaoConfig;
import huibao.model.Period;
import huibao.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The table of the real seed reports in ../shared/seeds, held to their hand annotations (gold):
 * each report's row names its region, or says it is masked, and covers its period. Skipped where
 * ../shared is absent.
 */
class SeedTableTest {

    static final Path SEEDS = Path.of("..", "shared", "seeds");

    @Test
    void theSeedsDatasetListsEachReportsRegionOrMaskedAndPeriod(@TempDir Path data) throws IOException {
        assumeTrue(Files.isDirectory(SEEDS.resolve("gold")), "../shared/seeds is absent; the seed table is not built");
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ExtractedReports read;
        Table table;
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            read = ExtractedReports.read(huibao, seeds);
            table = huibao.dataset(read.reports(), read.facts(), huibao.defaultDataset());
        }
        System.out.println("Rows of the seeds' table:");
        table.rows().forEach(r -> System.out.println("  " + r.label() + "  " + r.period().normalized() + "  " + r.docs()));

        ObjectMapper json = new ObjectMapper();
        int annotated = 0;
        for (Path seed : seeds) {
            JsonNode gold = json.readTree(SEEDS.resolve("gold").resolve(seed.getFileName().toString()
                    .replace(".txt", ".json")).toFile()).get("reports");
            for (int i = 0; i < gold.size(); i++) {
                String doc = seed.toString() + (gold.size() > 1 ? "#" + (i + 1) : "");
                Report report = read.reports().stream().filter(r -> r.doc().equals(doc)).findFirst()
                        .orElseThrow(() -> new AssertionError("no report " + doc));
                List<Row> rows = table.rows().stream().filter(r -> r.reports().contains(report)).toList();
                assertEquals(1, rows.size(), doc + " is in " + rows.size() + " rows");
                Row row = rows.get(0);
                JsonNode g = gold.get(i);
                assertEquals(expectedLabel(g, report), row.label(), doc);
                JsonNode p = g.get("period");
                Period period = new Period(p.get("year").isNull() ? null : p.get("year").asInt(),
                        p.get("from_month").asInt(), p.get("to_month").asInt(), null);
                assertTrue(period.sameSpanAs(row.period()), doc + ": " + row.period() + ", gold " + period);
                annotated++;
            }
        }
        assertEquals(read.reports().size(), annotated, "every report of the seeds is annotated");

        for (Column c : table.columns()) {
            for (Row r : table.rows()) {
                Cell cell = r.cell(c);
                if (cell == null) {
                    continue;
                }
                String where = r.label() + " " + c.key() + " " + cell.fact().text();
                assertTrue(cell.fact().baseUnit() == c.unit().base() || cell.has(CellFlag.Kind.CURRENCY), where);
                assertTrue(cell.fact().period().sameSpanAs(c.period()) || cell.has(CellFlag.Kind.PERIOD), where);
                assertEquals(cell.fact().baseUnit(), cell.unit().base(), where + ": shown in another currency");
            }
        }
    }

    /** The gold region's name; for a region the gold leaves out, "masked（XX市）" or the doc. */
    private static String expectedLabel(JsonNode gold, Report report) {
        if (!gold.get("region").isNull()) {
            return gold.get("region").asText();
        }
        if (gold.get("region_masked").asBoolean()) {
            return report.regionMention() == null ? "masked" : "masked（" + report.regionMention() + "）";
        }
        return "未注明（" + report.doc() + "）";
    }
}
