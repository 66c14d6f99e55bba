package huibao.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one {@code huibao bench} run measures.
 *
 * @param reports    how many reports to generate, {@code 0..reports-1}
 * @param dir        the folder the reports, the bare index and the archives are written to
 * @param threads    the thread counts to run both ingests on, in order (one and all cores by default)
 * @param repeat     timed ingests of each kind on each thread count, the two kinds taking turns to go
 *                   first (bare, huibao, huibao, bare …), so that a change in the machine's load over
 *                   a pair falls on both alike
 * @param queries    how many searches are timed, after a warm-up of {@link #WARM_UP_QUERIES}
 * @param root       the project's root, whose {@code corpus/} and {@code dictionaries/} the reports are made from
 * @param govReports the folder of real reports whose paragraphs are mixed in, or null for none
 */
public record BenchOptions(int reports, Path dir, List<Integer> threads, int repeat, int queries, Path root,
                           Path govReports) {

    /** Reports generated when none are asked for. */
    public static final int DEFAULT_REPORTS = 10_000;
    /** Searches timed when none are asked for. */
    public static final int DEFAULT_QUERIES = 1_000;
    /** Searches run before the timed ones, so that they run compiled code. */
    public static final int WARM_UP_QUERIES = 400;
    /**
     * Files each ingest reads once, untimed, before the timed runs: enough for the JIT to have compiled
     * the hot paths of extraction, as in a long ingest (three ingests of the same 2,000 reports in one
     * JVM took 52, 114 and 213 reports per CPU-second).
     */
    public static final int WARM_UP_FILES = 1_000;

    public BenchOptions {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(root, "root");
        if (reports < 1) {
            throw new IllegalArgumentException("--reports must be at least 1, was " + reports);
        }
        if (repeat < 1) {
            throw new IllegalArgumentException("--repeat must be at least 1, was " + repeat);
        }
        if (queries < 1) {
            throw new IllegalArgumentException("--queries must be at least 1, was " + queries);
        }
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("--threads must be counts of at least 1, was " + threads);
        }
        threads = List.copyOf(threads);
    }

    /** One thread, then every core (only one when the machine has one). */
    public static List<Integer> oneAndAllCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        return cores == 1 ? List.of(1) : List.of(1, cores);
    }
}
