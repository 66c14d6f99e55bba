package huibao.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bar's rate and time left: over the last half minute, so a slow start drops out of them. */
class RecentRateTest {

    private static final long S = 1_000_000_000L;

    @Test
    void unknownUntilAFileIsDoneThenOverTheRunWhileItIsYoungerThanTheWindow() {
        RecentRate rate = new RecentRate(100 * S);
        assertTrue(rate.perSecond(105 * S).isEmpty());
        assertEquals(Optional.empty(), rate.left(10, 105 * S));
        rate.done(20, 110 * S);
        assertEquals(2.0, rate.perSecond(110 * S).getAsDouble(), 1e-9);
        assertEquals(Optional.of(Duration.ofSeconds(40)), rate.left(80, 110 * S));
    }

    @Test
    void aSlowStartDropsOutOnceTheWindowHasPassedIt() {
        RecentRate rate = new RecentRate(0);
        rate.done(1, 20 * S); // dictionaries and the JIT: one file in the first 20 s
        for (int t = 21; t <= 80; t++) {
            rate.done(1 + 10L * (t - 20), t * S); // then 10 files a second
        }
        assertEquals(10.0, rate.perSecond(80 * S).getAsDouble(), 1e-9);
        assertEquals(Optional.of(Duration.ofSeconds(100)), rate.left(1000, 80 * S));
        // with no file done for 30 s, the rate falls by the time waited
        assertEquals(300.0 / 60, rate.perSecond(110 * S).getAsDouble(), 1e-9);
    }
}
