package huibao.cli;

import huibao.FileOutcome;
import huibao.Huibao;
import huibao.config.HuibaoConfig;
import huibao.ReportHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code huibao ingest} prints: where the output is not a terminal (as here), no bar and a line
 * per file unless {@code --quiet}; on a terminal, a bar on stderr and a line per file only with
 * {@code --verbose}; everywhere, a failure and a warning in one line each, and the summary line.
 */
class IngestOutputTest {

    private static final Pattern SUMMARY = Pattern.compile("ingested (\\d+) file\\(s\\): (\\d+) report\\(s\\), (\\d+) "
            + "fact\\(s\\); (\\d+) unchanged, (\\d+) failed, (\\d+) removed \\((\\d+\\.\\d) s, (\\d+\\.\\d) reports/s\\) "
            + "into (.+)");

    private static Run run(String... args) {
        return Run.of(args);
    }

    /** Three corpus reports and a file with no bytes. */
    private static Path folder(Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        for (String name : List.of("2024h1-yunchuan.txt", "2024m5-tangfu.txt", "2023-luting-annual.txt")) {
            Files.copy(Path.of("corpus", name), folder.resolve(name));
        }
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        return folder;
    }

    @Test
    void theSummaryLineCountsTheFilesReportsAndFactsOfTheRunAndItsRate(@TempDir Path tmp) throws Exception {
        Path folder = folder(tmp);
        Path data = tmp.resolve("data");
        // what the facade reads from the same files, counted on its own
        AtomicInteger reports = new AtomicInteger();
        AtomicInteger facts = new AtomicInteger();
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(tmp.resolve("unused")))) {
            huibao.read(List.of(folder), ReportHints.none(), o -> {
                reports.addAndGet(o.reports().size());
                facts.addAndGet(o.factCount());
            });
        }
        assertTrue(reports.get() >= 3 && facts.get() > 50, reports + " " + facts);

        Run first = run("ingest", "--data", data.toString(), folder.toString());
        assertEquals(1, first.code(), first.out() + first.err());
        Matcher m = summary(first.out());
        assertEquals(List.of(3, reports.get(), facts.get(), 0, 1, 0), counts(m));
        assertEquals(data.toString(), m.group(9));
        double seconds = Double.parseDouble(m.group(7));
        double rate = Double.parseDouble(m.group(8));
        assertTrue(seconds > 0, first.out());
        // the rate is over the unrounded time: the printed time, rounded to a tenth, gives it within that tenth
        assertTrue(rate <= reports.get() / Math.max(0.01, seconds - 0.05) + 0.05
                && rate >= reports.get() / (seconds + 0.05) - 0.05, first.out());

        Files.delete(folder.resolve("2024m5-tangfu.txt"));
        Run again = run("ingest", "--remove-missing", "--data", data.toString(), folder.toString());
        Matcher m2 = summary(again.out());
        assertEquals(List.of(0, 0, 0, 2, 1, 1), counts(m2));
        assertEquals(0.0, Double.parseDouble(m2.group(8)), again.out());
        assertTrue(again.out().contains("removed  " + folder.resolve("2024m5-tangfu.txt") + "\n"), again.out());
    }

    @Test
    void withoutATerminalAFailureAndAWarningPrintOneLineEachAndNoBar(@TempDir Path tmp) throws Exception {
        Path folder = folder(tmp);
        // a report, then filler past the 2,000,000-character write limit
        Files.writeString(folder.resolve("long.txt"), "今年以来，全区新签约项目25个，总投资52.1亿元。\n"
                + "各项工作稳步推进\n".repeat(230_000), StandardCharsets.UTF_8);
        for (String detail : List.of("--quiet", "--verbose", "")) {
            Path data = tmp.resolve("data" + detail);
            String[] args = detail.isEmpty() ? new String[] {"ingest", "--data", data.toString(), folder.toString()}
                    : new String[] {"ingest", detail, "--data", data.toString(), folder.toString()};
            Run r = run(args);
            assertEquals(1, r.code(), detail + ": " + r.out() + r.err());
            assertEquals(List.of("failed   " + folder.resolve("empty.txt") + ": empty: the file has no bytes"),
                    r.err().lines().filter(l -> l.startsWith("failed ")).toList(), detail + ": " + r.err());
            List<String> warnings = r.err().lines().filter(l -> l.startsWith("warning  ")).toList();
            assertEquals(1, warnings.size(), detail + ": " + r.err());
            assertTrue(warnings.get(0).contains("long.txt") && warnings.get(0).contains("text cut at"), warnings.get(0));
            assertEquals(2, r.err().lines().count(), detail + ": only the failure and the warning: " + r.err());
            assertFalse(r.out().contains("\r") || r.err().contains("\r") || r.err().contains("\033") || r.err().contains("files/s"),
                    detail + ": no bar where the output is not a terminal: " + r.err());
            long readLines = r.out().lines().filter(l -> l.startsWith("read     ")).count();
            assertEquals(detail.equals("--quiet") ? 0 : 4, readLines, detail + ": " + r.out());
            assertEquals(1, r.out().lines().filter(l -> l.startsWith("ingested ")).count(), r.out());
        }
        Run both = run("ingest", "--quiet", "--verbose", "--data", tmp.resolve("d").toString(), folder.toString());
        assertEquals(2, both.code(), "--quiet and --verbose exclude each other: " + both.err());
    }

    @Test
    void onATerminalTheBarIsOnStderrAndALinePerFileOnlyWithVerbose(@TempDir Path tmp) throws Exception {
        Path folder = folder(tmp);
        for (IngestDisplay.Detail detail : IngestDisplay.Detail.values()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            PrintWriter errWriter = new PrintWriter(err, true);
            try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(tmp.resolve("data-" + detail)));
                 IngestDisplay display = new IngestDisplay(new PrintWriter(out, true), errWriter, true, 100, detail,
                         (FileOutcome o) -> errWriter.println("failed   " + o.failure()))) {
                huibao.ingest(List.of(folder), ReportHints.none(), display, false);
            }
            long readLines = out.toString().lines().filter(l -> l.startsWith("read     ")).count();
            assertEquals(detail == IngestDisplay.Detail.VERBOSE ? 3 : 0, readLines, detail + ": " + out);
            // the terminal's lines as they end up: each bar drawn over the last, a printed line above it
            List<String> screen = Arrays.stream(err.toString().split("\n"))
                    .map(l -> l.substring(l.lastIndexOf('\r') + 1).replace("\033[K", "")).toList();
            assertTrue(screen.contains("failed   " + folder.resolve("empty.txt") + ": empty: the file has no bytes"),
                    detail + ": the failure is a whole line on the terminal: " + err);
            if (detail == IngestDisplay.Detail.QUIET) {
                assertFalse(err.toString().contains("files/s"), "no bar under --quiet: " + err);
            } else {
                assertTrue(err.toString().matches("(?s).*ingest 100% \\[=+] 4/4 files \\(\\d:\\d\\d:\\d\\d / \\d:\\d\\d:\\d\\d\\) "
                        + "\\d+\\.\\d files/s \\d+ reports, 1 failed.*"), detail + ": the bar at its end: " + err);
                assertTrue(err.toString().endsWith("\r\033[K"), detail + ": the bar is cleared for the summary: " + err);
            }
        }
    }

    private static Matcher summary(String out) {
        List<String> lines = out.lines().filter(l -> l.startsWith("ingested ")).toList();
        assertEquals(1, lines.size(), out);
        Matcher m = SUMMARY.matcher(lines.get(0));
        assertTrue(m.matches(), lines.get(0));
        return m;
    }

    private static List<Integer> counts(Matcher m) {
        return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
    }
}
