package huibao;

import huibao.TestSets.AnnotatedSet;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.InputFile;
import huibao.model.Fact;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures of each of the four sets written and annotated blind ({@link TestSets#BLIND}),
 * scored against the set's gold: quantity F1, attribution and redacted recall above their floors.
 */
class BlindSetsFactsTest {

    static List<AnnotatedSet> blindSets() {
        return TestSets.BLIND;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blindSets")
    void readsTheFiguresOfTheSetAsItsGoldAnnotatesThem(AnnotatedSet set, @TempDir Path data) throws Exception {
        List<Fact> facts = new ArrayList<>();
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            for (InputFile in : huibao.inputs(List.of(set.reports()))) {
                if (in.file().endsWith(".txt")) {
                    FileOutcome o = huibao.read(in, ReportMetadataHints.none());
                    assertTrue(o.ok(), () -> o.failure().toString());
                    o.reports().forEach(r -> facts.addAll(r.facts()));
                }
            }
        }
        System.out.println(set + " scored against its gold:");
        GoldScore.Totals t = GoldScore.load(set.gold()).score(facts, System.out);
        assertTrue(t.f1() >= 0.95, "quantity F1 " + t.f1());
        assertTrue(t.attribution() >= 0.90, "attribution " + t.attribution());
        assertTrue(t.redactedRecall() >= 0.95, "redacted recall " + t.redactedRecall());
    }
}
