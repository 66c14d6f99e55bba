package huibao.cli;

import huibao.Huibao;
import huibao.IngestSummary;
import huibao.ReportHints;
import huibao.config.HuibaoConfig;
import huibao.dataset.Cell;
import huibao.dataset.Column;
import huibao.dataset.Row;
import huibao.dataset.Table;
import huibao.export.csv.TableCsv;
import huibao.export.text.FindingsText;
import huibao.export.text.ProjectsText;
import huibao.export.text.TableText;
import huibao.index.IndexStats;
import huibao.index.SearchRequest;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code huibao demo}: the whole job on the sample corpus, in a fresh data folder. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the sample corpus into a fresh data folder and shows what huibao does: "
                + "reports and regions read, figures and redactions found, a search and the comparable table."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "the reports to ingest (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--query", paramLabel = "QUERY", defaultValue = "海洋科技城",
            description = "the example search (default: ${DEFAULT-VALUE})")
    String query;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        HuibaoConfig base = data.config();
        Path dir = base.dataDir().resolve("demo");
        wipe(dir);
        out.printf("== huibao demo: ingesting %s into a fresh archive at %s%n", corpus, dir);
        try (Huibao huibao = Huibao.open(base.withDataDir(dir))) {
            IngestSummary s = huibao.ingest(List.of(corpus), ReportHints.none(),
                    o -> {
                        if (!o.ok()) {
                            Main.printFailure(spec, "failed   ", o);
                        }
                    }, false);
            IndexStats stats = huibao.stats();
            out.printf("files %d · reports %d · regions %d · facts %d · redacted figures %d · projects and organisations %d%n",
                    stats.files(), stats.reports(), stats.regions(), stats.facts(), stats.redactedFacts(), stats.entities());
            printReports(huibao.reports(), huibao.facts(), out);
            out.printf("%n== search: %s%n", query);
            SearchCommand.print(huibao.search(SearchRequest.of(query).withLimit(3)), out);
            Table table = huibao.dataset(huibao.briefDataset());
            Table everything = huibao.dataset(huibao.defaultDataset());
            Path csv = dir.resolve("dataset.csv");
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                TableCsv.write(everything, w);
            }
            out.printf("%n== the comparable table (every column, flag and source in %s)%n", csv);
            TableText.print(table, out);

            List<Finding> findings = huibao.check().stream().filter(f -> f.severity() != Finding.Severity.OK).toList();
            Path xlsx = dir.resolve("dataset.xlsx");
            try (OutputStream w = Files.newOutputStream(xlsx)) {
                huibao.exports().workbook(everything, findings, huibao.reports(), w);
            }
            Path html = dir.resolve("findings.html");
            try (OutputStream w = Files.newOutputStream(html)) {
                huibao.exports().findingsHtml(findings, huibao.reports(), w);
            }
            out.printf("%n== the checks: %d finding(s)%n", findings.size());
            FindingsText.list(findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList(), out, false);
            FindingsText.summary(findings, out);
            out.printf("%nThe workbook (table, findings as colours and comments, findings and sources sheets): %s%n", xlsx);
            out.printf("The findings report to send on: %s   ·   every finding with its sentences: ./huibao check --data %s%n",
                    html, dir);
            List<huibao.project.TrackedProject> followed = huibao.projects().stream()
                    .filter(p -> p.reports().size() >= 2).toList();
            out.printf("%n== projects followed across reports (%d; every one: ./huibao projects --data %s)%n",
                    followed.size(), dir);
            ProjectsText.list(followed, out);
            if (!followed.isEmpty()) {
                out.printf("%nOne project's timeline: ./huibao project --data %s %s%n", dir, followed.get(0).id());
            }
            out.printf("%nTry: ./huibao search --data %s 恒屹   ·   ./huibao extract --format csv %s/2024h1-yunchuan.txt%n",
                    dir, corpus);
            out.printf("%nOpen the workspace on this archive: ./huibao serve --data %s   then http://127.0.0.1:8080/%n", dir);
            return s.failures().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        }
    }

    private static void printReports(List<Report> reports, List<Fact> facts, PrintWriter out) {
        Map<String, Long> factsPerDoc = new TreeMap<>();
        Map<String, Long> redactedPerDoc = new TreeMap<>();
        for (Fact f : facts) {
            factsPerDoc.merge(f.doc(), 1L, Long::sum);
            if (f.redacted()) {
                redactedPerDoc.merge(f.doc(), 1L, Long::sum);
            }
        }
        out.println();
        out.printf("%-28s %-14s %-12s %6s %8s  %s%n", "report", "region", "period", "facts", "redacted", "title");
        reports.stream().sorted(Comparator.comparing(Report::doc)).forEach(r -> out.printf("%-28s %-14s %-12s %6d %8d  %s%n",
                r.doc(), r.region() != null ? r.region().name() : r.regionMasked() ? "(masked)" : "(unknown)",
                r.period().normalized(), factsPerDoc.getOrDefault(r.doc(), 0L), redactedPerDoc.getOrDefault(r.doc(), 0L),
                r.title() == null ? "" : r.title()));
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
