package huibao.check;

import huibao.catalog.Catalogs;
import huibao.config.Dictionaries;
import huibao.dataset.DatasetBuilder;
import huibao.dataset.DatasetRequest;
import huibao.dataset.HeadlineFacts;
import huibao.dataset.Table;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;
import huibao.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every check over a set of reports and their facts and returns what they found, errors
 * first. Findings of severity {@link Finding.Severity#OK} record relations that were checked and
 * hold; a caller shows them only on request.
 */
public final class Checker {

    private static final List<Measure> LEVEL_MEASURES = List.of(Measure.VALUE, Measure.YOY, Measure.COMPLETION,
            Measure.SHARE);

    private final Dictionaries dictionaries;
    private final Catalogs catalogs;
    private final CheckWords words;
    private final HeadlineFacts headlines;
    private final List<Check> checks = List.of(new RedactedFigures(), new MissingIndicators(), new CompletionRates(),
            new Shares(), new PartitionShares(), new ShareSums(), new PartsTotals(), new ClassSums(), new AmountSplits(), new GrowthRates(), new CountGrowthBases(), new ComparedGrowth(), new AverageGrowth(), new Doublings(), new GrowthMix(), new ScheduleGaps(), new DefinedRatios(), new PlaceRates(),
            new ImplausibleFigures(), new Restatements(), new CrossReportFigures(), new DistrictSums(), new SubRegionSums(),
            new TableTotals(), new ListedCounts());

    /** Loads the check vocabularies from {@code dictionaries}, over the already loaded {@code catalogs}. */
    public Checker(Dictionaries dictionaries, Catalogs catalogs) {
        this.dictionaries = dictionaries;
        this.catalogs = catalogs;
        this.words = new CheckWords(dictionaries, catalogs);
        this.headlines = new HeadlineFacts(catalogs.scopes());
    }

    /**
     * Everything the checks find over {@code reports}.
     *
     * @param facts   the facts of those reports
     * @param regions the divisions, for district sums and a city's figures of its districts
     */
    public List<Finding> check(List<Report> reports, List<Fact> facts, RegionDirectory regions) {
        Map<String, List<Fact>> byDoc = new LinkedHashMap<>();
        reports.forEach(r -> byDoc.put(r.doc(), new ArrayList<>()));
        for (Fact f : facts) {
            List<Fact> of = byDoc.get(f.doc());
            if (of != null) {
                of.add(f);
            }
        }
        List<ReportFacts> rf = new ArrayList<>();
        reports.stream().sorted(Comparator.comparing(Report::doc)).forEach(r -> rf.add(new ReportFacts(r, byDoc.get(r.doc()))));
        List<DatasetRequest.Wanted> columns = new ArrayList<>();
        for (String indicator : words.labels.keySet().stream().sorted().toList()) {
            LEVEL_MEASURES.forEach(m -> columns.add(new DatasetRequest.Wanted(indicator, m)));
        }
        Table levels = new DatasetBuilder(catalogs).build(reports, facts,
                DatasetRequest.defaults(dictionaries).withColumns(columns));
        CheckContext context = new CheckContext(rf, levels, regions, headlines, words);
        List<Finding> found = new ArrayList<>();
        for (Check check : checks) {
            check.run(context, found);
        }
        return ordered(found);
    }

    /**
     * Errors first, then gaps, notes and confirmations; within each by report and position; no
     * repeats. A repeat is the same finding on the same facts: two masked figures whose messages
     * read alike (XX万美元 of the whole and of 制造业) are two gaps.
     */
    private static List<Finding> ordered(List<Finding> found) {
        Set<String> seen = new HashSet<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            String key = f.kind() + "|" + f.doc() + "|" + f.message() + "|"
                    + f.facts().stream().map(x -> x.doc() + "@" + x.span().start()).toList();
            if (seen.add(key)) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::doc)
                .thenComparingInt(f -> f.facts().isEmpty() ? -1 : f.facts().get(f.facts().size() - 1).span().start()));
        return out;
    }
}
