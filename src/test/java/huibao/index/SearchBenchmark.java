package huibao.index;

import huibao.FileOutcome;
import huibao.bench.BenchmarkQueries;
import huibao.bench.GeneratedReports;
import huibao.Huibao;
import huibao.IngestSummary;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.InputFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Search at scale: builds an archive of {@link GeneratedReports} (20,000 by default) through the
 * whole ingest pipeline, then times a mix of {@link BenchmarkQueries} in process after a warm-up,
 * and a few one-off {@code ./huibao search} runs from the shell, JVM start-up included. Prints
 * figures and asserts nothing. Run from the project root:
 *
 * <pre>
 * mvn -q -o package -DskipTests &amp;&amp; mvn -q -o test-compile
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) huibao.index.SearchBenchmark \
 *     [reports] [dir] [threads] [queries]
 * java -cp ... huibao.index.SearchBenchmark ingest [files] [threads] [dir]   # ingest alone, into a fresh archive
 * java -cp ... huibao.index.SearchBenchmark index [files] [dir]              # indexing alone, files read once
 * </pre>
 *
 * Defaults: 20000 reports, {@code target/scale-bench}, 2 ingest threads, 1200 timed searches. The
 * reports are written to {@code dir/reports} and the archive to {@code dir/data}; both are kept, so
 * a second run reuses them and goes straight to the searches (delete {@code dir/data} to time the
 * build again). {@code ingest} times a fresh ingest of the first {@code files} reports (default
 * 2000, one thread) alone, from {@code dir/reports-files} into a new folder under {@code dir};
 * {@code index} reads and extracts them once and then times only their writing into the archive. The
 * one-off searches run {@code ./huibao}, which builds the jar when it is stale.
 */
public final class SearchBenchmark {

    private static final int WARM_UP = 400;
    private static final List<String> ONE_OFF = List.of("招商引资", "\"实际使用外资\"", "新能源 region:济南市",
            "year:2020 开工", "project:华远");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("index")) {
            int files = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
            Path dir = Path.of(args.length > 2 ? args[2] : "target/scale-bench");
            indexOnly(generate(dir.resolve("reports-" + files), files), dir, 5);
            return;
        }
        if (args.length > 0 && args[0].equals("ingest")) {
            int files = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
            int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
            Path dir = Path.of(args.length > 3 ? args[3] : "target/scale-bench");
            Path reports = generate(dir.resolve("reports-" + files), files);
            Path data = Files.createTempDirectory(dir, "ingest-");
            build(reports, data, threads, files);
            return;
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/scale-bench");
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 1200;
        Path reports = generate(dir.resolve("reports"), count);
        Path data = dir.resolve("data");
        if (Files.exists(data.resolve(ReportIndex.FOLDER))) {
            System.out.println("reusing the archive in " + data + " (delete it to time the build again)");
        } else {
            build(reports, data, threads, count);
        }
        System.out.printf(Locale.ROOT, "archive: %.0f MB on disk%n", size(data.resolve(ReportIndex.FOLDER)) / 1e6);
        GeneratedReports generator = GeneratedReports.load(Path.of(""));
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            System.out.println("holds: " + huibao.stats());
            search(huibao, new BenchmarkQueries(generator, count, 1).next(WARM_UP), null);
            search(huibao, new BenchmarkQueries(generator, count, 2).next(queries), "timed");
        }
        oneOff(data);
    }

    private static Path generate(Path reports, int count) throws IOException {
        long t0 = System.nanoTime();
        GeneratedReports.load(Path.of("")).write(reports, count);
        System.out.printf(Locale.ROOT, "reports: %d in %s (%.1f s to generate or check)%n", count, reports,
                (System.nanoTime() - t0) / 1e9);
        return reports;
    }

    /** Ingests the reports as {@code huibao ingest} does, and prints the throughput. */
    private static void build(Path reports, Path data, int threads, int expected) throws IOException {
        long chars = 0;
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                chars += Files.readString(p).length();
            }
        }
        HuibaoConfig config = new HuibaoConfig(data, null, threads);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        IngestSummary s;
        try (Huibao huibao = Huibao.open(config)) {
            s = huibao.ingest(List.of(reports), in -> ReportMetadataHints.none(), o -> { }, false);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "ingest: %d files (%d expected), %d reports, %d facts, %d failed, %.1f M chars "
                        + "(%.0f chars a report) on %d thread(s): %.1f s, %.0f files/s, %.0f reports/s, "
                        + "%.2f M chars/s; "
                        + "process CPU %.1f s, %.0f reports per CPU-second%n",
                s.filesRead(), expected, s.reports(), s.facts(), s.failures().size(), chars / 1e6,
                (double) chars / Math.max(1, s.reports()), threads, secs, s.filesRead() / secs, s.reports() / secs,
                chars / 1e6 / secs, cpu, s.reports() / cpu);
        System.out.printf(Locale.ROOT, "archive: %.0f MB on disk%n", size(data.resolve(ReportIndex.FOLDER)) / 1e6);
    }

    /**
     * Indexing alone: the files are read and extracted once, then written into a fresh archive
     * {@code rounds} times on this thread; the first rounds warm the JIT up.
     */
    private static void indexOnly(Path reports, Path dir, int rounds) throws IOException {
        List<FileOutcome> read = new ArrayList<>();
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(Files.createTempDirectory(dir, "read-")))) {
            for (InputFile in : huibao.inputs(List.of(reports))) {
                FileOutcome o = huibao.read(in, ReportMetadataHints.none());
                if (o.ok()) {
                    read.add(o);
                }
            }
        }
        int count = read.stream().mapToInt(o -> o.reports().size()).sum();
        long facts = read.stream().mapToLong(FileOutcome::factCount).sum();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            try (ReportIndex index = ReportIndex.open(Files.createTempDirectory(dir, "index-"))) {
                read.forEach(o -> index.replace(o.source(), o.reports()));
                index.commit();
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "index round %d: %d reports with %d facts in %.2f s of CPU: %.0f reports "
                    + "per CPU-second%n", round, count, facts, cpu, count / cpu);
        }
    }

    /** Runs the searches one after another; with a label, prints their latency. */
    private static void search(Huibao huibao, List<BenchmarkQueries.Search> searches, String label) {
        long[] micros = new long[searches.size()];
        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        long hits = 0;
        for (int i = 0; i < searches.size(); i++) {
            BenchmarkQueries.Search s = searches.get(i);
            long t0 = System.nanoTime();
            hits += huibao.search(s.request()).totalHits();
            micros[i] = (System.nanoTime() - t0) / 1000;
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(micros[i]);
        }
        if (label == null) {
            return;
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %d searches (10 hits with snippets and facets each, %.0f matches on "
                        + "average): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f ms%n", label,
                sorted.length, (double) hits / sorted.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                sorted[sorted.length - 1] / 1e3, Arrays.stream(sorted).average().orElse(0) / 1e3);
        byKind.forEach((kind, list) -> {
            long[] k = list.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-16s %4d  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", kind, k.length,
                    pct(k, 50), pct(k, 99), k[k.length - 1] / 1e3);
        });
        Integer[] order = new Integer[micros.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong(i -> -micros[i]));
        for (int i = 0; i < Math.min(5, order.length); i++) {
            SearchRequest r = searches.get(order[i]).request();
            System.out.printf(Locale.ROOT, "  slow: %6.1f ms  %s%s%s%n", micros[order[i]] / 1e3, r.query(),
                    r.regionCode() == null ? "" : " --region " + r.regionCode(),
                    r.year() == null ? "" : " --year " + r.year());
        }
    }

    /** {@code ./huibao search} from the shell: a fresh JVM each time, as the analyst runs it. */
    private static void oneOff(Path data) throws IOException, InterruptedException {
        List<Double> seconds = new ArrayList<>();
        for (String q : ONE_OFF) {
            List<String> command = new ArrayList<>(List.of("./huibao", "search", "--data", data.toString()));
            command.addAll(Arrays.asList(q.split(" ")));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int code = p.waitFor();
            double s = (System.nanoTime() - t0) / 1e9;
            seconds.add(s);
            String[] lines = out.strip().split("\n");
            System.out.printf(Locale.ROOT, "one-off ./huibao search %-22s %.2f s (exit %d; %s)%n", q, s, code,
                    lines[lines.length - 1]);
        }
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "one-off searches: median %.2f s, max %.2f s wall, JVM start-up included%n",
                sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }

    private static double pct(long[] sortedMicros, int p) {
        return sortedMicros[Math.min(sortedMicros.length - 1, sortedMicros.length * p / 100)] / 1e3;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** CPU time of the whole process, JIT, GC and merges included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
