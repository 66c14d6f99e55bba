package huibao.index;

import huibao.Huibao;
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
        Path reports = dir.resolve("reports-" + files);
        GeneratedReports.load(Path.of("")).write(reports, files);
        List<Path> paths;
        try (Stream<Path> s = Files.walk(reports)) {
            paths = s.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        for (Path p : paths) {
            bytes += Files.size(p);
        }
        for (int t : threads) {
            if (!mode.equals("full")) {
                Path out = Files.createTempDirectory(dir, "bare-");
                long t0 = System.nanoTime();
                bare(paths, out, t);
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "bare %d thread(s): %d files in %.1f s, %.0f files/s, %.2f MB/s, index %.1f MB%n",
                        t, paths.size(), secs, paths.size() / secs, bytes / 1e6 / secs, size(out) / 1e6);
            }
            if (!mode.equals("bare")) {
                Path data = Files.createTempDirectory(dir, "full-");
                long t0 = System.nanoTime();
                IngestSummary s;
                try (Huibao huibao = Huibao.open(new HuibaoConfig(data, null, t))) {
                    s = huibao.ingest(List.of(reports), in -> ReportMetadataHints.none(), o -> { }, false);
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "full %d thread(s): %d files (%d reports, %d facts) in %.1f s, %.0f files/s, "
                                + "%.2f MB/s, archive %.1f MB%n", t, s.filesRead(), s.reports(), s.facts(), secs,
                        s.filesRead() / secs, bytes / 1e6 / secs, size(data.resolve(ReportIndex.FOLDER)) / 1e6);
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

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
