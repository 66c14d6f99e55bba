package huibao;

import huibao.config.HuibaoConfig;
import huibao.extract.ReportMetadataHints;
import huibao.index.IndexStats;
import huibao.index.SearchRequest;
import huibao.ingest.InputFile;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pipeline on huibao's own sample corpus, scored against the corpus's annotations. */
class CorpusEndToEndTest {

    static final Path CORPUS = Path.of("corpus");
    static final Path GOLD = Path.of("src", "test", "resources", "corpus-gold");
    static final Path FORMATS = Path.of("src", "test", "resources", "formats");

    @Test
    void ingestsEveryCorpusReportWithItsRegionAndPeriod(@TempDir Path data) throws Exception {
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            IngestSummary s = huibao.ingest(List.of(CORPUS), in -> ReportMetadataHints.none(), o -> { }, false);
            assertTrue(s.failures().isEmpty(), () -> s.failures().toString());
            IndexStats stats = huibao.stats();
            assertEquals(12, stats.files());
            assertEquals(14, stats.reports());
            for (Report r : huibao.reports()) {
                assertNotNull(r.region(), r.doc() + " has no resolved region");
                assertTrue(r.region().code().startsWith("3217"), r.doc() + " resolved to " + r.region());
                assertNotNull(r.period().toMonth(), r.doc() + " has no period");
            }
            List<Fact> facts = huibao.facts();
            System.out.println("Corpus scored against src/test/resources/corpus-gold:");
            GoldScore.Totals t = GoldScore.load(GOLD).score(facts, System.out);
            assertTrue(t.f1() >= 0.95, "quantity F1 " + t.f1());
            assertTrue(t.attribution() >= 0.90, "attribution " + t.attribution());
            assertEquals(1.0, t.redactedRecall());
            assertTrue(huibao.search(SearchRequest.of("恒屹")).hits().size() >= 3);
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
