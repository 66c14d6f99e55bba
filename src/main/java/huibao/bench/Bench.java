package huibao.bench;

import huibao.Huibao;
import huibao.IngestSummary;
import huibao.ReportHints;
import huibao.config.HuibaoConfig;
import huibao.export.json.FiguresJson;
import huibao.index.IndexStats;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code huibao bench}: generates an archive's worth of reports ({@link GeneratedReports}), then
 * ingests them twice on each thread count, (a) bare ({@link BareBaseline}) and (b) by huibao into a
 * fresh archive, and times searches on the last archive ({@link SearchLatency}). Before the timed
 * runs, both ingests read a few files untimed, so that the first timed run does not pay for class
 * loading and the dictionaries alone.
 */
public final class Bench {

    private Bench() {
    }

    /** Runs the benchmark, printing what it does to {@code out} as it goes. */
    public static BenchResults run(BenchOptions o, PrintWriter out) throws IOException {
        String when = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        GovReportParagraphs paragraphs = o.govReports() == null ? GovReportParagraphs.NONE
                : GovReportParagraphs.readIfPresent(o.govReports());
        GeneratedReports generator = GeneratedReports.load(o.root()).mixing(paragraphs);
        Path reports = o.dir().resolve("reports-" + o.reports() + (paragraphs.isEmpty() ? "" : "-govreports"));
        long t0 = System.nanoTime();
        generator.write(reports, o.reports());
        List<Path> files = files(reports);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        if (load >= Runtime.getRuntime().availableProcessors()) {
            out.printf(Locale.ROOT, "note: the machine is busy (load average %.1f on %d cores): timings will be low%n",
                    load, Runtime.getRuntime().availableProcessors());
        }
        out.printf(Locale.ROOT, "reports: %d files, %.1f MB, from %d templates%s, in %s (%.1f s to write or check)%n",
                files.size(), bytes / 1e6, generator.templates(), paragraphs.isEmpty() ? ""
                        : " mixed with " + paragraphs.size() + " paragraphs of " + o.govReports(),
                reports, (System.nanoTime() - t0) / 1e9);
        out.flush();

        Files.createDirectories(o.dir());
        Path work = Files.createTempDirectory(o.dir(), "runs-"); // a run of its own, whatever else runs in dir
        try {
            return measure(o, when, load, paragraphs, generator, files, bytes, work, out);
        } finally {
            delete(work);
        }
    }

    private static BenchResults measure(BenchOptions o, String when, double load, GovReportParagraphs paragraphs,
                                        GeneratedReports generator, List<Path> files, long bytes, Path work,
                                        PrintWriter out) throws IOException {
        int most = o.threads().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Path> warm = files.subList(0, Math.min(BenchOptions.WARM_UP_FILES, files.size()));
        BareBaseline.ingest(warm, work.resolve("warm-up-bare"), most);
        ingest(warm, work.resolve("warm-up-archive"), most);
        delete(work.resolve("warm-up-bare"));
        delete(work.resolve("warm-up-archive"));

        List<IngestRun> runs = new ArrayList<>();
        Path bare = null;
        Path archive = null;
        for (int threads : o.threads()) {
            bare = work.resolve("bare-" + threads + "t");
            archive = work.resolve("archive-" + threads + "t");
            List<IngestRun> bareRuns = new ArrayList<>();
            List<IngestRun> huibaoRuns = new ArrayList<>();
            for (int turn = 0; turn < o.repeat(); turn++) {
                // bare, huibao, then huibao, bare: a change in the machine's load over a pair falls on both
                boolean bareFirst = turn % 2 == 0;
                for (boolean bareNow : new boolean[] {bareFirst, !bareFirst}) {
                    IngestRun run = bareNow ? timeBare(files, bytes, bare, threads) : timeHuibao(files, bytes, archive, threads);
                    (bareNow ? bareRuns : huibaoRuns).add(run);
                    print(run, out);
                }
            }
            runs.add(IngestRun.total(bareRuns));
            runs.add(IngestRun.total(huibaoRuns));
        }

        SearchLatency latency;
        SearchLatency again;
        IndexStats stats;
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(archive))) {
            stats = huibao.stats();
            latency = SearchLatency.measure(huibao, generator, o.reports(), BenchOptions.WARM_UP_QUERIES, o.queries());
            again = SearchLatency.again(huibao, generator, o.reports(), o.queries());
        }
        return new BenchResults(when, Runtime.getRuntime().availableProcessors(), load, Runtime.getRuntime().maxMemory(),
                files.size(), bytes, paragraphs.size(), o.repeat(), runs, size(bare), size(archive), stats.reports(), stats.facts(),
                latency, again);
    }

    /** Writes the results file, making its folder. */
    public static void write(BenchResults results, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, FiguresJson.write(results.figures()), StandardCharsets.UTF_8);
    }

    /** Prints the results against those of an earlier results file. */
    public static void compare(BenchResults results, Path earlier, PrintWriter out) throws IOException {
        Map<String, Double> before = FiguresJson.numbers(Files.readString(earlier, StandardCharsets.UTF_8));
        Map<String, Double> now = FiguresJson.numbers(FiguresJson.write(results.figures()));
        out.println("against " + earlier + ":");
        BenchResults.compare(before, now, out);
    }

    /**
     * Runs {@code huibao bench args} again in a child JVM whose heap is limited to {@code heap}
     * ({@code -Xmx}, as {@code 1g}), on this JVM's class path, its output going where this one's
     * goes; returns its exit code.
     */
    public static int inChildJvm(String heap, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "huibao.cli.Main", "bench"));
        command.addAll(args);
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The bare baseline's ingest of {@code files} into a fresh index in {@code folder}, timed. */
    private static IngestRun timeBare(List<Path> files, long bytes, Path folder, int threads) throws IOException {
        return timed(IngestRun.BARE, threads, bytes, folder, () -> {
            int failed = BareBaseline.ingest(files, folder, threads);
            return new Counts(files.size(), files.size() - failed, 0, failed);
        });
    }

    /** huibao's full ingest of {@code files} into a fresh archive in {@code data}, timed. */
    private static IngestRun timeHuibao(List<Path> files, long bytes, Path data, int threads) throws IOException {
        return timed(IngestRun.HUIBAO, threads, bytes, data, () -> {
            IngestSummary summary = ingest(files, data, threads);
            return new Counts(summary.filesRead(), summary.reports(), summary.facts(), summary.failures().size());
        });
    }

    /** What one ingest read and wrote. */
    private record Counts(int files, int reports, long facts, int failures) {
    }

    /** One ingest into {@code folder}, emptied first, with its wall time, CPU time and peak heap. */
    private static IngestRun timed(String kind, int threads, long bytes, Path folder, IngestCall ingest) throws IOException {
        delete(folder);
        try (HeapPeak heap = HeapPeak.start()) {
            long start = System.nanoTime();
            long cpu = processCpuNanos();
            Counts c = ingest.run();
            double s = (System.nanoTime() - start) / 1e9;
            return new IngestRun(kind, threads, c.files(), bytes, s, (processCpuNanos() - cpu) / 1e9, heap.bytes(),
                    c.reports(), c.facts(), c.failures());
        }
    }

    private interface IngestCall {
        Counts run() throws IOException;
    }

    /** huibao's full ingest of {@code files} into a fresh archive in {@code data}. */
    private static IngestSummary ingest(List<Path> files, Path data, int threads) throws IOException {
        try (Huibao huibao = Huibao.open(new HuibaoConfig(data, null, threads))) {
            return huibao.ingest(files, ReportHints.none(), outcome -> { }, false);
        }
    }

    /** CPU time of the whole process, JIT, GC and merges included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void print(IngestRun r, PrintWriter out) {
        out.printf(Locale.ROOT, "%-6s on %d thread(s): %d files in %.1f s, %.1f reports/s, %.2f MB/s, "
                        + "%.1f reports per CPU-second, peak heap %.0f MB%s%n",
                r.kind(), r.threads(), r.files(), r.seconds(), r.reportsPerSecond(), r.megabytesPerSecond(),
                r.reportsPerCpuSecond(),
                r.peakHeap() / 1e6, r.failures() == 0 ? "" : ", " + r.failures() + " failed");
        out.flush();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
