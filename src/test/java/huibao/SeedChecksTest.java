package huibao;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The checks over the real seed reports of ../shared/seeds against the relations their gold
 * judged: every inconsistent one found, no consistent one flagged. Skipped where ../shared is absent.
 */
class SeedChecksTest {

    @Test
    void reproducesEveryCheckOfTheSeedsGold(@TempDir Path data) throws Exception {
        assumeTrue(TestSets.seedsArePresent(), "../shared/seeds is absent; skipped");
        System.out.println("Seed checks against ../shared/seeds/gold:");
        GoldChecks.Score s = GoldChecks.load(TestSets.SEEDS.resolve("gold"))
                .score(GoldChecks.findingsOf(TestSets.SEEDS, data), System.out);
        assertEquals(List.of(), s.missed());
        assertEquals(List.of(), s.falseFlags());
        assertEquals(List.of(), s.unannotated());
    }
}
