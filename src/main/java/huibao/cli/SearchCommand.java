package huibao.cli;

import huibao.Huibao;
import huibao.index.ReportHit;
import huibao.index.SearchRequest;
import huibao.index.SearchResults;
import huibao.index.Snippet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code huibao search}: finds reports in the archive. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the archive and lists the best reports with their matching passages highlighted.",
            "Words side by side must all match; \"quoted phrases\", AND, OR, NOT and the prefixes region:, year:, "
                + "indicator:, project: and org: work too (region:钢城区 year:2021)."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "what to look for")
    List<String> query;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "reports to list (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--region", paramLabel = "NAME|CODE", description = "only this region and the regions under it")
    String region;

    @Option(names = "--year", paramLabel = "YEAR", description = "only reports of this year")
    Integer year;

    @Option(names = "--indicator", paramLabel = "ID", description = "only reports stating this indicator (fdi_actual)")
    String indicator;

    @Option(names = "--json", description = "print the results as JSON")
    boolean json;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String q = String.join(" ", query);
        String code = null;
        if (region != null && region.matches("\\d{6}")) {
            code = region;
        } else if (region != null) {
            q = q + " region:" + region;
        }
        SearchRequest request = new SearchRequest(q, limit, code, year, indicator);
        PrintWriter out = spec.commandLine().getOut();
        try (Huibao huibao = Huibao.open(data.config())) {
            SearchResults results = huibao.search(request);
            if (json) {
                out.println(SearchJson.of(results));
            } else {
                print(results, out);
            }
        }
        return ExitCodes.OK;
    }

    static void print(SearchResults results, PrintWriter out) {
        if (results.hits().isEmpty()) {
            out.println("no report matches");
            return;
        }
        int n = 0;
        for (ReportHit hit : results.hits()) {
            n++;
            String region = hit.region() == null ? "地区未明" : hit.region().name();
            out.printf("%d. %s  [%s · %s]  %s%n", n, hit.title() == null ? "(无标题)" : hit.title(), region,
                    hit.period().normalized(), hit.doc());
            for (Snippet s : hit.snippets()) {
                out.println("   " + s.render("【", "】").replace('\n', ' '));
            }
        }
        out.printf("%d of %d matching report(s)%n", results.hits().size(), results.totalHits());
    }
}
