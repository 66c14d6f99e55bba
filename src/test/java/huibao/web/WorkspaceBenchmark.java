package huibao.web;

import huibao.Huibao;
import huibao.ReportHints;
import huibao.config.HuibaoConfig;
import huibao.bench.GeneratedReports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The workspace at scale: serves an archive of {@link GeneratedReports} (20,000 by default, the
 * archive {@code huibao.index.SearchBenchmark} builds, made here when missing and kept for re-runs)
 * and prints how long the search, dataset and findings endpoints take over HTTP: each family asked
 * a few dozen distinct requests once each, so none is answered from what the view keeps,
 * with the first call, median, 95th percentile and worst. Prints figures, asserts nothing. Run from the
 * project root:
 *
 * <pre>
 * mvn -q -o test-compile &amp;&amp; mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx6g -cp target/classes:target/test-classes:$(cat target/cp.txt) huibao.web.WorkspaceBenchmark [reports] [dir]
 * </pre>
 */
public final class WorkspaceBenchmark {

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
            // every request below is asked once: no answer comes from the view's kept answers
            JsonNode choices = json(get(http, base + "/api/dataset?page=2")).path("choices");
            JsonNode facets = json(get(http, base + "/api/findings?page=2")).path("facets");
            List<String> types = values(json(get(http, base + "/api/search?q=" + enc("工作"))).path("facets").path("type"), 5);
            family(http, base, "search", searches(types.isEmpty() ? List.of("") : types));
            family(http, base, "dataset", datasets(choices));
            family(http, base, "findings", findings(facets));
            family(http, base, "chart", charts(choices));
            family(http, base, "coverage", List.of("/api/coverage"));
        }
    }

    /** Queries as an analyst types them: words, phrases, names, filters, sorts and later pages. */
    private static List<String> searches(List<String> types) {
        List<String> words = List.of("招商引资", "实际使用外资", "新能源 项目", "\"新签约项目\"", "产业园", "智能装备",
                "外资 下降", "签约", "开工", "投产", "亿元以上", "集成电路", "生物医药", "跨境电商", "总部经济",
                "营商环境", "产业链 招商", "以商招商", "重大项目", "省外资金", "外贸 进出口", "固定资产投资",
                "新材料", "数字经济", "汽车零部件", "光伏", "储能", "冷链物流", "文旅", "农产品加工");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String q = "/api/search?q=" + enc(words.get(i));
            paths.add(switch (i % 5) {
                case 1 -> q + "&page=2";
                case 2 -> q + "&f.year=" + (2015 + i % 11);
                case 3 -> q + "&sort=date";
                case 4 -> q + "&f.type=" + enc(types.get(i % types.size()));
                default -> q;
            });
        }
        return paths;
    }

    /** Pages of the whole table, then each period, region and indicator the pickers offer, then pairs. */
    private static List<String> datasets(JsonNode choices) {
        List<String> paths = new ArrayList<>(List.of("/api/dataset", "/api/dataset?page=3", "/api/dataset?page=7"));
        List<String> periods = values(choices.path("periods"), 10);
        List<String> regions = values(choices.path("regions"), 10);
        List<String> indicators = values(choices.path("indicators"), 10);
        periods.forEach(p -> paths.add("/api/dataset?period=" + enc(p)));
        regions.forEach(r -> paths.add("/api/dataset?region=" + enc(r)));
        indicators.forEach(ind -> paths.add("/api/dataset?indicator=" + enc(ind)));
        for (int i = 0; i < Math.min(periods.size(), regions.size()); i++) {
            paths.add("/api/dataset?period=" + enc(periods.get(i)) + "&region=" + enc(regions.get(i)));
        }
        return paths;
    }

    /** Pages, then each kind, severity and region the facets offer. */
    private static List<String> findings(JsonNode facets) {
        List<String> paths = new ArrayList<>(List.of("/api/findings", "/api/findings?page=3", "/api/findings?page=9"));
        for (String facet : List.of("kind", "severity", "region")) {
            for (String v : values(facets.path(facet), 10)) {
                paths.add("/api/findings?" + facet + "=" + enc(v));
            }
        }
        return paths;
    }

    private static List<String> charts(JsonNode choices) {
        List<String> paths = new ArrayList<>();
        for (String ind : values(choices.path("indicators"), 10)) {
            paths.add("/api/chart?indicator=" + enc(ind.contains(":") ? ind.substring(0, ind.indexOf(':')) : ind));
        }
        return paths.stream().distinct().toList();
    }

    private static List<String> values(JsonNode list, int most) {
        List<String> values = new ArrayList<>();
        for (JsonNode n : list) {
            String v = n.has("value") ? n.path("value").asText() : n.path("id").asText();
            if (!v.isEmpty() && values.size() < most) {
                values.add(v);
            }
        }
        return values;
    }

    /** Asks each path once and prints the first call, the median, the 95th percentile and the worst. */
    private static void family(HttpClient http, String base, String name, List<String> paths) throws Exception {
        double[] ms = new double[paths.size()];
        String worst = null;
        double worstMs = -1;
        long bytes = 0;
        for (int i = 0; i < paths.size(); i++) {
            long s = System.nanoTime();
            HttpResponse<byte[]> r = get(http, base + paths.get(i));
            ms[i] = (System.nanoTime() - s) / 1e6;
            bytes += r.body().length;
            if (r.statusCode() != 200) {
                System.out.println("  " + r.statusCode() + " " + java.net.URLDecoder.decode(paths.get(i), StandardCharsets.UTF_8));
            }
            if (ms[i] > worstMs) {
                worstMs = ms[i];
                worst = paths.get(i);
            }
        }
        double first = ms[0];
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-9s %3d distinct requests  first %6.1f ms  median %6.1f  p95 %6.1f  worst %6.1f ms"
                        + "  (%s)  mean %.0f KB%n", name, ms.length, first, ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1], worstMs, java.net.URLDecoder.decode(worst, StandardCharsets.UTF_8),
                bytes / 1024.0 / ms.length);
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return new ObjectMapper().readTree(r.body());
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
