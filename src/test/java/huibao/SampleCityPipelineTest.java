package huibao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.index.IndexStats;
import huibao.index.SearchRequest;
import huibao.ingest.InputFile;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Period;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on the sample city's reports ({@code corpus/}, set {@code sets/sample-city}),
 * scored against the set's gold, and one of its reports read as .txt, .docx and .pdf alike.
 */
class SampleCityPipelineTest {

    static final Path CORPUS = TestSets.CORPUS;
    static final Path GOLD = TestSets.SAMPLE_CITY.gold();
    static final Path FORMATS = Path.of("src", "test", "resources", "formats");

    @Test
    void ingestsEveryCorpusReportWithItsRegionAndPeriod(@TempDir Path data) throws Exception {
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            IngestSummary s = huibao.ingest(List.of(CORPUS), in -> ReportMetadataHints.none(), o -> { }, false);
            assertTrue(s.failures().isEmpty(), () -> s.failures().toString());
            IndexStats stats = huibao.stats();
            assertEquals(13, stats.files());
            assertEquals(15, stats.reports());
            List<Report> reports = huibao.reports();
            for (Report r : reports) {
                assertNotNull(r.region(), r.doc() + " has no resolved region");
                assertTrue(r.region().code().startsWith("3217"), r.doc() + " resolved to " + r.region());
            }
            assertEquals(goldReports(), reports.stream().map(r -> Path.of(r.doc()).getFileName() + " " + r.title() + " "
                    + r.regionName() + " " + r.period().normalized()).sorted().toList());
            List<Fact> facts = huibao.facts();
            System.out.println("Corpus scored against " + GOLD + ":");
            GoldScore.Totals t = GoldScore.load(GOLD).score(facts, System.out);
            assertTrue(t.f1() >= 0.95, "quantity F1 " + t.f1());
            assertTrue(t.attribution() >= 0.90, "attribution " + t.attribution());
            assertEquals(1.0, t.redactedRecall());
            assertTrue(huibao.search(SearchRequest.of("恒屹")).hits().size() >= 3);
        }
    }

    /** "file#n title region 2024年1-6月" for every report the corpus gold annotates. */
    static List<String> goldReports() throws java.io.IOException {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (var files = java.nio.file.Files.list(GOLD)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode g = json.readTree(p.toFile());
                JsonNode reports = g.get("reports");
                for (int i = 0; i < reports.size(); i++) {
                    JsonNode r = reports.get(i);
                    JsonNode period = r.get("period");
                    Period normalized = new Period(period.get("year").isNull() ? null : period.get("year").asInt(),
                            period.get("from_month").asInt(), period.get("to_month").asInt(), null);
                    String doc = g.get("file").asText() + (reports.size() > 1 ? "#" + (i + 1) : "");
                    out.add(doc + " " + r.get("title").asText() + " " + r.get("region").asText() + " "
                            + normalized.normalized());
                }
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void theArchiveGivesBackEveryFactAndEntityOfTheCorpusAsTheFilesGiveThem(@TempDir Path data) throws Exception {
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            IngestSummary s = huibao.ingest(List.of(CORPUS), in -> ReportMetadataHints.none(), o -> { }, false);
            assertTrue(s.failures().isEmpty(), () -> s.failures().toString());
            List<Fact> facts = new ArrayList<>();
            List<Entity> entities = new ArrayList<>();
            for (InputFile in : huibao.inputs(List.of(CORPUS))) {
                FileOutcome o = huibao.read(in, ReportMetadataHints.none());
                o.reports().forEach(r -> {
                    facts.addAll(r.facts());
                    entities.addAll(r.entities());
                });
            }
            Comparator<Fact> byPlace = Comparator.comparing(Fact::doc).thenComparing(f -> f.span().start())
                    .thenComparing(f -> f.span().end()).thenComparing(f -> f.measure().id());
            Comparator<Entity> entityPlace = Comparator.comparing(Entity::doc).thenComparing(e -> e.span().start())
                    .thenComparing(e -> e.span().end()).thenComparing(Entity::kind);
            assertTrue(facts.size() > 400 && entities.size() > 100, facts.size() + " facts, " + entities.size() + " entities");
            assertEquals(facts.stream().sorted(byPlace).toList(), huibao.facts().stream().sorted(byPlace).toList());
            assertEquals(entities.stream().sorted(entityPlace).toList(),
                    huibao.entities().stream().sorted(entityPlace).toList());
        }
    }

    @Test
    void theSameReportAsTxtDocxAndPdfGivesTheSameFacts(@TempDir Path data) throws Exception {
        Map<String, List<String>> byFormat = new TreeMap<>();
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            for (InputFile in : huibao.inputs(List.of(FORMATS))) {
                FileOutcome o = huibao.read(in, ReportMetadataHints.none());
                assertTrue(o.ok(), () -> o.failure().toString());
                List<String> facts = new ArrayList<>();
                for (ReportExtraction r : o.reports()) {
                    for (Fact f : r.facts()) {
                        facts.add(f.text().replace(" ", "") + " " + f.indicator() + " " + f.measure().id() + " "
                                + (f.baseValue() == null ? "XX" : f.baseValue().toPlainString()) + " " + f.baseUnit().id()
                                + " " + f.unit());
                    }
                    assertEquals("岚台区", r.report().regionName(), in.file());
                }
                byFormat.put(in.file().substring(in.file().lastIndexOf('.') + 1), facts);
            }
        }
        assertEquals(List.of("docx", "pdf", "txt"), List.copyOf(byFormat.keySet()));
        assertTrue(byFormat.get("txt").size() > 20);
        assertEquals(byFormat.get("txt"), byFormat.get("docx"));
        assertEquals(byFormat.get("txt"), byFormat.get("pdf"));
    }
}
