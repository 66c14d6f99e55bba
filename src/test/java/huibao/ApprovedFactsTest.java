package huibao;

import huibao.TestSets.AnnotatedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each annotated set's facts, as {@code huibao extract --format jsonl} prints them, against the
 * output approved for it ({@code approved-facts.jsonl} in the set's folder). A difference fails
 * with one line per changed, missing or new fact, so a single wrong fact shows in review.
 *
 * <p>An intended change is approved by rewriting the files:
 * {@code mvn -q -o test -Dtest=ApprovedFactsTest -Dhuibao.approve=true}, then reviewing the diff
 * of the approved files before committing them.
 *
 * <p>The seeds' approved facts hold none of the real reports' words besides the figures: their
 * sentence, scope, project and comparison are hashed. Their test is skipped where ../shared is absent.
 */
class ApprovedFactsTest {

    private static final boolean APPROVE = Boolean.getBoolean("huibao.approve");
    private static final int SHOWN = 200;

    static Stream<AnnotatedSet> annotatedSets() {
        return Stream.concat(Stream.of(TestSets.SAMPLE_CITY), TestSets.BLIND.stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annotatedSets")
    void extractsTheApprovedFactsOfTheSet(AnnotatedSet set) throws IOException {
        Path folder = set == TestSets.SAMPLE_CITY ? TestSets.CORPUS : set.reports();
        holdsToApproved(set, reportsIn(folder, false), false);
    }

    @Test
    void extractsTheApprovedFactsOfTheSeeds() throws IOException {
        assumeTrue(TestSets.seedsArePresent(), "../shared/seeds is absent; skipped");
        holdsToApproved(TestSets.SEED_SET, reportsIn(TestSets.SEEDS, true), true);
    }

    private static List<Path> reportsIn(Path folder, boolean textOnly) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !textOnly || p.toString().endsWith(".txt"))
                    .sorted().toList();
        }
    }

    private static void holdsToApproved(AnnotatedSet set, List<Path> reports, boolean withoutText) throws IOException {
        List<String> current = ApprovedFacts.approvedForm(ExtractedJsonl.of(reports), withoutText);
        assertTrue(current.size() > 100, set + ": only " + current.size() + " facts");
        Path file = set.approvedFacts();
        if (APPROVE) {
            Files.createDirectories(file.getParent());
            Files.write(file, current, StandardCharsets.UTF_8);
            System.out.println(set + ": approved " + current.size() + " facts in " + file);
            return;
        }
        if (!Files.isRegularFile(file)) {
            fail(set + " has no approved facts at " + file + "; approve them with "
                    + "mvn -q -o test -Dtest=ApprovedFactsTest -Dhuibao.approve=true");
        }
        List<String> differences = ApprovedFacts.differences(Files.readAllLines(file, StandardCharsets.UTF_8), current);
        if (!differences.isEmpty()) {
            List<String> shown = new ArrayList<>(differences.subList(0, Math.min(SHOWN, differences.size())));
            if (differences.size() > SHOWN) {
                shown.add("… and " + (differences.size() - SHOWN) + " more");
            }
            fail(set + ": " + differences.size() + " facts differ from " + file + " (an intended change is approved "
                    + "with mvn -q -o test -Dtest=ApprovedFactsTest -Dhuibao.approve=true)\n" + String.join("\n", shown));
        }
    }
}
