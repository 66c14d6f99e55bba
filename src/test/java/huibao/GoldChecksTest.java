package huibao;

import huibao.config.HuibaoConfig;
import huibao.extract.ReportMetadataHints;
import huibao.ingest.InputFile;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The checks against the relations the annotators judged: the seeds' gold (every inconsistent
 * one found, no consistent one flagged) and the annotated test sets, written and judged blind,
 * where nothing consistent may be flagged and no error may stand outside the gold.
 */
class GoldChecksTest {

    @Test
    void reproducesEveryCheckOfTheSeedsGold(@TempDir Path data) throws Exception {
        assumeTrue(Files.isDirectory(SeedsEndToEndTest.SEEDS.resolve("gold")), "../shared/seeds is absent; skipped");
        System.out.println("Seed checks against ../shared/seeds/gold:");
        GoldChecks.Score s = GoldChecks.load(SeedsEndToEndTest.SEEDS.resolve("gold"))
                .score(findings(SeedsEndToEndTest.SEEDS, data), System.out);
        assertEquals(List.of(), s.missed());
        assertEquals(List.of(), s.falseFlags());
        assertEquals(List.of(), s.unannotated());
    }

    @Test
    void flagsNothingTheSecondSetHoldsConsistent(@TempDir Path data) throws Exception {
        holdsTo(Path.of("src", "test", "resources", "second-corpus"), data, 2);
    }

    @Test
    void flagsNothingTheThirdSetHoldsConsistent(@TempDir Path data) throws Exception {
        holdsTo(Path.of("src", "test", "resources", "third-corpus"), data, 6);
    }

    @Test
    void flagsNothingTheFourthSetHoldsConsistent(@TempDir Path data) throws Exception {
        holdsTo(Path.of("src", "test", "resources", "fourth-corpus"), data, 4);
    }

    @Test
    void flagsNothingTheFifthSetHoldsConsistent(@TempDir Path data) throws Exception {
        holdsTo(Path.of("src", "test", "resources", "fifth-corpus"), data, 4);
    }

    /**
     * @param found how many of the set's inconsistent relations the checks find today; some need
     *              sums across sentences or 序时进度 arithmetic the checks do not do
     */
    private static void holdsTo(Path set, Path data, int found) throws Exception {
        System.out.println(set + " checks against its gold:");
        GoldChecks.Score s = GoldChecks.load(set.resolve("gold")).score(findings(set, data), System.out);
        assertEquals(List.of(), s.falseFlags());
        assertEquals(List.of(), s.unannotated());
        assertEquals(found, s.found(), "inconsistent relations found");
    }

    private static List<Finding> findings(Path folder, Path data) throws Exception {
        List<Report> reports = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            for (InputFile in : huibao.inputs(List.of(folder))) {
                if (!in.file().endsWith(".txt")) {
                    continue;
                }
                FileOutcome o = huibao.read(in, ReportMetadataHints.none());
                if (o.ok()) {
                    for (ReportExtraction r : o.reports()) {
                        reports.add(r.report());
                        facts.addAll(r.facts());
                    }
                }
            }
            return huibao.check(reports, facts);
        }
    }
}
