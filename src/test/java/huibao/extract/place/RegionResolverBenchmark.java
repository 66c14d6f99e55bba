package huibao.extract.place;

import huibao.config.Dictionaries;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prints how long the division table takes to load and how fast place names are found in the
 * State Council work reports of ../shared (1.1 M characters). Figures only; nothing is timed
 * against a limit. Skipped when ../shared is absent.
 */
class RegionResolverBenchmark {

    private static final Path REPORTS = Path.of("..", "shared", "data", "govreports", "national_gwr_1954_2025.jsonl");

    @Test
    void printsLoadTimeAndThroughput() throws IOException {
        assumeTrue(Files.isRegularFile(REPORTS), "../shared/data/govreports is not here");
        long t0 = System.nanoTime();
        RegionResolver regions = RegionResolver.load(Dictionaries.packaged());
        long firstLoad = System.nanoTime() - t0;
        t0 = System.nanoTime();
        RegionResolver.load(Dictionaries.packaged());
        long secondLoad = System.nanoTime() - t0;

        String text = Files.readString(REPORTS, StandardCharsets.UTF_8);
        int mentions = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            t0 = System.nanoTime();
            mentions = regions.findPlaces(text).size();
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("RegionResolver: %d divisions; load %.0f ms (first in this JVM), %.0f ms (again);"
                        + " findPlaces %.1f M chars/s over %,d chars, %,d mentions%n",
                regions.size(), firstLoad / 1e6, secondLoad / 1e6, text.length() / (best / 1e9) / 1e6,
                text.length(), mentions);
        assertTrue(mentions > 0, "the work reports name places");
    }
}
