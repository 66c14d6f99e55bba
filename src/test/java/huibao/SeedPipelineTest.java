package huibao;

import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.index.ReportHit;
import huibao.index.SearchRequest;
import huibao.index.SearchResults;
import huibao.ingest.InputFile;
import huibao.model.Fact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole pipeline on the real seed reports of ../shared/seeds, scored against their hand
 * annotations. Skipped where ../shared is absent (a user's fresh clone).
 */
class SeedPipelineTest {

    static final Path SEEDS = TestSets.SEEDS;

    @BeforeAll
    static void seedsArePresent() {
        assumeTrue(Files.isDirectory(SEEDS.resolve("gold")), "../shared/seeds is absent; the seed tests are skipped");
    }

    @Test
    void readsTheSeedFiguresAsTheGoldAnnotatesThem(@TempDir Path data) throws Exception {
        List<Fact> facts = new ArrayList<>();
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            for (InputFile in : huibao.inputs(List.of(SEEDS))) {
                if (!in.file().endsWith(".txt")) {
                    continue;
                }
                FileOutcome outcome = huibao.read(in, ReportMetadataHints.none());
                assertTrue(outcome.ok(), () -> outcome.failure().toString());
                outcome.reports().forEach(r -> facts.addAll(r.facts()));
            }
        }
        System.out.println("Seeds scored against ../shared/seeds/gold:");
        GoldScore.Totals t = GoldScore.load(SEEDS.resolve("gold")).score(facts, System.out);
        assertTrue(t.f1() >= 0.95, "quantity F1 " + t.f1());
        assertTrue(t.attribution() >= 0.90, "attribution " + t.attribution());
        assertTrue(t.redactedRecall() >= 0.95, "redacted recall " + t.redactedRecall());
    }

    @Test
    void findsProperNounsThatWordSegmentationSplits(@TempDir Path data) throws Exception {
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            List<Path> reports;
            try (var files = Files.list(SEEDS)) {
                reports = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            IngestSummary s = huibao.ingest(reports, in -> ReportMetadataHints.none(), o -> { }, false);
            assertTrue(s.failures().isEmpty(), () -> s.failures().toString());
            assertFirstHit(huibao.search(SearchRequest.of("海洋城")), "004_f0e87a1efcb6eec1.txt", "海洋城");
            assertFirstHit(huibao.search(SearchRequest.of("金雷风电")), "002_f84649e7d7ec77ae.txt", "金雷风电");
        }
    }

    static void assertFirstHit(SearchResults results, String file, String term) {
        assertFalse(results.hits().isEmpty(), "no hit for " + term);
        ReportHit first = results.hits().get(0);
        assertTrue(first.doc().endsWith(file), term + " found " + first.doc() + " first");
        assertTrue(first.snippets().stream().anyMatch(s -> s.render("【", "】").contains("【" + term + "】")),
                () -> term + " is not highlighted in " + first.snippets());
        assertEquals(file, Path.of(first.file()).getFileName().toString());
    }
}
