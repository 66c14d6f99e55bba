package huibao.index;

import huibao.Huibao;
import huibao.bench.GeneratedReports;
import huibao.IngestSummary;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Ingest beside its bare baseline, for profiling: Tika's plain parse plus a Lucene index of the text
 * with SmartChineseAnalyzer (one commit), then the full huibao ingest of the same files into a fresh
 * archive, each on the given thread counts. Prints reports/s and sizes; asserts nothing; timings on a
 * shared machine are noisy.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) huibao.index.IngestSpeed [files] [dir] [threads...]
 * </pre>
 */
public final class IngestSpeed {

    private IngestSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/speed-bench");
        String mode = args.length > 2 ? args[2] : "both";
        int[] threads = args.length > 3 ? Stream.of(args).skip(3).mapToInt(Integer::parseInt).toArray() : new int[] {1, 2};
        // -Dreports=FOLDER times the reports already there (as the bench's, with paragraphs of real reports)
        Path reports = System.getProperty("reports") != null ? Path.of(System.getProperty("reports"))
                : dir.resolve("reports-" + files);
        if (System.getProperty("reports") == null) {
            GeneratedReports.load(Path.of("")).write(reports, files);
        }
        List<Path> paths;
        try (Stream<Path> s = Files.walk(reports)) {
            paths = s.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        for (Path p : paths) {
            bytes += Files.size(p);
        }
        if (mode.equals("stages")) {
            stages(reports, dir, threads[0]);
            return;
        }
        for (int t : threads) {
            if (!mode.equals("full")) {
                Path out = Files.createTempDirectory(dir, "bare-");
                long cpu0 = cpuNanos();
                long t0 = System.nanoTime();
                bare(paths, out, t);
                double secs = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - cpu0) / 1e9;
                System.out.printf(Locale.ROOT, "bare %d thread(s): %d files in %.1f s, %.0f files/s, %.2f MB/s, "
                                + "process CPU %.1f s (%.0f files per CPU-second), index %.1f MB%n",
                        t, paths.size(), secs, paths.size() / secs, bytes / 1e6 / secs, cpu, paths.size() / cpu,
                        size(out) / 1e6);
            }
            if (!mode.equals("bare")) {
                Path data = Files.createTempDirectory(dir, "full-");
                long cpu0 = cpuNanos();
                long t0 = System.nanoTime();
                IngestSummary s;
                try (Huibao huibao = Huibao.open(new HuibaoConfig(data, null, t))) {
                    s = huibao.ingest(List.of(reports), in -> ReportMetadataHints.none(), o -> { }, false);
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - cpu0) / 1e9;
                System.out.printf(Locale.ROOT, "full %d thread(s): %d files (%d reports, %d facts) in %.1f s, %.0f files/s, "
                                + "%.2f MB/s, process CPU %.1f s (%.0f files per CPU-second), archive %.1f MB%n", t,
                        s.filesRead(), s.reports(), s.facts(), secs, s.filesRead() / secs, bytes / 1e6 / secs, cpu,
                        s.filesRead() / cpu, size(data.resolve(ReportIndex.FOLDER)) / 1e6);
            }
        }
    }

    private static void bare(List<Path> paths, Path out, int threads) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        try (SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
             IndexWriter w = new IndexWriter(FSDirectory.open(out), new IndexWriterConfig(analyzer))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger next = new AtomicInteger();
            for (int i = 0; i < threads; i++) {
                pool.submit(() -> {
                    for (int k; (k = next.getAndIncrement()) < paths.size(); ) {
                        Path p = paths.get(k);
                        BodyContentHandler h = new BodyContentHandler(-1);
                        Metadata m = new Metadata();
                        try (InputStream in = Files.newInputStream(p)) {
                            parser.parse(in, h, m, new ParseContext());
                            Document d = new Document();
                            d.add(new TextField("text", h.toString(), Field.Store.NO));
                            w.addDocument(d);
                        } catch (Exception e) {
                            throw new IllegalStateException(p + ": " + e, e);
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
            w.commit();
        }
    }

    /**
     * The CPU time of this thread reading (parse and extraction) and writing each file, over
     * {@code rounds} rounds, each with a fresh huibao (so no cache of a round before) in a JVM that the
     * rounds before warmed up: steadier on a shared machine than the wall time of a whole run.
     */
    private static void stages(Path reports, Path dir, int rounds) throws IOException {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            Path data = Files.createTempDirectory(dir, "stages-");
            long read = 0;
            long write = 0;
            int files = 0;
            try (Huibao huibao = Huibao.open(new HuibaoConfig(data, null, 1));
                 ReportIndex index = ReportIndex.openForIngest(data.resolve("x"), huibao.config().dictionaries())) {
                for (huibao.ingest.InputFile in : huibao.inputs(List.of(reports))) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    huibao.FileOutcome o = huibao.read(in, ReportMetadataHints.none());
                    long c1 = mx.getCurrentThreadCpuTime();
                    index.replace(o.source(), o.reports());
                    write += mx.getCurrentThreadCpuTime() - c1;
                    read += c1 - c0;
                    files++;
                }
                long c2 = mx.getCurrentThreadCpuTime();
                index.commit();
                write += mx.getCurrentThreadCpuTime() - c2;
            }
            System.out.printf(Locale.ROOT, "round %d: %d files, thread CPU reading %.1f s (%.0f files/s), writing %.1f s%n",
                    round, files, read / 1e9, files / (read / 1e9), write / 1e9);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
