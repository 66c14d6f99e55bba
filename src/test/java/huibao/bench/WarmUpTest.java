package huibao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void roundsGoOnUntilOneCompilesForLessThanAThirdOfTheFirst() throws Exception {
        AtomicLong jit = new AtomicLong();
        long[] compiledInRound = {9_000, 4_000, 3_100, 2_900, 1_000};
        List<Integer> ran = new ArrayList<>();
        WarmUp w = WarmUp.run(1_000, round -> {
            ran.add(round);
            jit.addAndGet(compiledInRound[round]);
        }, jit::get);
        // 2,900 ms is under a third of the first round's 9,000
        assertEquals(List.of(0, 1, 2, 3), ran);
        assertTrue(w.settled(), w.toString());
        assertEquals(List.of(9.0, 4.0, 3.1, 2.9), w.compileSeconds());
        assertEquals(4, w.roundSeconds().size());
        assertEquals(w.roundSeconds().stream().mapToDouble(Double::doubleValue).sum(), w.seconds(), 1e-9);
    }

    @Test
    void aJitThatKeepsCompilingStillReachesTheTimedRunsAfterTheLastRound() throws Exception {
        AtomicLong jit = new AtomicLong();
        WarmUp w = WarmUp.run(1_000, round -> jit.addAndGet(5_000), jit::get);
        assertEquals(WarmUp.MAX_ROUNDS, w.rounds());
        assertFalse(w.settled(), w.toString());
    }

    @Test
    void withoutTheJitsClockOneRoundIsTheWarmUp() throws Exception {
        List<Integer> ran = new ArrayList<>();
        WarmUp w = WarmUp.run(1_000, ran::add, null);
        assertEquals(List.of(0), ran);
        assertFalse(w.settled());
        assertTrue(w.compileSeconds().isEmpty());
    }
}
