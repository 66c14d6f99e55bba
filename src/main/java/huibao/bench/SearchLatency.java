package huibao.bench;

import huibao.Huibao;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long searches take in process: each of a mix of {@link BenchmarkQueries} asked of the
 * archive one after another (ten hits with their passages and the facet counts each, as {@code
 * huibao search} asks), after a warm-up of others of the same mix.
 *
 * @param queries    how many were timed
 * @param meanHits   matches a search found, on average
 * @param p50        median latency, in milliseconds
 * @param p90        90th percentile, in milliseconds
 * @param p99        99th percentile, in milliseconds
 * @param max        the slowest, in milliseconds
 * @param kinds      the same by kind of search (word, phrase, region:, …), in the mix's order
 */
public record SearchLatency(int queries, double meanHits, double p50, double p90, double p99, double max,
                            List<Kind> kinds) {

    /** The latency of one kind of search. */
    public record Kind(String name, int queries, double p50, double p99, double max) {
    }

    /** Warms up on {@code warmUp} searches, then times {@code timed} others. */
    static SearchLatency measure(Huibao huibao, GeneratedReports reports, int count, int warmUp, int timed) {
        for (BenchmarkQueries.Search s : new BenchmarkQueries(reports, count, 1).next(warmUp)) {
            huibao.search(s.request());
        }
        return timed(huibao, reports, count, 2, timed);
    }

    /**
     * Times {@code timed} more searches, of another draw of the mix, after those {@link #measure} ran:
     * the same searches once the JIT has compiled more of the search path.
     */
    static SearchLatency again(Huibao huibao, GeneratedReports reports, int count, int timed) {
        return timed(huibao, reports, count, 3, timed);
    }

    private static SearchLatency timed(Huibao huibao, GeneratedReports reports, int count, int seed, int timed) {
        List<BenchmarkQueries.Search> searches = new BenchmarkQueries(reports, count, seed).next(timed);
        long[] nanos = new long[searches.size()];
        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        long hits = 0;
        for (int i = 0; i < searches.size(); i++) {
            long t0 = System.nanoTime();
            hits += huibao.search(searches.get(i).request()).totalHits();
            nanos[i] = System.nanoTime() - t0;
            byKind.computeIfAbsent(searches.get(i).kind(), k -> new ArrayList<>()).add(nanos[i]);
        }
        List<Kind> kinds = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            long[] k = list.stream().mapToLong(Long::longValue).sorted().toArray();
            kinds.add(new Kind(kind, k.length, ms(k, 50), ms(k, 99), k[k.length - 1] / 1e6));
        });
        Arrays.sort(nanos);
        return new SearchLatency(nanos.length, (double) hits / nanos.length, ms(nanos, 50), ms(nanos, 90),
                ms(nanos, 99), nanos[nanos.length - 1] / 1e6, kinds);
    }

    /** The {@code p}th percentile of sorted nanoseconds, in milliseconds (nearest rank). */
    static double ms(long[] sorted, int p) {
        int rank = (int) Math.ceil(sorted.length * p / 100.0);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
