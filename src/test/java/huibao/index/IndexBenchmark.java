package huibao.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.model.OffsetMap;
import huibao.model.Period;
import huibao.model.Region;
import huibao.model.RegionLevel;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.model.ReportSection;
import huibao.model.SourceText;
import huibao.model.Span;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Indexing throughput and search latency over real government work reports; prints figures and
 * asserts nothing. Not a test: run it by hand from the project root after {@code mvn test-compile},
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) huibao.index.IndexBenchmark [copies] [dataDir] [corpusDir] [threads]
 * java -cp ... huibao.index.IndexBenchmark search dataDir 金雷风电   # one cold search, as the CLI would run it
 * </pre>
 *
 * The corpus is every {@code *.jsonl} under {@code corpusDir} (default ../shared/data/govreports),
 * one JSON object per line with {@code text}, {@code title}, {@code region_code}, {@code year}; each
 * copy rotates the lines of each text so the copies are not identical. {@code threads} files are
 * analysed and written at once (default 1), as a multi-threaded ingest would.
 */
public final class IndexBenchmark {

    private static final List<String> QUERIES = List.of("海洋", "高质量发展", "\"新质生产力\"", "科技创新 AND 人工智能",
            "营商环境 NOT 疫情", "year:2026 对外开放", "region:110000", "招商引资 OR 外资", "金雷风电", "project:海洋城");
    private static final int ROUNDS = 30;

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("search")) {
            searchOnce(Path.of(args[1]), String.join(" ", Arrays.copyOfRange(args, 2, args.length)));
            return;
        }
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dataDir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("huibao-bench");
        Path corpus = args.length > 2 ? Path.of(args[2]) : Path.of("..", "shared", "data", "govreports");
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        List<JsonNode> texts = read(corpus);
        System.out.printf(Locale.ROOT, "corpus: %d texts, %d chars, %d copies, %d threads -> %s%n", texts.size(),
                texts.stream().mapToLong(t -> t.path("text").asText().length()).sum(), copies, threads, dataDir);
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            index(index, texts, copies, threads);
            search(index);
        }
    }

    private static void index(ReportIndex index, List<JsonNode> texts, int copies, int threads) {
        List<Runnable> jobs = new ArrayList<>();
        long chars = 0;
        for (int copy = 0; copy < copies; copy++) {
            for (JsonNode t : texts) {
                String file = "copy" + copy + "/" + t.path("id").asText() + ".txt";
                String text = rotate(t.path("text").asText(), copy);
                SourceText source = new SourceText(file, Integer.toHexString(text.hashCode()), "text/plain", text,
                        OffsetMap.identity(), List.of(new ReportSection(0, null, new Span(0, text.length()))), List.of());
                jobs.add(() -> index.replace(source, List.of(report(file, t, text))));
                chars += text.length();
            }
        }
        int reports = jobs.size();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<?> f : jobs.stream().map(pool::submit).toList()) {
                f.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("indexing failed", e);
        } finally {
            pool.shutdown();
        }
        long written = System.nanoTime();
        index.commit();
        long committed = System.nanoTime();
        double secs = (committed - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "indexed %d reports (%.1f M chars) in %.1f s (commit %.1f s): %.1f reports/s, "
                + "%.2f M chars/s; process CPU %.1f s, %.2f M chars per CPU-second%n", reports, chars / 1e6, secs,
                (committed - written) / 1e9, reports / secs, chars / 1e6 / secs, cpu, chars / 1e6 / cpu);
        System.out.println("stats: " + index.stats());
    }

    private static void search(ReportIndex index) {
        for (String q : QUERIES) {
            index.search(SearchRequest.of(q)); // warm up
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> all = new ArrayList<>();
        for (String q : QUERIES) {
            long[] micros = new long[ROUNDS];
            long total = 0;
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                total = index.search(SearchRequest.of(q)).totalHits();
                micros[i] = (System.nanoTime() - t0) / 1000;
                all.add(micros[i]);
            }
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / ROUNDS;
            Arrays.sort(micros);
            System.out.printf(Locale.ROOT, "%-22s hits %6d  p50 %7.2f ms  p90 %7.2f ms  max %7.2f ms  cpu %6.2f ms%n",
                    q, total, micros[ROUNDS / 2] / 1e3, micros[ROUNDS * 9 / 10] / 1e3, micros[ROUNDS - 1] / 1e3, cpuMs);
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "all %d searches (10 hits with snippets each): p50 %.2f ms, p90 %.2f ms, "
                + "p99 %.2f ms%n", sorted.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99));
    }

    private static void searchOnce(Path dataDir, String query) throws IOException {
        long t0 = System.nanoTime();
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            long opened = System.nanoTime();
            SearchResults r = index.search(SearchRequest.of(query));
            long searched = System.nanoTime();
            for (ReportHit h : r.hits()) {
                System.out.printf(Locale.ROOT, "%6.2f  %s  %s%n", h.score(), h.doc(),
                        h.snippets().isEmpty() ? "" : h.snippets().get(0).render("【", "】"));
            }
            System.out.printf(Locale.ROOT, "%d hits; open %.0f ms, search %.0f ms%n", r.totalHits(),
                    (opened - t0) / 1e6, (searched - opened) / 1e6);
        }
    }

    /** CPU time of the whole process, JIT and GC included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double pct(long[] sortedMicros, int p) {
        return sortedMicros[Math.min(sortedMicros.length - 1, sortedMicros.length * p / 100)] / 1e3;
    }

    private static ReportExtraction report(String file, JsonNode t, String text) {
        String code = t.path("region_code").asText();
        Region region = code.matches("\\d{6}") ? new Region(code, t.path("region").asText(),
                code.endsWith("0000") ? RegionLevel.PROVINCE : RegionLevel.CITY,
                code.endsWith("0000") ? null : code.substring(0, 2) + "0000") : null;
        Integer year = t.path("year").canConvertToInt() ? t.path("year").asInt() : null;
        Report r = new Report(file, file, t.path("title").asText(null), null, null, new Span(0, text.length()), text,
                region, region == null ? null : region.name(), false, region == null ? null : region.level(),
                new Period(year, null, null, null));
        return new ReportExtraction(r, List.of(), List.of(), List.of());
    }

    /** The text with its lines rotated by {@code k}, so every copy differs. */
    private static String rotate(String text, int k) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        if (k == 0 || lines.size() < 2) {
            return text;
        }
        int shift = k % lines.size();
        List<String> rotated = new ArrayList<>(lines.subList(shift, lines.size()));
        rotated.addAll(lines.subList(0, shift));
        return String.join("\n", rotated);
    }

    private static List<JsonNode> read(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (!line.isBlank()) {
                            out.add(json.readTree(line));
                        }
                    }
                }
            }
        }
        return out;
    }
}
