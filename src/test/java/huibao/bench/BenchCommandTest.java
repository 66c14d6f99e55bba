package huibao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.cli.Main;
import huibao.export.json.FiguresJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huibao bench} at a small size, once for the class: what it prints and the results file's
 * shape, never its timings (the machine is shared).
 */
class BenchCommandTest {

    private static final int REPORTS = 13;
    private static final int QUERIES = 60;

    @TempDir
    static Path dir;

    private static int code;
    private static String out;
    private static String err;
    private static Map<String, Double> figures;
    private static String json;

    @BeforeAll
    static void runBench() throws Exception {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Path results = dir.resolve("results").resolve("run.json");
        code = Main.run(new String[] {"bench", "--reports", String.valueOf(REPORTS), "--threads", "1,2", "--queries",
                String.valueOf(QUERIES), "--dir", dir.resolve("work").toString(), "--out", results.toString()},
                new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        json = Files.readString(results, StandardCharsets.UTF_8);
        figures = FiguresJson.numbers(json);
    }

    @Test
    void runsBothIngestsOnEachThreadCountOverTheSameFiles() {
        assertEquals(0, code, out + err);
        for (String run : List.of("bare-1t", "huibao-1t", "bare-2t", "huibao-2t")) {
            assertEquals(REPORTS, figures.get("runs." + run + ".files"), run + " in " + json);
            assertEquals(0, figures.get("runs." + run + ".failures"), run + " in " + json);
            assertTrue(figures.get("runs." + run + ".seconds") > 0, run);
            assertTrue(figures.get("runs." + run + ".reportsPerSecond") > 0, run);
            assertTrue(figures.get("runs." + run + ".MBPerSecond") > 0, run);
            assertTrue(figures.get("runs." + run + ".peakHeapMB") > 0, run);
        }
        assertEquals(REPORTS, figures.get("runs.bare-1t.reports"));
        assertEquals(0, figures.get("runs.bare-1t.facts"));
        // the corpus's compilation of counties is split into its reports, and the figures are read
        assertTrue(figures.get("runs.huibao-1t.reports") > REPORTS, json);
        assertTrue(figures.get("runs.huibao-1t.facts") > 20 * REPORTS, json);
        assertEquals(figures.get("runs.huibao-1t.facts"), figures.get("runs.huibao-2t.facts"));
        assertEquals(figures.get("runs.huibao-2t.reports"), figures.get("size.archivedReports"));
        assertEquals(figures.get("runs.huibao-2t.facts"), figures.get("size.archivedFacts"));
        assertEquals(REPORTS, figures.get("generated.files"));
    }

    @Test
    void resultsHoldTheRatiosScalingSizesAndLatency() {
        for (String key : List.of("ratios.1t.huibaoOverBare", "ratios.2t.huibaoOverBare",
                "ratios.2t.huibaoOverBareCpu", "runs.huibao-1t.cpuSeconds", "runs.bare-2t.reportsPerCpuSecond", "scaling.bare",
                "scaling.huibao", "size.bareIndexMB", "size.archiveMB", "size.archiveOverBare")) {
            assertTrue(figures.containsKey(key) && figures.get(key) > 0, key + " in " + json);
        }
        double ratio = figures.get("runs.huibao-1t.reportsPerSecond") / figures.get("runs.bare-1t.reportsPerSecond");
        assertEquals(ratio, figures.get("ratios.1t.huibaoOverBare"), 0.02 * ratio + 0.01);
        assertEquals(QUERIES, figures.get("search.queries"));
        assertTrue(figures.get("search.p50Ms") <= figures.get("search.p99Ms"), json);
        assertTrue(figures.get("search.p99Ms") <= figures.get("search.maxMs"), json);
        double perKind = figures.entrySet().stream()
                .filter(f -> f.getKey().startsWith("search.kinds.") && f.getKey().endsWith(".queries"))
                .mapToDouble(Map.Entry::getValue).sum();
        assertEquals(QUERIES, perKind);
        assertTrue(figures.containsKey("search.kinds.region:.p99Ms") && figures.containsKey("search.kinds.phrase.p50Ms"),
                json);
        // as many searches again, of another draw of the same mix
        assertEquals(QUERIES, figures.get("searchAgain.queries"));
        assertTrue(figures.get("searchAgain.p50Ms") > 0 && figures.get("searchAgain.p50Ms") <= figures.get("searchAgain.p99Ms"),
                json);
        assertTrue(figures.containsKey("searchAgain.kinds.word.p50Ms"), json);
    }

    @Test
    void repeatedRunsTakeTurnsToGoFirstAndAddUp(@TempDir Path again) throws Exception {
        StringWriter o = new StringWriter();
        Path results = again.resolve("repeat.json");
        int exit = Main.run(new String[] {"bench", "--reports", String.valueOf(REPORTS), "--threads", "1", "--repeat", "3",
                "--queries", "20", "--dir", again.resolve("work").toString(), "--out", results.toString()},
                new PrintWriter(o, true), new PrintWriter(new StringWriter(), true));
        String printed = o.toString();
        assertEquals(0, exit, printed);
        List<String> order = printed.lines().filter(l -> l.matches("(bare  |huibao) on 1 thread\\(s\\): .*"))
                .map(l -> l.substring(0, 6).trim()).toList();
        assertEquals(List.of("bare", "huibao", "huibao", "bare", "bare", "huibao"), order, printed);
        Map<String, Double> f = FiguresJson.numbers(Files.readString(results, StandardCharsets.UTF_8));
        assertEquals(3, f.get("repeat"));
        assertEquals(3 * REPORTS, f.get("runs.bare-1t.files"));
        assertEquals(3 * REPORTS, f.get("runs.huibao-1t.files"));
        assertEquals(3 * figures.get("runs.huibao-1t.facts"), f.get("runs.huibao-1t.facts"));
        assertTrue(printed.contains("each row adds up 3 runs"), printed);
    }

    @Test
    void printsTheFiguresSideBySide() {
        assertTrue(out.contains("bare   on 1 thread(s): " + REPORTS + " files"), out);
        assertTrue(out.contains("huibao on 2 thread(s): " + REPORTS + " files"), out);
        assertTrue(out.contains("huibao / bare on 1 thread(s):"), out);
        assertTrue(out.contains("scaling from 1 to 2 threads: bare"), out);
        assertTrue(out.contains("× the bare index"), out);
        assertTrue(out.contains("search: " + QUERIES + " searches in process"), out);
        assertTrue(out.contains("search again: " + QUERIES + " other searches right after those: p50 "), out);
        assertTrue(out.contains("results: "), out);
    }

    @Test
    void comparesAFigureWithTheSameOfAnEarlierRun() {
        Map<String, Double> before = new LinkedHashMap<>(Map.of("size.archiveMB", 50.0, "search.p50Ms", 8.0));
        Map<String, Double> now = new LinkedHashMap<>();
        now.put("size.archiveMB", 40.0);
        now.put("search.p50Ms", 8.0);
        now.put("search.p99Ms", 30.0);
        StringWriter s = new StringWriter();
        BenchResults.compare(before, now, new PrintWriter(s, true));
        List<String> lines = s.toString().lines().toList();
        assertEquals(3, lines.size(), s.toString());
        assertTrue(lines.get(1).matches("size\\.archiveMB +50 +40 +-20\\.0%"), lines.get(1));
        assertTrue(lines.get(2).matches("search\\.p50Ms +8 +8 +\\+0\\.0%"), lines.get(2));
    }

    @Test
    void comparesAgainstItsOwnResultsFileWithNoChange() throws Exception {
        Map<String, Double> again = FiguresJson.numbers(json);
        StringWriter s = new StringWriter();
        BenchResults.compare(figures, again, new PrintWriter(s, true));
        assertTrue(s.toString().contains("runs.huibao-2t.seconds"), s.toString());
        assertTrue(s.toString().lines().skip(1).allMatch(l -> l.endsWith("+0.0%") || l.endsWith("0%")), s.toString());
    }
}
