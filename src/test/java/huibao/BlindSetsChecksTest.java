package huibao;

import huibao.TestSets.AnnotatedSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The checks over each of the four sets written and judged blind ({@link TestSets#BLIND}), against
 * the relations their annotators judged: nothing consistent may be flagged and no error may stand
 * outside the gold.
 */
class BlindSetsChecksTest {

    /**
     * Each set with how many of its inconsistent relations the checks find today; some need sums
     * across sentences or 序时进度 arithmetic the checks do not do.
     */
    static Stream<Arguments> blindSets() {
        return Stream.of(Arguments.of(TestSets.BLIND_CITY_TO_TOWN, 2),
                Arguments.of(TestSets.BLIND_BULLETINS_AND_SPEECH, 8),
                Arguments.of(TestSets.BLIND_CHAINS_AND_COMPILATION, 4),
                Arguments.of(TestSets.BLIND_STAGES_AND_CURRENCIES, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blindSets")
    void flagsNothingTheSetHoldsConsistent(AnnotatedSet set, int found, @TempDir Path data) throws Exception {
        System.out.println(set + " checks against its gold:");
        GoldChecks.Score s = GoldChecks.load(set.gold()).score(GoldChecks.findingsOf(set.reports(), data), System.out);
        assertEquals(List.of(), s.falseFlags());
        assertEquals(List.of(), s.unannotated());
        assertEquals(found, s.found(), "inconsistent relations found");
    }
}
