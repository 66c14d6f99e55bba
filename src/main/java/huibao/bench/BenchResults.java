package huibao.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one {@code huibao bench} run measured: the generated files, each timed ingest, the sizes
 * on disk and the search latency; printed side by side and written as the results file.
 *
 * @param when             when the run started, ISO-8601
 * @param cores            the machine's cores as the JVM sees them
 * @param loadAverage      the system's load average when the run started (other work on the machine), or -1
 * @param maxHeap          the JVM's heap limit, in bytes
 * @param files            generated files, one report each
 * @param bytes            their size on disk
 * @param paragraphs       paragraphs of real reports they were mixed from (0 when none were)
 * @param repeat           timed ingests of each kind on each thread count
 * @param runs             the timed ingests, bare then huibao for each thread count, each the total of
 *                         its {@code repeat} runs
 * @param bareIndexBytes   the bare index's size on disk (of the last thread count)
 * @param archiveBytes     the archive's size on disk (of the last thread count)
 * @param archivedReports  reports in the archive
 * @param archivedFacts    facts in the archive
 * @param search           search latency on the archive, after a warm-up of {@link BenchOptions#WARM_UP_QUERIES}
 * @param searchAgain      the latency of as many searches more, run right after those of {@code search}: a process
 *                         that has searched for a while, its search path compiled further
 */
public record BenchResults(String when, int cores, double loadAverage, long maxHeap, int files, long bytes, int paragraphs,
                           int repeat, List<IngestRun> runs, long bareIndexBytes, long archiveBytes, int archivedReports,
                           int archivedFacts, SearchLatency search, SearchLatency searchAgain) {

    /** The run of {@code kind} on {@code threads}, if there was one. */
    public Optional<IngestRun> run(String kind, int threads) {
        return runs.stream().filter(r -> r.kind().equals(kind) && r.threads() == threads).findFirst();
    }

    /** The thread counts run, in order. */
    public List<Integer> threads() {
        return runs.stream().map(IngestRun::threads).distinct().toList();
    }

    /** huibao's reports/s over the bare baseline's on {@code threads}. */
    public double ratio(int threads) {
        return run(IngestRun.HUIBAO, threads).orElseThrow().reportsPerSecond()
                / run(IngestRun.BARE, threads).orElseThrow().reportsPerSecond();
    }

    /**
     * huibao's reports per CPU-second over the baseline's on {@code threads}: what each costs in
     * work, which other work on a shared machine disturbs less than the wall time.
     */
    public double cpuRatio(int threads) {
        return run(IngestRun.HUIBAO, threads).orElseThrow().reportsPerCpuSecond()
                / run(IngestRun.BARE, threads).orElseThrow().reportsPerCpuSecond();
    }

    /** How many times faster {@code kind} ran on the most threads than on the fewest. */
    public double scaling(String kind) {
        List<Integer> threads = threads();
        return run(kind, threads.get(threads.size() - 1)).orElseThrow().reportsPerSecond()
                / run(kind, threads.get(0)).orElseThrow().reportsPerSecond();
    }

    /** The archive's size over the bare index's. */
    public double sizeRatio() {
        return (double) archiveBytes / bareIndexBytes;
    }

    /** The figures as the results file holds them. */
    public Map<String, Object> figures() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("version", 1);
        f.put("when", when);
        f.put("machine", ordered("cores", cores, "loadAverage", round(loadAverage), "maxHeapMB", round(maxHeap / 1e6), "java",
                System.getProperty("java.version")));
        f.put("generated", ordered("files", files, "MB", round(bytes / 1e6), "govReportParagraphs", paragraphs));
        List<Map<String, Object>> r = new ArrayList<>();
        for (IngestRun run : runs) {
            r.add(ordered("name", run.name(), "kind", run.kind(), "threads", run.threads(), "files", run.files(),
                    "seconds", round(run.seconds()), "cpuSeconds", round(run.cpuSeconds()),
                    "reportsPerSecond", round(run.reportsPerSecond()), "reportsPerCpuSecond", round(run.reportsPerCpuSecond()),
                    "MBPerSecond", round(run.megabytesPerSecond()), "peakHeapMB", round(run.peakHeap() / 1e6),
                    "reports", run.reports(), "facts", run.facts(), "failures", run.failures()));
        }
        f.put("repeat", repeat);
        f.put("runs", r);
        List<Map<String, Object>> ratios = new ArrayList<>();
        for (int t : threads()) {
            ratios.add(ordered("name", t + "t", "threads", t, "huibaoOverBare", round(ratio(t)), "huibaoOverBareCpu",
                    round(cpuRatio(t))));
        }
        f.put("ratios", ratios);
        if (threads().size() > 1) {
            f.put("scaling", ordered("from", threads().get(0), "to", threads().get(threads().size() - 1),
                    "bare", round(scaling(IngestRun.BARE)), "huibao", round(scaling(IngestRun.HUIBAO))));
        }
        f.put("size", ordered("bareIndexMB", round(bareIndexBytes / 1e6), "archiveMB", round(archiveBytes / 1e6),
                "archiveOverBare", round(sizeRatio()), "archivedReports", archivedReports, "archivedFacts",
                archivedFacts));
        f.put("search", figures(search));
        f.put("searchAgain", figures(searchAgain));
        return f;
    }

    private static Map<String, Object> figures(SearchLatency search) {
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (SearchLatency.Kind k : search.kinds()) {
            kinds.add(ordered("name", k.name(), "queries", k.queries(), "p50Ms", round(k.p50()), "p99Ms",
                    round(k.p99()), "maxMs", round(k.max())));
        }
        return ordered("queries", search.queries(), "meanHits", round(search.meanHits()),
                "p50Ms", round(search.p50()), "p90Ms", round(search.p90()), "p99Ms", round(search.p99()),
                "maxMs", round(search.max()), "kinds", kinds);
    }

    /** The figures side by side, for the terminal. */
    public void print(PrintWriter out) {
        if (repeat > 1) {
            out.printf(Locale.ROOT, "each row adds up %d runs, bare and huibao taking turns to go first:%n", repeat);
        }
        out.printf(Locale.ROOT, "%-8s %7s %9s %10s %8s %13s %13s %9s %10s%n", "ingest", "threads", "seconds",
                "reports/s", "MB/s", "reports/CPU-s", "peak heap MB", "reports", "facts");
        for (IngestRun r : runs) {
            out.printf(Locale.ROOT, "%-8s %7d %9.1f %10.1f %8.2f %13.1f %13.0f %9d %10d%n", r.kind(), r.threads(),
                    r.seconds(), r.reportsPerSecond(), r.megabytesPerSecond(), r.reportsPerCpuSecond(),
                    r.peakHeap() / 1e6, r.reports(), r.facts());
        }
        for (int t : threads()) {
            out.printf(Locale.ROOT, "huibao / bare on %d thread(s): %.2f of the baseline's reports/s, %.2f of its "
                    + "reports per CPU-second%n", t, ratio(t), cpuRatio(t));
        }
        if (threads().size() > 1) {
            out.printf(Locale.ROOT, "scaling from %d to %d threads: bare %.2f×, huibao %.2f×%n", threads().get(0),
                    threads().get(threads().size() - 1), scaling(IngestRun.BARE), scaling(IngestRun.HUIBAO));
        }
        out.printf(Locale.ROOT, "on disk: bare index %.1f MB, archive %.1f MB (%.1f× the bare index) holding %d "
                + "reports, %d facts%n", bareIndexBytes / 1e6, archiveBytes / 1e6, sizeRatio(), archivedReports,
                archivedFacts);
        out.printf(Locale.ROOT, "search: %d searches in process after a warm-up (10 hits with passages and facets "
                        + "each, %.0f matches on average): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                search.queries(), search.meanHits(), search.p50(), search.p90(), search.p99(), search.max());
        for (SearchLatency.Kind k : search.kinds()) {
            out.printf(Locale.ROOT, "  %-16s %5d  p50 %7.2f ms  p99 %7.2f ms  max %7.1f ms%n", k.name(), k.queries(),
                    k.p50(), k.p99(), k.max());
        }
        out.printf(Locale.ROOT, "search again: %d other searches right after those: p50 %.2f ms, p90 %.2f ms, "
                        + "p99 %.2f ms, max %.1f ms%n", searchAgain.queries(), searchAgain.p50(), searchAgain.p90(),
                searchAgain.p99(), searchAgain.max());
        out.println("(timings on a shared machine are noisy: compare runs made alike, and several of them)");
    }

    /**
     * Prints each figure of {@code now} against the same figure of an earlier run, with the change
     * in percent; figures only one of them has are left out.
     */
    public static void compare(Map<String, Double> before, Map<String, Double> now, PrintWriter out) {
        out.printf(Locale.ROOT, "%-36s %12s %12s %9s%n", "figure", "before", "now", "change");
        now.forEach((path, value) -> {
            Double old = before.get(path);
            if (old == null || path.equals("version")) {
                return;
            }
            String change = old == 0 ? (value == 0 ? "0%" : "new") : String.format(Locale.ROOT, "%+.1f%%",
                    (value - old) / Math.abs(old) * 100);
            out.printf(Locale.ROOT, "%-36s %12s %12s %9s%n", path, number(old), number(value), change);
        });
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
