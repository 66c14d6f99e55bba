package huibao.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The untimed ingests before the timed runs. Each round reads {@link BenchOptions#WARM_UP_FILES}
 * files, bare and by huibao, on every thread asked for; rounds go on until one compiles for less than
 * {@link #SETTLED} of the first round's JIT time, or {@link #MAX_ROUNDS} have run. huibao has far
 * more hot code than Tika, smartcn and Lucene together: after one round of 1,000 files, the JIT
 * still compiled for 15.8 s during huibao's 48 s timed run on one thread, which so measured the
 * compiler as much as the ingest. The JIT never quite stops (rounds of ten 1,000-file rounds compiled
 * for 21.0, 9.7, 7.9, 6.7 … 2.8 s): what is waited for is the bulk of it.
 *
 * @param rounds         rounds run
 * @param filesPerRound  files each ingest read in a round
 * @param roundSeconds   each round's wall time
 * @param compileSeconds the JIT's compile time in each round; empty when the JVM does not tell it
 * @param settled        whether the last round compiled for less than {@link #SETTLED} of the first
 */
public record WarmUp(int rounds, int filesPerRound, List<Double> roundSeconds, List<Double> compileSeconds,
                     boolean settled) {

    /** A round that compiles for less than this share of the first round's JIT time runs compiled code. */
    static final double SETTLED = 1 / 3.0;
    /** Rounds at most, so that a JVM that never settles still reaches the timed runs. */
    static final int MAX_ROUNDS = 10;

    public WarmUp {
        roundSeconds = List.copyOf(roundSeconds);
        compileSeconds = List.copyOf(compileSeconds);
    }

    /** The rounds' wall time. */
    public double seconds() {
        return roundSeconds.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** One untimed round: reads a slice of the files bare and by huibao. */
    interface Round {
        void run(int round) throws IOException;
    }

    /** Runs {@code round} until the JIT has settled, or {@link #MAX_ROUNDS} times. */
    static WarmUp run(int filesPerRound, Round round) throws IOException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        return run(filesPerRound, round, timed ? jit::getTotalCompilationTime : null);
    }

    /**
     * Runs {@code round} until {@code compileMillis}, the JIT's total compile time so far, grows in a
     * round by less than {@link #SETTLED} of what it grew in the first, or {@link #MAX_ROUNDS} times;
     * once when there is no such clock ({@code null}).
     */
    static WarmUp run(int filesPerRound, Round round, LongSupplier compileMillis) throws IOException {
        List<Double> compile = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        int rounds = 0;
        boolean settled = false;
        while (rounds < MAX_ROUNDS && !settled) {
            long t0 = System.nanoTime();
            long c0 = compileMillis == null ? 0 : compileMillis.getAsLong();
            round.run(rounds);
            rounds++;
            seconds.add((System.nanoTime() - t0) / 1e9);
            if (compileMillis == null) {
                break; // nothing tells when the JIT is done: one round, as a fixed warm-up
            }
            compile.add((compileMillis.getAsLong() - c0) / 1e3);
            settled = rounds > 1 && compile.get(rounds - 1) < SETTLED * compile.get(0);
        }
        return new WarmUp(rounds, filesPerRound, seconds, compile, settled);
    }
}
