package huibao.web;

import huibao.Huibao;
import huibao.ReportHints;
import huibao.config.HuibaoConfig;
import huibao.index.GeneratedReports;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The workspace at scale: serves an archive of {@link GeneratedReports} (20,000 by default, the
 * archive {@code huibao.index.SearchBenchmark} builds, made here when missing and kept for re-runs)
 * and prints how long the search, dataset and findings endpoints take over HTTP, the first time
 * and warm (median and worst of 20 after a warm-up). Prints figures, asserts nothing. Run from the
 * project root:
 *
 * <pre>
 * mvn -q -o test-compile &amp;&amp; mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx6g -cp target/classes:target/test-classes:$(cat target/cp.txt) huibao.web.WorkspaceBenchmark [reports] [dir]
 * </pre>
 */
public final class WorkspaceBenchmark {

    private static final int WARM_UP = 5;
    private static final int TIMED = 20;

    private WorkspaceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/scale-bench");
        Path reports = dir.resolve("reports");
        Path data = dir.resolve("data");
        if (Files.isDirectory(data.resolve("index"))) {
            System.out.println("reusing the archive in " + data + " (delete it to build it again)");
        } else {
            long t0 = System.nanoTime();
            GeneratedReports.load(Path.of("")).write(reports, count);
            try (Huibao huibao = Huibao.open(new HuibaoConfig(data, null, 2))) {
                huibao.ingest(List.of(reports), ReportHints.none(), o -> { }, false);
            }
            System.out.printf(Locale.ROOT, "archive of %d reports built in %.0f s%n", count, (System.nanoTime() - t0) / 1e9);
        }
        long t0 = System.nanoTime();
        try (WorkspaceServer server = WorkspaceServer.over(Huibao.open(new HuibaoConfig(data, null, 2)), Runnable::run)) {
            int port = server.start("127.0.0.1", 0);
            System.out.printf(Locale.ROOT, "workspace ready in %.1f s (the archive read once: reports, facts, checks, "
                    + "projects, table)%n", (System.nanoTime() - t0) / 1e9);
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newHttpClient();
            System.out.println(new String(get(http, base + "/api/stats").body(), StandardCharsets.UTF_8));
            for (String path : List.of("/api/search?q=" + enc("招商引资"), "/api/search?q=" + enc("新能源 项目") + "&page=2",
                    "/api/search?q=" + enc("实际使用外资") + "&f.year=2020", "/api/dataset", "/api/dataset?period="
                            + enc("2024年1-6月"), "/api/findings", "/api/findings?severity=error&page=2",
                    "/api/coverage", "/api/chart?indicator=fdi_actual")) {
                time(http, base, path);
            }
        }
    }

    private static void time(HttpClient http, String base, String path) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> first = get(http, base + path);
        double firstMs = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            get(http, base + path);
        }
        double[] ms = new double[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long s = System.nanoTime();
            get(http, base + path);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-58s %d %9.1f KB  first %7.1f ms  warm median %6.1f ms, worst %6.1f ms%n",
                java.net.URLDecoder.decode(path, StandardCharsets.UTF_8), first.statusCode(), first.body().length / 1024.0,
                firstMs, ms[TIMED / 2], ms[TIMED - 1]);
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
