package huibao.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.config.Dictionaries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Prints how many documents per second each ingest stage handles, over the seed reports and the
 * government work reports in {@code ../shared/data/govreports/*.jsonl}. Figures only; nothing is
 * asserted. Run from the project root:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=huibao.ingest.IngestBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * An argument names another shared folder.
 */
public final class IngestBenchmark {

    /** Each measurement runs for at least this much CPU time, after a warm-up of the same length. */
    private static final long MEASURE_NANOS = 3_000_000_000L;

    private record Doc(String name, String text, byte[] bytes) {
    }

    private interface Work {
        Object run(Doc doc) throws Exception;
    }

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        List<Doc> utf8 = corpus(shared, StandardCharsets.UTF_8);
        if (utf8.isEmpty()) {
            System.out.println("no texts under " + shared.toAbsolutePath() + "; nothing to measure");
            return;
        }
        List<Doc> gbk = corpus(shared, Charset.forName("GBK"));
        long chars = utf8.stream().mapToLong(d -> d.text.length()).sum();
        System.out.printf(Locale.ROOT, "%d texts, %.1f K characters on average, %d cores%n", utf8.size(),
                chars / 1000.0 / utf8.size(), Runtime.getRuntime().availableProcessors());

        DocumentParser parser = new DocumentParser(ReportReader.DEFAULT_WRITE_LIMIT);
        TextCleaner cleaner = new TextCleaner(BoilerplateRules.from(Dictionaries.packaged()),
                CleaningRules.from(Dictionaries.packaged()));
        CompilationSplitter splitter = new CompilationSplitter(CleaningRules.from(Dictionaries.packaged()));
        AutoDetectParser tika = new AutoDetectParser();

        measure("parse UTF-8 txt (detect type, decode)", utf8, d -> parser.parse(d.bytes, d.name));
        measure("parse GBK txt (detect type, decode)", gbk, d -> parser.parse(d.bytes, d.name));
        measure("  for reference: Tika TXTParser, UTF-8", utf8, d -> tikaText(tika, d));
        measure("clean", utf8, d -> cleaner.clean(d.text));
        measure("clean + split", utf8, d -> splitter.split(d.name, cleaner.clean(d.text).text()));
        List<Doc> seeds = utf8.stream().filter(d -> !d.name.startsWith("cn-")).toList();
        if (!seeds.isEmpty()) {
            System.out.printf(Locale.ROOT, "seeds alone: %d texts, %.1f K characters on average%n", seeds.size(),
                    seeds.stream().mapToLong(d -> d.text.length()).sum() / 1000.0 / seeds.size());
            measure("parse seeds (detect type, decode)", seeds, d -> parser.parse(d.bytes, d.name));
            measure("clean + split seeds", seeds, d -> splitter.split(d.name, cleaner.clean(d.text).text()));
        }
        measure("parse + clean + split, UTF-8 txt", utf8,
                d -> splitter.split(d.name, cleaner.clean(parser.parse(d.bytes, d.name).text()).text()));
        List<Doc> paged = List.of(fixture("paged-report.pdf"));
        measure("parse + clean + split, 2-page PDF", paged,
                d -> splitter.split(d.name, cleaner.clean(parser.parse(d.bytes, d.name).text()).text()));
        measure("parse + clean + split, .doc", List.of(fixture("report.doc")),
                d -> splitter.split(d.name, cleaner.clean(parser.parse(d.bytes, d.name).text()).text()));
    }

    /**
     * Runs {@code work} over {@code docs} repeatedly and prints documents per second of this
     * thread's CPU time (and of wall time, which other processes on the machine disturb).
     */
    private static void measure(String label, List<Doc> docs, Work work) throws Exception {
        run(docs, work, MEASURE_NANOS);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long n = run(docs, work, MEASURE_NANOS);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf(Locale.ROOT, "%-42s %9.0f docs/s CPU %9.0f docs/s wall%n", label, n / cpuSeconds,
                n / wallSeconds);
    }

    private static long run(List<Doc> docs, Work work, long cpuNanos) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + cpuNanos;
        long n = 0;
        Object sink = null;
        while (threads.getCurrentThreadCpuTime() < end) {
            for (Doc d : docs) {
                sink = work.run(d);
                n++;
            }
        }
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        return n;
    }

    private static Object tikaText(AutoDetectParser tika, Doc d) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, d.name);
        BodyContentHandler handler = new BodyContentHandler(-1);
        tika.parse(new java.io.ByteArrayInputStream(d.bytes), handler, metadata, new ParseContext());
        return handler.toString();
    }

    /** The seeds and the govreports texts, encoded in {@code charset} as .txt files would be. */
    private static List<Doc> corpus(Path shared, Charset charset) throws IOException {
        List<Doc> docs = new ArrayList<>();
        Path seeds = shared.resolve("seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    docs.add(doc(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8), charset));
                }
            }
        }
        Path reports = shared.resolve("data").resolve("govreports");
        if (Files.isDirectory(reports)) {
            ObjectMapper json = new ObjectMapper();
            try (Stream<Path> files = Files.list(reports)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                        var node = json.readTree(line);
                        docs.add(doc(node.get("id").asText() + ".txt", node.get("text").asText(), charset));
                    }
                }
            }
        }
        return docs;
    }

    private static Doc doc(String name, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.getBytes(charset));
        return new Doc(name, text, out.toByteArray());
    }

    private static Doc fixture(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(IngestBenchmark.class.getResource("/ingest/" + name).toURI()));
        return new Doc(name, "", bytes);
    }
}
