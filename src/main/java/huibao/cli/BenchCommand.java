package huibao.cli;

import huibao.bench.Bench;
import huibao.bench.BenchOptions;
import huibao.bench.BenchResults;
import huibao.bench.GovReportParagraphs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code huibao bench}: times ingest against a bare baseline, and search, on generated reports. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates N reports from corpus/ (with paragraphs of ../shared/data/govreports mixed in when it "
                + "is there), ingests them (a) bare, Tika's plain parse and a Lucene index of the text with "
                + "SmartChineseAnalyzer, and (b) by huibao into a fresh archive, on one thread and on all cores, and "
                + "times searches on the archive. Prints reports/s, MB/s, the ratio b/a, the scaling, peak heap, "
                + "sizes on disk and search latency, and writes them to a results file."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--reports", paramLabel = "N", description = "reports to generate (default: ${DEFAULT-VALUE})")
    int reports = BenchOptions.DEFAULT_REPORTS;

    @Option(names = "--dir", paramLabel = "DIR", description = "folder for the reports, indexes and archives; "
            + "the reports are kept there and reused (default: ${DEFAULT-VALUE})")
    Path dir = Path.of("target", "bench");

    @Option(names = "--threads", paramLabel = "N", split = ",", description = "thread counts to run both ingests on "
            + "(default: 1 and all cores)")
    List<Integer> threads;

    @Option(names = "--repeat", paramLabel = "N", description = "timed ingests of each kind on each thread count, "
            + "bare and huibao taking turns to go first, their times added up (default: ${DEFAULT-VALUE})")
    int repeat = 1;

    @Option(names = "--queries", paramLabel = "N", description = "searches to time, after a warm-up (default: ${DEFAULT-VALUE})")
    int queries = BenchOptions.DEFAULT_QUERIES;

    @Option(names = "--out", paramLabel = "FILE", description = "results file (default: bench-results/<timestamp>.json)")
    Path out;

    @Option(names = "--compare", paramLabel = "FILE", description = "an earlier results file to print the change against")
    Path compare;

    @Option(names = "--heap", paramLabel = "SIZE", description = "run in a child JVM with this heap limit (-Xmx, as 1g)")
    String heap;

    @Option(names = "--root", paramLabel = "DIR", description = "the project whose corpus/ and dictionaries/ the reports "
            + "are made from (default: the working folder)")
    Path root = Path.of("");

    @Option(names = "--govreports", paramLabel = "DIR", description = "real reports (*.jsonl) whose paragraphs are mixed in "
            + "(default: ../shared/data/govreports of the root, when it exists)")
    Path govReports;

    @Option(names = "--no-govreports", description = "generate from corpus/ alone")
    boolean noGovReports;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (heap != null) {
            List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
            int at = args.indexOf("--heap");
            if (at >= 0) {
                args.subList(at, at + 2).clear();
            } else {
                args.removeIf(a -> a.startsWith("--heap="));
            }
            args.remove("bench");
            return Bench.inChildJvm(heap, args);
        }
        PrintWriter printer = spec.commandLine().getOut();
        Path gov = noGovReports ? null : govReports != null ? govReports : root.resolve(GovReportParagraphs.SHARED);
        BenchOptions options = new BenchOptions(reports, dir, threads == null ? BenchOptions.oneAndAllCores() : threads,
                repeat, queries, root, gov);
        BenchResults results = Bench.run(options, printer);
        results.print(printer);
        Path file = out != null ? out : Path.of("bench-results",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        Bench.write(results, file);
        printer.println("results: " + file);
        if (compare != null) {
            Bench.compare(results, compare, printer);
        }
        printer.flush();
        return ExitCodes.OK;
    }
}
