package huibao.cli;

import huibao.Huibao;
import huibao.config.Dictionaries;
import huibao.extract.period.PeriodReader;
import huibao.index.SearchRequest;
import huibao.index.SearchResults;
import huibao.index.SearchSort;
import huibao.model.Period;
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
        description = {"Searches the archive and lists the best reports with their matching passages highlighted, "
                + "the facts those passages state, and counts by region, year, type and indicator.",
            "Words side by side must all match; \"quoted phrases\", AND, OR, NOT (or -word), brackets and the prefixes "
                + "region:, year:, indicator:, type:, project: and org: work too (海洋科技城 region:鹭汀区 year:2024)."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "what to look for (\"\" lists every report)")
    List<String> query;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "reports to list (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--region", paramLabel = "NAME|CODE", description = "only this region and the regions under it")
    String region;

    @Option(names = "--year", paramLabel = "YEAR", description = "only reports of this year")
    Integer year;

    @Option(names = "--period", paramLabel = "TEXT",
            description = "only reports covering this period: 1-6月, 上半年, 一季度, 2024年1-6月, 2024年")
    String period;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "only reports of this type, told by the title: 汇报, 总结, 通报, 简报, 报告, 计划 ... "
                    + "(report-types.tsv)")
    String type;

    @Option(names = "--indicator", paramLabel = "ID", description = "only reports stating this indicator (fdi_actual)")
    String indicator;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (best match first) or date (newest first: the report's date, else its period's end)")
    String sort;

    @Option(names = "--json", description = "print the results as JSON")
    boolean json;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String q = String.join(" ", query);
        SearchSort order = SearchSort.named(sort);
        PrintWriter out = spec.commandLine().getOut();
        try (Huibao huibao = Huibao.open(data.config())) {
            String code = region == null ? null : huibao.regionCodes(List.of(region)).get(0);
            SearchRequest request = new SearchRequest(q, limit, code, year, indicator,
                    period == null ? null : period(period, huibao.config().dictionaries()), type, order);
            SearchResults results = huibao.search(request);
            if (json) {
                out.println(SearchJson.of(results));
            } else {
                print(results, out);
            }
        }
        return ExitCodes.OK;
    }

    /** Prints {@code results} as the search command does. */
    static void print(SearchResults results, PrintWriter out) {
        SearchText.print(results, out);
    }

    /**
     * The period {@code text} names, as reports write it; a year alone (2024年) filters on the year
     * whatever the months.
     *
     * @throws IllegalArgumentException when the text is no period, or more than one
     */
    static Period period(String text, Dictionaries dictionaries) {
        String t = text.strip();
        if (t.matches("\\d{4}年?")) {
            return new Period(Integer.valueOf(t.substring(0, 4)), null, null, t);
        }
        Period p = PeriodReader.load(dictionaries).readClause(t, Period.unknown()).orElse(null);
        if (p == null || !t.equals(p.label()) || p.fromMonth() == null) {
            throw new IllegalArgumentException("--period " + text + " is not a period; write 1-6月, 上半年, 一季度, "
                    + "2024年1-6月 or 2024年");
        }
        return p;
    }
}
